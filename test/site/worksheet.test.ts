// The staff worksheet (/lembar-kerja/) in Chromium: figures typed survive a reload and a new tab;
// two tabs never overwrite each other's fields; the exported file, dropped into content/capaian/,
// builds pages that show the same figures; an import shows its conflicts and changes nothing until
// chosen; a broken file is refused with its line and column; without storage the page says so and
// still computes; the calculator's link leads to its indicator; the period prints as a table.
// Each test uses its own year, so the tests share one browser profile without sharing entries.
// Every figure is worked out by hand beside it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstroBuild } from '../support/astro-build';
import { axeBothThemes } from '../support/axe';
import { openSite, watchPage, type Site } from '../support/browser';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

const PERSEN = 'presentase-tenaga-kerja-yang-terlindungi';
const UANG = 'nilai-realisasi-investasi';
const CACAH = 'jumlah-sektor-potensi-investasi-baru';

/** Opens the worksheet at a year and period, once its stored entries are shown. */
async function openWorksheet(query: string, page?: Page): Promise<Page> {
  page ??= await site.context.newPage();
  await page.goto(`${site.url}lembar-kerja/?${query}`);
  await page.locator('.ws-item').first().waitFor();
  return page;
}

const field = (page: Page, id: string, name: string) => page.locator(`#${id}-${name}`);
const output = (page: Page, id: string) => page.locator(`#${id}-hasil`);

/** Types into an input and leaves it, as a person does. */
async function type(page: Page, id: string, name: string, text: string) {
  await field(page, id, name).fill(text);
  await field(page, id, name).blur();
}

