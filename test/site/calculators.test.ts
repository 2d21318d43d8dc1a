// The calculators in Chromium, on real indicator pages: fields filled by their labels, the figure
// read from the <output>, a shared link restored, hostile links made harmless, keyboard-only use.
// Every expected figure is worked out by hand beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, watchPage, type Site } from '../support/browser';
import { axeViolations } from '../support/axe';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

const IKU_TERLINDUNGI = 'indikator/presentase-tenaga-kerja-yang-terlindungi/';
const IKU_INVESTASI = 'indikator/nilai-realisasi-investasi/';
const IKM = 'indikator/nilai-survey-ikm-terhadap-pelayanan/';
const SAKIP = 'indikator/nilai-akuntabilitas-kinerja-nilai-sakip/';

/** Opens a page and waits until its calculator has hydrated. */
async function openCalculator(path: string): Promise<{ page: Page; watch: ReturnType<typeof watchPage> }> {
  const page = await site.context.newPage();
  page.on('dialog', (dialog) => {
    throw new Error(`unexpected dialog: ${dialog.message()}`);
  });
  const watch = watchPage(page, site.url);
  await page.goto(site.url + path);
  await page.locator('astro-island').first().scrollIntoViewIfNeeded();
  await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
  return { page, watch };
}

function output(page: Page) {
  return page.locator('form output');
}

