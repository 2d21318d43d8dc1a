// Finding and reading, in Chromium: realistic searches land on the right indicator among the first
// results, filters narrow them, the "/" key focuses search, the theme choice is remembered, and
// print hides the navigation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, type Site } from '../support/browser';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

async function search(page: Page, query: string, filters = ''): Promise<string[]> {
  await page.goto(`${site.url}cari/?q=${encodeURIComponent(query)}${filters}`);
  await page.waitForFunction(() => /hasil untuk/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
  return page.locator('[data-search-results] li h2 a').allTextContents();
}

describe('search', () => {
  // [what a person types, the page that must be among the first three results]
  const QUERIES: [string, string][] = [
    ['pengaduan', 'Persentase Pengaduan yang terselesaikan'],
    ['realisasi investasi', 'Nilai Realisasi Investasi'],
    ['BPJS', 'Presentase Tenaga Kerja yang Terlindungi'],
    ['Bukan Penerima Upah', 'Presentase Tenaga Kerja yang Terlindungi'],
    ['BPU', 'BPU'],
    ['kepuasan masyarakat', 'Nilai Survey IKM Terhadap Pelayanan'],
    ['selesai', 'Persentase Pengaduan yang terselesaikan'], // Indonesian stemming: terselesaikan
    ['transmigrasi terampil', 'Persentase warga Transmigrasi yang Terampil'],
    ['SAKIP', 'Nilai Akuntabilitas Kinerja (Nilai SAKIP)'],
    ['lowongan', 'Persentase Kesempatan Kerja yang Terpenuhi'],
  ];
  it.each(QUERIES)('"%s" finds %s among the first results', async (query, expected) => {
    const page = await site.context.newPage();
    const titles = await search(page, query);
    expect(titles.slice(0, 3)).toContain(expected);
    await page.close();
  });

  it('shows each result with its unit and a snippet', async () => {
    const page = await site.context.newPage();
    await search(page, 'pengaduan');
    const first = page.locator('[data-search-results] li').first();
    await expect(first.locator('.search-results__unit').textContent()).resolves.toMatch(/Indikator · Bidang Pengaduan/);
    await expect(first.locator('.search-results__excerpt mark').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('filters narrow the results to the chosen tingkat and unit', async () => {
    const page = await site.context.newPage();
    const all = await search(page, 'tenaga kerja');
    const iku = await search(page, 'tenaga kerja', `&tingkat=${encodeURIComponent('Indikator Kinerja Utama (IKU)')}`);
    expect(iku.length).toBeGreaterThan(0);
    expect(iku.length).toBeLessThan(all.length);
    const IKU = ['Nilai Realisasi Investasi', 'Presentase Tenaga Kerja yang Terserap', 'Indeks Kemudahan Berinvestasi (EoDB)', 'Presentase Tenaga Kerja yang Terlindungi'];
    expect(iku.filter((t) => !IKU.includes(t))).toEqual([]);
    expect(iku).toContain('Presentase Tenaga Kerja yang Terlindungi');
    const unit = await search(page, 'tenaga kerja', `&unit=${encodeURIComponent('Sub Koordinator Penempatan Tenaga Kerja')}`);
    expect(unit.length).toBeGreaterThan(0);
    // The Sub Koordinator Penempatan Tenaga Kerja answers for three indicators (Lampiran II, tabel 20).
    expect(unit).toHaveLength(3);
    expect(unit).toContain('Persentase LPTKS yang Aktif');
    await page.close();
  });

  it('indexes only the content: the navigation and footer words find nothing', async () => {
    const page = await site.context.newPage();
    expect(await search(page, 'Remah roti')).toEqual([]);
    await page.close();
  });

  it('the "/" key focuses the search box from anywhere', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}indikator/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('q');
    await page.close();
  });
});

describe('reading comfort', () => {
  it('the theme toggle switches the theme and the choice is remembered on the next page', async () => {
    const page = await site.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${site.url}indikator/`);
    const toggle = page.getByRole('button', { name: 'Mode gelap' });
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto(`${site.url}unit/`);
    await expect(page.evaluate(() => document.documentElement.dataset['theme'])).resolves.toBe('dark');
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(dark);
    expect(dark).not.toBe('rgb(255, 255, 255)');
    await page.getByRole('button', { name: 'Mode gelap' }).click(); // back to light for the other tests
    await page.close();
  });

  it('an indicator page prints without navigation, keeping the formula, the notes and the address', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}indikator/persentase-pengaduan-yang-terselesaikan/`);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.site-footer', '.breadcrumbs', '.toc']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    for (const selector of ['h1', '.katex-display', '.editorial', '.print-only']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }
    await expect(page.locator('.print-only').textContent()).resolves.toContain('/indikator/persentase-pengaduan-yang-terselesaikan/');
    await page.close();
  });

  it('the skip link is the first stop of the keyboard and leads to the content', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}indikator/`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Langsung ke isi');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('isi');
    await page.close();
  });
});
