// Finding and reading, in Chromium: realistic searches land on the right indicator among the first
// results, filters narrow them, the header box shows results as one types, the "/" key focuses
// search, the theme choice is remembered, and print hides the navigation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, watchPage, type Site } from '../support/browser';
import { axeViolations } from '../support/axe';

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

  it('keeps a fact\'s label and value apart, so "Persen" finds the indicators measured in it', async () => {
    const page = await site.context.newPage();
    await search(page, 'Persen');
    const excerpts = await page.locator('.search-results__excerpt').allTextContents();
    // Pagefind once read the facts as "…SumberdataWLKPSatuanPersen (%)PolaritasMakin…", one word.
    expect(excerpts.join(' ')).toMatch(/Satuan\. Persen \(%\)\. Polaritas\. Makin tinggi makin baik/);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/[a-z)](Sasaran|Indikator|Satuan|Polaritas|Rujukan)/);
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

describe('search as you type in the header', () => {
  const PAGE = 'indikator/nilai-realisasi-investasi/';
  const box = (page: Page) => page.getByRole('combobox', { name: 'Cari' });
  const options = (page: Page) => page.getByRole('listbox').getByRole('option');
  const activeId = (page: Page) => box(page).getAttribute('aria-activedescendant');

  /** Opens a page other than the search page and types `query` into the header box. */
  async function typeInHeader(page: Page, query: string): Promise<void> {
    await page.goto(site.url + PAGE);
    await page.locator('#cari-situs').pressSequentially(query);
    await expect.poll(() => options(page).count()).toBeGreaterThan(0);
  }

  it('loads nothing of Pagefind until the box is used', async () => {
    const page = await site.context.newPage();
    const pagefind: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefind.push(request.url());
    });
    await page.goto(site.url + PAGE, { waitUntil: 'networkidle' });
    expect(pagefind).toEqual([]);
    await page.locator('#cari-situs').focus();
    await expect.poll(() => pagefind.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await page.close();
  });

  it('shows the best results under the box, each with its name, unit and a snippet', async () => {
    const page = await site.context.newPage();
    const watch = watchPage(page, site.url);
    await typeInHeader(page, 'pengaduan');
    await expect(box(page).getAttribute('aria-expanded')).resolves.toBe('true');
    const first = options(page).first();
    await expect(first.locator('.site-search__title').textContent()).resolves.toBe('Persentase Pengaduan yang terselesaikan');
    await expect(first.locator('.site-search__kind').textContent()).resolves.toBe('Indikator · Bidang Pengaduan, Pengolahan Data Sistem Informasi Penanaman Modal');
    await expect(first.locator('.site-search__excerpt mark').count()).resolves.toBeGreaterThan(0);
    expect(await options(page).count()).toBeLessThanOrEqual(5);
    expect(watch).toEqual({ consoleErrors: [], failedRequests: [], foreignRequests: [], cspViolations: [] });
    await page.close();
  });

  it('announces the number of results in a polite live region', async () => {
    const page = await site.context.newPage();
    await typeInHeader(page, 'tenaga kerja');
    const status = page.locator('.site-search [role=status]');
    await expect.poll(() => status.textContent()).toMatch(/^\d+ hasil untuk “tenaga kerja”, 5 teratas ditampilkan\./);
    await page.locator('#cari-situs').fill('zzzqqq');
    await expect.poll(() => status.textContent()).toBe('Tidak ada hasil untuk “zzzqqq”.');
    await expect(box(page).getAttribute('aria-expanded')).resolves.toBe('false');
    await page.close();
  });

  it('moves through the results with the arrow keys and opens one with Enter', async () => {
    const page = await site.context.newPage();
    await typeInHeader(page, 'pengaduan');
    const ids = await options(page).evaluateAll((items) => items.map((item) => item.id));
    expect(ids.length).toBeGreaterThan(1);
    expect(await activeId(page)).toBeNull();
    await page.keyboard.press('ArrowDown');
    expect(await activeId(page)).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    expect(await activeId(page)).toBe(ids[1]);
    await expect(page.locator(`#${ids[1]}`).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await activeId(page)).toBe(ids[0]);
    await page.keyboard.press('ArrowUp'); // wraps to the last
    expect(await activeId(page)).toBe(ids.at(-1));
    await page.keyboard.press('ArrowDown'); // and back to the first
    expect(await activeId(page)).toBe(ids[0]);
    // Focus never left the box.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('cari-situs');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}indikator/persentase-pengaduan-yang-terselesaikan/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Persentase Pengaduan yang terselesaikan');
    await page.close();
  });

  it('Escape closes the results and keeps the text; Enter without a choice goes to the search page', async () => {
    const page = await site.context.newPage();
    await typeInHeader(page, 'pengaduan');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox').isVisible()).resolves.toBe(false);
    await expect(box(page).getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await activeId(page)).toBeNull();
    await expect(box(page).inputValue()).resolves.toBe('pengaduan');
    await page.keyboard.press('ArrowDown'); // reopens on the first result
    await expect(page.getByRole('listbox').isVisible()).resolves.toBe(true);
    expect(await activeId(page)).toBe(await options(page).first().getAttribute('id'));
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}cari/?q=pengaduan`);
    await page.close();
  });

  it('a click on a result opens it', async () => {
    const page = await site.context.newPage();
    await typeInHeader(page, 'SAKIP');
    await page.getByRole('option', { name: /^Nilai Akuntabilitas Kinerja \(Nilai SAKIP\)/ }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Nilai Akuntabilitas Kinerja (Nilai SAKIP)');
    await page.close();
  });

  it('passes axe with the results open, in the light and the dark theme', async () => {
    const page = await site.context.newPage();
    await page.emulateMedia({ colorScheme: 'light' });
    await typeInHeader(page, 'pengaduan');
    await page.keyboard.press('ArrowDown');
    const light = await axeViolations(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await axeViolations(page);
    expect({ light, dark }).toEqual({ light: [], dark: [] });
    await page.close();
  });

  it('without JavaScript the box still takes the query to the search page', async () => {
    const page = await site.context.newPage();
    const cdp = await site.context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
    await page.goto(site.url + PAGE);
    await expect(page.locator('#cari-situs').getAttribute('role')).resolves.toBeNull();
    await page.locator('#cari-situs').fill('pengaduan');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.url}cari/?q=pengaduan`);
    await page.close();
  });

  it('a page without a calculator loads only the small scripts of the theme and the search box', async () => {
    const page = await site.context.newPage();
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.url());
    });
    await page.goto(site.url + 'istilah/', { waitUntil: 'networkidle' });
    const bytes = await page.evaluate(
      (urls) => Promise.all(urls.map((url) => fetch(url).then((r) => r.text()).then((t) => t.length))),
      scripts,
    );
    expect(scripts.filter((url) => url.includes('/pagefind/'))).toEqual([]);
    // Budget, uncompressed: the theme toggle and "/" shortcut (0.8 KB), the combobox (3.1 KB), its
    // Pagefind loader (0.7 KB) and Vite's helper for that dynamic import (1.8 KB): 6.4 KB when written.
    expect(bytes.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(7_000);
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