describe('Presentase Tenaga Kerja yang Terlindungi (IKU 4, persentase)', () => {
  it('computes peserta / terdaftar x 100% and the capaian against a target', async () => {
    const { page, watch } = await openCalculator(IKU_TERLINDUNGI);
    await page.getByLabel('Jumlah Peserta BPJS Ketenagakerjaan', { exact: true }).fill('3.120');
    await page.getByLabel('Jumlah Tenaga Kerja Terdaftar (PU atau BPU)', { exact: true }).fill('4.000');
    // 3.120 / 4.000 x 100% = 78%
    await expect.poll(() => output(page).textContent()).toMatch(/78\s?%/);
    await expect.poll(() => output(page).textContent()).toMatch(/3\.120/);
    // Target 80%: higher is better, capaian = 78 / 80 x 100% = 97,5%, band >= 91: Sangat Baik.
    await page.getByLabel('Target tahun ini', { exact: true }).fill('80');
    await expect.poll(() => output(page).textContent()).toMatch(/97,5\s?%/);
    await expect.poll(() => output(page).textContent()).toMatch(/Sangat Baik/);
    // The computation is in the address, so it can be shared.
    const url = new URL(page.url());
    expect([url.searchParams.get('a'), url.searchParams.get('b'), url.searchParams.get('t')]).toEqual(['3.120', '4.000', '80']);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('restores a shared link and re-validates it', async () => {
    const { page } = await openCalculator(`${IKU_TERLINDUNGI}?a=450&b=600`);
    // 450 / 600 x 100% = 75%
    await expect.poll(() => output(page).textContent()).toMatch(/75\s?%/);
    await expect(page.getByLabel('Jumlah Peserta BPJS Ketenagakerjaan', { exact: true }).inputValue()).resolves.toBe('450');
    await page.close();
  });

  it('shows a message beside the field and in a summary, and no result, for text that is not a number', async () => {
    const { page } = await openCalculator(IKU_TERLINDUNGI);
    const field = page.getByLabel('Jumlah Peserta BPJS Ketenagakerjaan', { exact: true });
    await field.fill('banyak');
    await page.getByLabel('Jumlah Tenaga Kerja Terdaftar (PU atau BPU)', { exact: true }).fill('4.000');
    await page.getByRole('button', { name: 'Hitung' }).click();
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    const described = (await field.getAttribute('aria-describedby'))!.split(' ');
    const messages = await Promise.all(described.map((id) => page.locator(`#${id}`).textContent()));
    expect(messages.join(' ')).toMatch(/angka/i);
    const summaryLink = page.locator(`form a[href="#${await field.getAttribute('id')}"]`);
    await expect(summaryLink.count()).resolves.toBe(1);
    await expect(output(page).textContent()).resolves.not.toMatch(/%/);
    await expect(output(page).textContent()).resolves.not.toMatch(/NaN|Infinity|undefined/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('a crafted link injects nothing: markup stays text in the field and is refused', async () => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>');
    const { page, watch } = await openCalculator(`${IKU_TERLINDUNGI}?a=${hostile}&b=1e5&t=%EF%BC%93`);
    await expect(page.getByLabel('Jumlah Peserta BPJS Ketenagakerjaan', { exact: true }).inputValue()).resolves.toContain('<img');
    await page.getByRole('button', { name: 'Hitung' }).click();
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('form img, form script').count()).toBe(0);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  it('works with the keyboard alone', async () => {
    const { page } = await openCalculator(IKU_TERLINDUNGI);
    await page.getByLabel('Jumlah Peserta BPJS Ketenagakerjaan', { exact: true }).focus();
    await page.keyboard.type('90');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('b');
    await page.keyboard.type('120');
    await page.keyboard.press('Enter');
    // 90 / 120 x 100% = 75%
    await expect.poll(() => output(page).textContent()).toMatch(/75\s?%/);
    // The focused field shows a visible focus indicator.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });
});

describe('Nilai Realisasi Investasi (IKU 1, sum of Rupiah)', () => {
  it('adds Rupiah figures with sen exactly', async () => {
    const { page } = await openCalculator(`${IKU_INVESTASI}?e=${encodeURIComponent('Rp 2.500.000.000,50')}&e=${encodeURIComponent('1.000.000.000,25')}&e=0,10&e=0,20`);
    // 2.500.000.000,50 + 1.000.000.000,25 + 0,10 + 0,20 = 3.500.000.001,05 exactly
    await expect.poll(() => output(page).textContent()).toMatch(/3\.500\.000\.001,05/);
    await expect.poll(() => output(page).textContent()).toMatch(/3,5\s?miliar/);
    await page.close();
  });
});

describe('Nilai Survey IKM Terhadap Pelayanan (PermenPANRB 14/2017)', () => {
  it('gives the hand-checked IKM of 29 respondents', async () => {
    const { page } = await openCalculator(IKM);
    await page.getByLabel('Jumlah responden (kuesioner yang terisi)').fill('29');
    const totals = [105, 101, 100, 116, 102, 105, 106, 105, 115];
    const unsur = ['1. Persyaratan', '2. Sistem, Mekanisme, dan Prosedur', '3. Waktu Penyelesaian', '4. Biaya/Tarif', '5. Produk Spesifikasi Jenis Pelayanan', '6. Kompetensi Pelaksana', '7. Perilaku Pelaksana', '8. Penanganan Pengaduan, Saran dan Masukan', '9. Sarana dan Prasarana'];
    for (const [i, name] of unsur.entries()) await page.getByLabel(name, { exact: true }).fill(String(totals[i]));
    // 955 / 29 / 9 x 25 = 91,4751 -> 91,48, mutu A (88,31-100,00), Sangat Baik
    await expect.poll(() => output(page).textContent()).toMatch(/91,48/);
    await expect.poll(() => output(page).textContent()).toMatch(/Sangat Baik/);
    // With the printed weight 0,111: 955 / 29 x 0,111 x 25 = 91,3836 -> 91,38
    await page.getByLabel('0,111 (seperti tercetak pada formulir)').check();
    await expect.poll(() => output(page).textContent()).toMatch(/91,38/);
    await page.close();
  });
});

describe('Nilai Akuntabilitas Kinerja (PermenPANRB 88/2021)', () => {
  it('adds the four components and gives the predikat', async () => {
    const { page } = await openCalculator(SAKIP);
    await page.getByLabel('Perencanaan Kinerja (maks. 30)').fill('25');
    await page.getByLabel('Pengukuran Kinerja (maks. 30)').fill('25');
    await page.getByLabel('Pelaporan Kinerja (maks. 15)').fill('12');
    await page.getByLabel('Evaluasi Akuntabilitas Kinerja Internal (maks. 25)').fill('18');
    // 25 + 25 + 12 + 18 = 80, which is BB (> 70 - 80); A starts above 80.
    await expect.poll(() => output(page).textContent()).toMatch(/80/);
    await expect.poll(() => output(page).textContent()).toMatch(/\bBB\b/);
    await page.close();
  });
});