describe('the worksheet', () => {
  it('groups each indicator in a fieldset named for it, with its calculator’s inputs, and computes as one types', async () => {
    const page = await openWorksheet('tahun=2023&periode=TW1');
    const watch = watchPage(page, site.url);
    await expect.poll(() => page.locator('fieldset.ws-fieldset').count()).toBe(48);
    await expect(page.locator(`#${PERSEN} > legend`).textContent()).resolves.toContain('Presentase Tenaga Kerja yang Terlindungi');
    await expect(page.locator(`label[for="${PERSEN}-a"]`).textContent()).resolves.toBe('Jumlah Peserta BPJS Ketenagakerjaan');
    await type(page, PERSEN, 'a', '3.120');
    await type(page, PERSEN, 'b', '4.000');
    await type(page, PERSEN, 't', '80');
    // 3.120 / 4.000 × 100% = 78%; 78 / 80 × 100% = 97,5%: Sangat Baik (>= 91)
    await expect.poll(() => output(page, PERSEN).textContent()).toMatch(/Realisasi: 78%.*97,5%, kategori Sangat Baik/);
    // The calculators' messages and error summary.
    await type(page, CACAH, 'n', '2,5');
    await expect.poll(() => page.locator(`#${CACAH} .calc-error-summary`).textContent()).toContain('harus bilangan bulat');
    await type(page, CACAH, 'n', '3');
    await expect.poll(() => page.locator(`#${CACAH} .calc-error-summary`).count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('keeps what was typed through a reload and in a new tab', async () => {
    const page = await openWorksheet('tahun=2023&periode=TW2');
    await type(page, PERSEN, 'a', '450');
    await type(page, PERSEN, 'b', '600');
    await page.locator(`#${UANG}-e-0`).fill('1.000.000.000');
    await page.locator(`#${UANG}`).getByRole('button', { name: 'Tambah entri' }).click();
    await page.locator(`#${UANG}-e-1`).fill('2.500.000.000,5');
    await page.locator(`#${UANG}-sumber`).fill('LKPM TW2');
    // Written field by field as typed; give IndexedDB its moment, then reload.
    await page.waitForTimeout(300);
    await openWorksheet('tahun=2023&periode=TW2', page);
    await expect(field(page, PERSEN, 'a').inputValue()).resolves.toBe('450');
    await expect(field(page, UANG, 'e-1').inputValue()).resolves.toBe('2.500.000.000,5');
    // 450 / 600 × 100% = 75%; 1.000.000.000 + 2.500.000.000,5 = 3.500.000.000,5
    await expect.poll(() => output(page, PERSEN).textContent()).toMatch(/Realisasi: 75%/);
    await expect.poll(() => output(page, UANG).textContent()).toMatch(/Rp\s3\.500\.000\.000,50/);
    await page.close();
    const again = await openWorksheet('tahun=2023&periode=TW2');
    await expect(field(again, UANG, 'sumber').inputValue()).resolves.toBe('LKPM TW2');
    // Another period of the same year is its own.
    await again.getByLabel('Periode', { exact: true }).selectOption('TW3');
    await expect.poll(() => field(again, PERSEN, 'a').inputValue()).toBe('');
    await again.close();
  });

  it('lets two tabs edit at once without overwriting each other’s fields', async () => {
    // A tab that hears nothing of the others (no BroadcastChannel), opened before their edits.
    const deaf = await site.context.newPage();
    await deaf.addInitScript(() => {
      Object.defineProperty(window, 'BroadcastChannel', { value: undefined });
    });
    await openWorksheet('tahun=2022&periode=TW1', deaf);
    const first = await openWorksheet('tahun=2022&periode=TW1');
    const second = await openWorksheet('tahun=2022&periode=TW1');
    await type(first, PERSEN, 't', '80');
    // The second tab is told of the first tab's edit at once.
    await expect.poll(() => field(second, PERSEN, 't').inputValue()).toBe('80');
    await type(second, PERSEN, 'a', '30');
    await expect.poll(() => field(first, PERSEN, 'a').inputValue()).toBe('30');
    // The deaf tab still shows neither, and writes only the field it changed.
    expect(await field(deaf, PERSEN, 't').inputValue()).toBe('');
    await type(deaf, PERSEN, 'b', '40');
    await deaf.waitForTimeout(300);
    for (const page of [first, second, deaf]) {
      await openWorksheet('tahun=2022&periode=TW1', page);
      expect(await Promise.all(['a', 'b', 't'].map((name) => field(page, PERSEN, name).inputValue()))).toEqual(['30', '40', '80']);
      await page.close();
    }
  });

  it('is reached from an indicator’s calculator with the indicator preselected', async () => {
    const page = await site.context.newPage();
    await page.goto(`${site.url}indikator/${CACAH}/`);
    const link = page.getByRole('link', { name: 'Catat di lembar kerja' });
    expect(await link.getAttribute('href')).toBe(`/lembar-kerja/?indikator=${CACAH}`);
    await link.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${CACAH}-n`);
    await page.close();
  });

  it('is in the site navigation', async () => {
    const page = await site.context.newPage();
    await page.goto(site.url);
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Lembar kerja' }).getAttribute('href')).resolves.toBe('/lembar-kerja/');
    await page.close();
  });
});

describe('export and publication', () => {
  const work = mkdtempSync(join(tmpdir(), 'katalog-lembar-kerja-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  let exported = '';

  it('exports the year as content/capaian/<tahun>.csv', async () => {
    const page = await openWorksheet('tahun=2024&periode=TW1');
    await type(page, PERSEN, 'a', '3.120');
    await type(page, PERSEN, 'b', '4.000');
    await page.getByLabel('Periode', { exact: true }).selectOption('TAHUN');
    await field(page, PERSEN, 'a').waitFor();
    await type(page, PERSEN, 'a', '3.120');
    await type(page, PERSEN, 'b', '4.000');
    await type(page, PERSEN, 't', '80');
    await page.locator(`#${PERSEN}-sumber`).fill('LKjIP 2024');
    await type(page, UANG, 'e-0', '9.000.000.000');
    await type(page, UANG, 't', '10.000.000.000');
    await type(page, CACAH, 'n', '3');
    await type(page, CACAH, 't', '4');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ekspor 2024.csv' }).click()]);
    expect(download.suggestedFilename()).toBe('2024.csv');
    exported = readFileSync((await download.path())!, 'utf8');
    const lines = exported.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('indikator;periode;target;realisasi;pembilang;penyebut;sumber;catatan');
    expect(lines).toContain(`${PERSEN};TW1;;;3.120;4.000;;`);
    expect(lines).toContain(`${PERSEN};TAHUN;80;;3.120;4.000;LKjIP 2024;`);
    expect(lines).toContain(`${UANG};TAHUN;10.000.000.000;9.000.000.000;;;;`);
    expect(lines).toContain(`${CACAH};TAHUN;4;3;;;;`);
    await expect.poll(() => page.locator('.ws-status').textContent()).toContain('Berkas 2024.csv dibuat: 4 baris.');
    await page.close();
  });

  it('refuses to export while an entry is invalid, and links to it', async () => {
    const page = await openWorksheet('tahun=2024&periode=TW3');
    await type(page, PERSEN, 'a', '30');
    await page.getByRole('button', { name: 'Ekspor 2024.csv' }).click();
    const status = page.locator('.ws-status');
    await expect.poll(() => status.textContent()).toContain('Berkas 2024.csv belum dibuat: 1 isian perlu diperbaiki dahulu.');
    await expect(status.getByRole('link').first().textContent()).resolves.toContain('Triwulan III: Isi Jumlah Tenaga Kerja Terdaftar (PU atau BPU).');
    await type(page, PERSEN, 'a', '');
    await page.close();
  });

  it('builds, dropped into content/capaian/, into pages that show the same figures', async () => {
    expect(exported).not.toBe('');
    const content = join(work, 'content');
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'capaian', '2024.csv'), exported);
    const out = join(work, 'dist');
    const result = await runAstroBuild({ contentDir: content, outDir: out, env: { KATALOG_CACHE_DIR: join(work, 'cache') } });
    expect(result.code, result.output).toBe(0);
    const text = (path: string) => readFileSync(join(out, path), 'utf8').replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ');
    // 78% against 80%: 97,5%, Sangat Baik; 9 of 10 miliar: 90%, Baik (>= 76, < 91); 3 of 4: 75%, Cukup (>= 66, < 76)
    expect(text(`indikator/${PERSEN}/index.html`)).toContain('Tahunan 80% 78% dihitung: 3.120 / 4.000 97,5% Sangat Baik LKjIP 2024');
    const year = text('capaian/2024/index.html');
    expect(year).toContain('Presentase Tenaga Kerja yang Terlindungi IKU 80% 78% 97,5% Sangat Baik');
    expect(year).toMatch(/Nilai Realisasi Investasi (IKU )?Rp 10\.000\.000\.000 Rp 9\.000\.000\.000 90% Baik/);
    expect(year).toMatch(/Jumlah Sektor Potensi Investasi Baru (IKU )?4 3 75% Cukup/);
    const open = readFileSync(join(out, 'data/capaian.csv'), 'utf8');
    expect(open).toMatch(new RegExp(`${PERSEN},2024,TAHUN,80,78,`));
  });
});

describe('import', () => {
  const file = (lines: string[]) => ({ name: '2025.csv', mimeType: 'text/csv', buffer: Buffer.from(['indikator;periode;target;realisasi;pembilang;penyebut;sumber;catatan', ...lines].join('\r\n')) });

  it('shows what a file would change, and overwrites a conflicting value only when chosen', async () => {
    const page = await openWorksheet('tahun=2025&periode=TW1');
    const watch = watchPage(page, site.url);
    await type(page, CACAH, 'n', '13');
    const upload = file([`${CACAH};TW1;;12;;;;`, `${PERSEN};TW1;;;30;40;Rekap TW1;`, `${UANG};TW1;;1.000.000.000;;;;`]);
    await page.locator('#lk-impor').setInputFiles(upload);
    const review = page.locator('#impor-tinjau');
    await expect.poll(() => review.textContent()).toContain('3 baris: 2 baru, 0 sama dengan lembar kerja, 1 berbeda. Belum ada yang berubah.');
    await expect(review.textContent()).resolves.toMatch(/Lembar kerja: realisasi 13.*Berkas: realisasi 12/);
    // Nothing changed yet.
    await expect(field(page, PERSEN, 'a').inputValue()).resolves.toBe('');
    const { light, dark } = await axeBothThemes(page);
    expect(light).toEqual([]);
    expect(dark).toEqual([]);
    await review.getByRole('button', { name: 'Gabungkan ke lembar kerja' }).click();
    // New rows merged; the conflict kept as typed.
    await expect.poll(() => field(page, PERSEN, 'a').inputValue()).toBe('30');
    await expect(field(page, CACAH, 'n').inputValue()).resolves.toBe('13');
    // A jumlah's realisasi cannot become its entries: it is kept as the figure "dari berkas".
    await expect(page.locator(`#${UANG} .ws-berkas`).textContent()).resolves.toContain('Realisasi dari berkas: 1.000.000.000');
    // The same file again, this time taking the file's count.
    await page.locator('#lk-impor').setInputFiles(upload);
    await expect.poll(() => review.textContent()).toContain('3 baris: 0 baru, 2 sama dengan lembar kerja, 1 berbeda.');
    await review.getByLabel('Pakai angka berkas untuk Jumlah Sektor Potensi Investasi Baru, Triwulan I').check();
    await review.getByRole('button', { name: 'Gabungkan ke lembar kerja' }).click();
    await expect.poll(() => field(page, CACAH, 'n').inputValue()).toBe('12');
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('refuses a broken file with its line and column, and changes nothing', async () => {
    const page = await openWorksheet('tahun=2025&periode=TW2');
    await type(page, CACAH, 'n', '7');
    await page.locator('#lk-impor').setInputFiles(file([`${CACAH};TW2;;8;;;;`, `${PERSEN};TW2;abc;;;;;`]));
    const status = page.locator('.ws-status');
    await expect.poll(() => status.textContent()).toContain('Berkas 2025.csv tidak dapat dibaca, tidak ada yang berubah.');
    // Line 3, column 3 (target).
    await expect(status.textContent()).resolves.toContain('2025.csv:3:3 (target): “abc” tidak terbaca sebagai angka.');
    await expect(page.locator('#impor-tinjau').count()).resolves.toBe(0);
    await expect(field(page, CACAH, 'n').inputValue()).resolves.toBe('7');
    await expect(field(page, PERSEN, 't').inputValue()).resolves.toBe('');
    await page.close();
  });
});

describe('the page as the browser holds it', () => {
  it('passes the W3C HTML checker and axe with figures, messages, a check and an import review', async () => {
    const page = await openWorksheet('tahun=2025&periode=TW1');
    await type(page, PERSEN, 't', '80');
    await type(page, CACAH, 'n', 'tiga');
    await page.getByRole('button', { name: 'Periksa semua isian' }).click();
    await expect.poll(() => page.locator('.ws-status').textContent()).toContain('1 isian tahun 2025 perlu diperbaiki.');
    await page.locator('#lk-impor').setInputFiles({ name: '2025.csv', mimeType: 'text/csv', buffer: Buffer.from(`indikator;periode;realisasi\r\n${CACAH};TW1;12\r\n`) });
    await page.locator('#impor-tinjau').waitFor();
    const file = join(mkdtempSync(join(tmpdir(), 'katalog-lembar-html-')), 'lembar-kerja.html');
    writeFileSync(file, await page.content());
    const jar = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
    const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', file], { encoding: 'utf8' });
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { message: string; lastLine?: number }[] }).messages;
    expect(messages.map((m) => `${m.lastLine ?? ''} ${m.message}`)).toEqual([]);
    rmSync(dirname(file), { recursive: true, force: true });
    const { light, dark } = await axeBothThemes(page);
    expect({ light, dark }).toEqual({ light: [], dark: [] });
    await type(page, CACAH, 'n', '12');
    await page.close();
  });
});

describe('without storage', () => {
  it('says so plainly, and still computes', async () => {
    const page = await site.context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    });
    await openWorksheet('tahun=2021&periode=TW1', page);
    await expect.poll(() => page.locator('.ws-status').textContent()).toContain('Penyimpanan peramban tidak tersedia');
    await type(page, PERSEN, 'a', '1');
    await type(page, PERSEN, 'b', '4');
    // 1 / 4 × 100% = 25%
    await expect.poll(() => output(page, PERSEN).textContent()).toMatch(/Realisasi: 25%/);
    await page.close();
  });
});

describe('print', () => {
  it('gives the period’s Tabel Pengukuran Kinerja, grouped by unit', async () => {
    const page = await openWorksheet('tahun=2024&periode=TAHUN');
    await page.emulateMedia({ media: 'print' });
    const table = page.locator('.ws-print-table');
    // The table is drawn once the stored entries have been read.
    await expect.poll(() => table.isVisible()).toBe(true);
    await expect(page.locator('.ws-list').isVisible()).resolves.toBe(false);
    const headers = await table.locator('thead th').allTextContents();
    expect(headers).toEqual(['No', 'Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', '% Capaian', 'Kategori']);
    const row = async () => ((await table.locator('tr', { hasText: 'Presentase Tenaga Kerja yang Terlindungi' }).textContent()) ?? '').replace(/\s+/g, ' ');
    // The figures exported above, once the stored entries are read: 80%, 78%, 97,5%, Sangat Baik
    await expect.poll(row).toMatch(/80%78%97,5%Sangat Baik$/);
    expect(await table.locator('tbody th[scope="rowgroup"]').count()).toBeGreaterThan(1);
    await page.emulateMedia({ media: 'screen' });
    await page.close();
  });
});

