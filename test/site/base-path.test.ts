// The site served from a sub-path, as on many government hosts: links, assets, the calculator and
// search all work under /katalog/.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstroBuild } from '../support/astro-build';
import { openSite, watchPage, type Site } from '../support/browser';
import { builtPages } from '../support/site-pages';

const BASE = '/katalog/';
const out = join(projectRoot, 'test/.tmp/site-base');
let site: Site;

beforeAll(async () => {
  rmSync(out, { recursive: true, force: true });
  const build = await runAstroBuild({ outDir: out, env: { KATALOG_BASE: BASE, KATALOG_CACHE_DIR: join(projectRoot, 'test/.tmp/cache-base') } });
  if (build.code !== 0) throw new Error(build.output);
  site = await openSite({ root: out, base: BASE });
});
afterAll(() => site?.close());

describe(`the site under ${BASE}`, () => {
  it('serves pages whose links and assets stay under the sub-path', async () => {
    const page = await site.context.newPage();
    const watch = watchPage(page, site.url);
    await page.goto(`${site.url}indikator/nilai-realisasi-investasi/`);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
    await page.locator('astro-island').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.getByRole('link', { name: 'Unit kerja' }).first().click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Unit kerja');
    expect(watch).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] });
    await page.close();
  });

  it('search finds indicators and links to them under the sub-path', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}cari/?q=pengaduan`);
    const first = page.locator('[data-search-results] li h2 a').first();
    await expect.poll(() => first.getAttribute('href')).toBe(`${BASE}indikator/persentase-pengaduan-yang-terselesaikan/`);
    await first.click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Persentase Pengaduan yang terselesaikan');
    await page.close();
  });

  it('lists every page in the sitemap under the sub-path, and robots.txt points to it', () => {
    const read = (path: string) => readFileSync(join(out, path), 'utf8');
    const locations = (path: string) => parse(read(path)).querySelectorAll('loc').map((loc) => new URL(loc.textContent.trim()));
    expect(read('robots.txt')).toMatch(/^Sitemap: https?:\/\/[^/]+\/katalog\/sitemap-index\.xml$/m);
    const listed = locations('sitemap-index.xml').flatMap((s) => {
      expect(s.pathname.startsWith(BASE), s.href).toBe(true);
      return locations(s.pathname.slice(BASE.length));
    });
    expect(listed.map((url) => url.pathname).sort()).toEqual(builtPages(out).filter((p) => p !== '404.html').map((p) => `${BASE}${p}`));
  });

  it('the header box loads Pagefind and opens results under the sub-path', async () => {
    const page = await site.context.newPage();
    const watch = watchPage(page, site.url);
    await page.goto(`${site.url}unit/`);
    await page.locator('#cari-situs').pressSequentially('pengaduan');
    await expect.poll(() => page.getByRole('option').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}indikator/persentase-pengaduan-yang-terselesaikan/`);
    expect(watch).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] });
    await page.close();
  });
});
