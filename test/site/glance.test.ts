// "How is the office doing?" at a glance, on the home page and /capaian/, and the chart's labels in
// a real browser. The real content publishes no figures, so its pages say so in one line. A copy of
// the real content with the fixture years (test/fixtures/capaian/) shows each IKU's 2024 figures
// and direction, computed by hand below; those pages pass axe (both themes), the W3C HTML checker
// and a 360 px screen, and no chart label covers a target marker as Chromium draws them.
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { textWidth } from '../../src/domain/measurement/chart-layout';
import { projectRoot, runAstroBuild } from '../support/astro-build';
import { openSite, type Site } from '../support/browser';
import { distFile } from '../support/dist';
import { auditPage, CLEAN_PAGE } from '../support/page-audit';
import { brokenLinks, vnuErrors } from '../support/static-checks';

const work = mkdtempSync(join(tmpdir(), 'katalog-glance-'));
const fixtureDist = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Text of an HTML fragment with tags dropped and spaces collapsed. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
/** The glance section of a page, as HTML. */
const glanceOf = (html: string) => /<section class="glance"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
/** The text of each item of the glance's list. */
const items = (html: string) => [...glanceOf(html).matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map((m) => text(m[1]!));
const fixturePage = (path: string) => readFileSync(join(fixtureDist, path, 'index.html'), 'utf8');

describe('the real content, which publishes no figures', () => {
  it.each(['index.html', 'capaian/index.html'])('%s says so in one line', (file) => {
    const glance = glanceOf(distFile(file));
    expect(text(glance)).toBe('Capaian IKU Belum ada target dan realisasi yang diterbitkan.');
    expect(glance.match(/<p[ >]/g)).toHaveLength(1);
  });

  it('/capaian/ lists no years', () => {
    expect(distFile('capaian/index.html')).not.toContain('id="tahun"');
  });
});

describe('the fixture years', () => {
  beforeAll(async () => {
    const content = join(work, 'content');
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    cpSync(join(projectRoot, 'test/fixtures/capaian'), join(content, 'capaian'), { recursive: true });
    const result = await runAstroBuild({ contentDir: content, outDir: fixtureDist, env: { KATALOG_CACHE_DIR: join(work, 'cache') } });
    expect(result.code, result.output).toBe(0);
  });

  // Each IKU of the decree in its order, with its 2024 annual figure (2024 is the latest year with
  // one) and the direction of its realisasi since 2023, the first year of 2021-2026 with figures.
  const EXPECTED = [
    // 1.000.000.000 + 2.500.000.000 + 1.750.000.000 = 5.250.000.000; / 10.000.000.000 = 52,5% (> 50: Kurang);
    // 5.250.000.000 < 9.000.000.000 (2023) with higher is better: worse
    'IKU 1 Nilai Realisasi Investasi Realisasi Rp 5.250.000.000 diturunkan dari TW1, TW2, TW3 Target Rp 10.000.000.000 ' +
      'Capaian 52,5%, Kurang Arah sejak 2023 turun dari Rp 9.000.000.000; memburuk, sebab makin tinggi makin baik',
    // 61,7 / 65 × 100 = 94,923...% -> 94,92% (>= 91: Sangat Baik); 61,7 > 55 (2023): better
    'IKU 2 Presentase Tenaga Kerja yang Terserap Realisasi 61,7% Target 65% Capaian 94,92%, Sangat Baik ' +
      'Arah sejak 2023 naik dari 55%; membaik, sebab makin tinggi makin baik',
    // 3,2 / 3,5 × 100 = 91,428...% -> 91,43% (Sangat Baik); 3,2 in 2023 and 2024: level
    'IKU 3 Indeks Kemudahan Berinvestasi (EoDB) Realisasi 3,20 Target 3,50 Capaian 91,43%, Sangat Baik Arah sejak 2023 tetap, sama dengan 2023 (3,20)',
    'IKU 4 Presentase Tenaga Kerja yang Terlindungi Belum ada target dan realisasi 2024.',
  ];

  it.each(['', 'capaian'])('/%s shows each IKU’s 2024 figures and direction, linking to its page', (path) => {
    const html = fixturePage(path);
    expect(text(glanceOf(html))).toMatch(/^Capaian IKU 2024 /);
    expect(items(html)).toEqual(EXPECTED);
    const links = [...glanceOf(html).matchAll(/<li[\s\S]*?href="([^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual([
      '/indikator/nilai-realisasi-investasi/',
      '/indikator/presentase-tenaga-kerja-yang-terserap/',
      '/indikator/indeks-kemudahan-berinvestasi-eodb/',
      '/indikator/presentase-tenaga-kerja-yang-terlindungi/',
    ]);
    expect(glanceOf(html)).toMatch(/<a href="\/capaian\/2024\/"[^>]*>Pengukuran Kinerja 2024<\/a>/);
  });

  it('sends no script for the glance', () => {
    expect(glanceOf(fixturePage(''))).not.toMatch(/<script|astro-island/);
  });

  describe('passes the checkers', () => {
    const PAGES = ['', 'capaian/', 'indikator/nilai-realisasi-investasi/', 'indikator/persentase-pelaku-usaha-yang-menyampaikan-lkpm/'];

    it('the W3C Nu HTML Checker finds no error, and every link resolves', () => {
      const run = vnuErrors(fixtureDist, PAGES);
      expect(run.error).toBeUndefined();
      expect(run.errors).toEqual([]);
      expect(run.status).toBe(0);
      expect(brokenLinks(fixtureDist, PAGES)).toEqual([]);
    });

    let site: Site;
    beforeAll(async () => {
      site = await openSite({ root: fixtureDist });
    });
    afterAll(() => site?.close());

    it.each(PAGES)('axe finds nothing on /%s in either theme, and it loads cleanly', async (path) => {
      expect(await auditPage(site, path)).toEqual(CLEAN_PAGE);
    });

    it.each(['', 'capaian/'])('/%s: on a 360 px screen the glance needs no sideways scroll', async (path) => {
      const page = await site.context.newPage();
      try {
        await page.setViewportSize({ width: 360, height: 740 });
        await page.goto(site.url + path, { waitUntil: 'load' });
        const widths = await page.evaluate(() => {
          const glance = document.querySelector('section.glance')!;
          return { page: document.scrollingElement!.scrollWidth, glance: glance.scrollWidth, fits: glance.clientWidth };
        });
        expect(widths.page).toBe(360);
        expect(widths.glance).toBeLessThanOrEqual(widths.fits);
      } finally {
        await page.close();
      }
    });

    it.each(['indikator/nilai-realisasi-investasi/', 'indikator/persentase-pelaku-usaha-yang-menyampaikan-lkpm/'])(
      '/%s: no value label covers a target marker as Chromium draws them',
      async (path) => {
        const page = await site.context.newPage();
        try {
          await page.goto(site.url + path, { waitUntil: 'load' });
          await page.evaluate(() => document.fonts.ready.then(() => undefined));
          const found = await page.evaluate(() => {
            const svg = document.querySelector('figure.capaian-chart svg')!;
            const box = (el: Element) => (el as SVGGraphicsElement).getBBox();
            const labels = [...svg.querySelectorAll('text.value')].map((el) => ({ text: el.textContent, box: box(el) }));
            // A marker's box with half its 2-unit stroke.
            const markers = [...svg.querySelectorAll('circle.target-point')].map((el) => {
              const b = box(el);
              return { x: b.x - 1, y: b.y - 1, width: b.width + 2, height: b.height + 2 };
            });
            const meet = (a: DOMRect, b: { x: number; y: number; width: number; height: number }) =>
              a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
            return {
              labels: labels.map((l) => [l.text!, l.box.width] as const),
              overlaps: labels.filter((l) => markers.some((m) => meet(l.box, m))).map((l) => l.text),
            };
          });
          expect(found.labels.length).toBeGreaterThan(0);
          expect(found.overlaps).toEqual([]);
          // The layout's estimate of each label's width is at least what Chromium draws.
          for (const [label, width] of found.labels) expect(textWidth(label), label).toBeGreaterThanOrEqual(width);
        } finally {
          await page.close();
        }
      },
    );
  });
});
