// The office's identity: a logo and accent colours given in content/kantor/ reach the header, the
// favicon, the web-app icons and every link colour, within the Content Security Policy; without
// them the site keeps its own look; an accent that fails WCAG AA, or a logo file that is not
// there, stops the build naming the colour or the file.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstroBuild } from '../support/astro-build';
import { openSite, watchPage, type Site } from '../support/browser';
import { axeViolations } from '../support/axe';
import { parse } from 'node-html-parser';
import { distDocument } from '../support/dom';

const FIXTURE = join(projectRoot, 'test/fixtures/minimal');
const work = mkdtempSync(join(tmpdir(), 'katalog-identitas-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds the minimal catalogue with these lines added to its office record (and the test logo beside it). */
async function buildOffice(name: string, extraLines: string) {
  const dir = join(work, name);
  cpSync(FIXTURE, dir, { recursive: true });
  copyFileSync(join(projectRoot, 'test/fixtures/identitas/logo.svg'), join(dir, 'kantor/logo.svg'));
  const record = join(dir, 'kantor/kantor.yaml');
  writeFileSync(record, `${readFileSync(record, 'utf8')}${extraLines}`);
  const outDir = join(work, `${name}-dist`);
  const result = await runAstroBuild({ contentDir: dir, outDir, env: { KATALOG_CACHE_DIR: join(work, `${name}-cache`) } });
  return { ...result, outDir };
}

/** Width and height of a PNG, from its IHDR chunk (bytes 16 to 23). */
function pngSize(path: string) {
  const bytes = readFileSync(path);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('without a logo or colours (this catalogue)', () => {
  it('keeps the site’s own icon and accent, and no inline style', () => {
    const home = distDocument('');
    expect(home.querySelector('.brand__logo')).toBeNull();
    expect(home.querySelector('link[rel="icon"][type="image/svg+xml"]')?.getAttribute('href')).toBe('/identitas/ikon.svg');
    expect(home.querySelectorAll('style').filter((style) => style.textContent.includes('html:root{--color-accent'))).toEqual([]);
  });
});

describe('an office with its logo and accent colours', () => {
  let outDir: string;
  let site: Site;
  beforeAll(async () => {
    // #1d4f91 on #f4f6f8 is about 7.7:1; #9cc8ff on #1d2126 about 9:1: both pass AA.
    const build = await buildOffice('logo', 'logo: logo.svg\nwarnaAksen:\n  terang: "#1d4f91"\n  gelap: "#9cc8ff"\n');
    expect(build.code, build.output).toBe(0);
    outDir = build.outDir;
    site = await openSite({ root: outDir });
  });
  afterAll(() => site?.close());

  const page = (path: string) => parse(readFileSync(join(outDir, path, 'index.html'), 'utf8'));

  it('shows the logo in the header, beside the office’s name, and on the manual’s printed cover', () => {
    const logo = page('').querySelector('.brand .brand__logo');
    // The test mark is 48 x 32: shown 40 px high, 60 px wide; decorative, the name is beside it.
    expect([logo?.getAttribute('src'), logo?.getAttribute('width'), logo?.getAttribute('height'), logo?.getAttribute('alt')]).toEqual([
      '/identitas/logo.svg',
      '60',
      '40',
      '',
    ]);
    expect(page('manual').querySelector('.cover .cover__logo')?.getAttribute('src')).toBe('/identitas/logo.svg');
  });

  it('makes square PNG app icons of 192 and 512 pixels from it', () => {
    expect(pngSize(join(outDir, 'identitas/ikon-192.png'))).toEqual([192, 192]);
    expect(pngSize(join(outDir, 'identitas/ikon-512.png'))).toEqual([512, 512]);
    const manifest = JSON.parse(readFileSync(join(outDir, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.theme_color).toBe('#1d4f91');
    expect(manifest.short_name).toBe('DC');
  });

  it.each([
    ['light', 'rgb(29, 79, 145)'],
    ['dark', 'rgb(156, 200, 255)'],
  ] as const)('colours links with the accent in the %s theme, within the CSP, and passes axe', async (scheme, rgb) => {
    const page = await site.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    const watch = watchPage(page, site.url);
    await page.goto(site.url);
    await expect(page.locator('.site-nav a').first().evaluate((a) => getComputedStyle(a).color)).resolves.toBe(rgb);
    await expect(page.locator('.brand__logo').evaluate((img: HTMLImageElement) => img.naturalWidth)).resolves.toBeGreaterThan(0);
    expect(watch.cspViolations).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('the build refuses', () => {
  it('an accent colour that fails WCAG AA, naming the colour, the theme and the field', async () => {
    // #ffbf47: L = 0.2126 x 1 + 0.7152 x 0.521 + 0.0722 x 0.063 = 0.590; on #ffffff (1.05) / (0.640) = 1.64:1.
    const build = await buildOffice('kontras', 'warnaAksen:\n  terang: "#ffbf47"\n  gelap: "#9cc8ff"\n');
    expect(build.code).not.toBe(0);
    expect(build.output).toMatch(/kantor/);
    expect(build.output).toContain('warnaAksen');
    expect(build.output).toContain('#ffbf47');
    expect(build.output).toMatch(/warnaAksen\.terang: .*tema terang.*1,64:1 dengan #ffffff/);
  });

  it('a logo file that is not there, naming the file', async () => {
    const build = await buildOffice('tanpa-berkas', 'logo: lambang.png\n');
    expect(build.code).not.toBe(0);
    expect(build.output).toContain('logo');
    expect(build.output).toContain('lambang.png');
  });
});
