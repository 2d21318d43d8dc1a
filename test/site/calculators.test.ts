// The calculators in Chromium, on real indicator pages: fields filled by their labels, the figure
// read from the <output>, a shared link restored, hostile links made harmless, keyboard-only use.
// Every expected figure is worked out by hand beside it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSite, watchPage, type Site } from '../support/browser';
import { axeBothThemes } from '../support/axe';

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(() => site?.close());

const IKU_TERLINDUNGI = 'indikator/presentase-tenaga-kerja-yang-terlindungi/';
const IKU_INVESTASI = 'indikator/nilai-realisasi-investasi/';
const IKM = 'indikator/nilai-survey-ikm-terhadap-pelayanan/';
const SAKIP = 'indikator/nilai-akuntabilitas-kinerja-nilai-sakip/';
const RASIO = 'indikator/rasio-persediaan-tenaga-kerja-terhadap-kebutuhan-tenaga-kerja/';
const CACAH = 'indikator/jumlah-sektor-potensi-investasi-baru/';
const NILAI = 'indikator/indeks-kemudahan-berinvestasi-eodb/';

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


/** The id of the focused element, and whether the element `selector` is within the viewport. */
function focusAndView(page: Page, selector: string) {
  return page.evaluate((selector) => {
    const box = document.querySelector(selector)!.getBoundingClientRect();
    return { focused: document.activeElement?.id ?? '', inView: box.top >= 0 && box.bottom <= window.innerHeight };
  }, selector);
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
    // The computation is in the address (written after the render that shows it), so it can be shared.
    const params = () => {
      const url = new URL(page.url());
      return [url.searchParams.get('a'), url.searchParams.get('b'), url.searchParams.get('t')];
    };
    await expect.poll(params).toEqual(['3.120', '4.000', '80']);
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
    expect(await axeBothThemes(page)).toEqual({ light: [], dark: [] });
    await page.close();
  });

  it('error summary as GOV.UK: an alert, focused after submit; a link brings the label into view and focuses the field', async () => {
    const { page, watch } = await openCalculator(IKU_TERLINDUNGI);
    await page.getByLabel('Jumlah Tenaga Kerja Terdaftar (PU atau BPU)', { exact: true }).fill('4.000');
    await page.getByRole('button', { name: 'Hitung' }).click();
    const summary = page.getByRole('alert');
    await expect.poll(() => summary.textContent()).toMatch(/Ada isian yang perlu diperbaiki.*Isi Jumlah Peserta BPJS Ketenagakerjaan\./);
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('calc-error-summary'))).toBe(true);
    // Scroll the summary to the top of a short window, so the field is out of view before the link is followed.
    await page.setViewportSize({ width: 800, height: 300 });
    await summary.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await summary.getByRole('link', { name: 'Isi Jumlah Peserta BPJS Ketenagakerjaan.' }).click();
    await expect.poll(() => focusAndView(page, 'label[for="hitung-a"]')).toEqual({ focused: 'hitung-a', inView: true });
    // Typing a valid figure clears the field's error and, with every input valid, the summary.
    await page.keyboard.type('3.000');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
    await expect.poll(() => output(page).textContent()).toMatch(/75\s?%/);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  it('"Kosongkan isian" empties the fields, the result and the address', async () => {
    const { page } = await openCalculator(`${IKU_TERLINDUNGI}?a=450&b=600&t=80`);
    await expect.poll(() => output(page).textContent()).toMatch(/75\s?%/);
    await page.getByRole('button', { name: 'Kosongkan isian' }).click();
    await expect.poll(() => page.getByLabel('Jumlah Peserta BPJS Ketenagakerjaan', { exact: true }).inputValue()).toBe('');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect(output(page).textContent()).resolves.toMatch(/tampil di sini setelah semua isian terisi/);
    await page.close();
  });

  it('a result with its capaian passes axe in both themes', async () => {
    const { page } = await openCalculator(`${IKU_TERLINDUNGI}?a=3.120&b=4.000&t=80`);
    await expect.poll(() => output(page).textContent()).toMatch(/Sangat Baik/);
    // The notes under a capaian are the page's own words (named slots): shown with the capaian.
    await expect(output(page).textContent()).resolves.toMatch(/Polaritas naik: capaian = realisasi \/ target × 100%\..*Sumber kategori:/);
    expect(await axeBothThemes(page)).toEqual({ light: [], dark: [] });
    await page.close();
  });

  it('a crafted link injects nothing: markup stays text in the field and is refused', async () => {
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>');
    const { page, watch } = await openCalculator(`${IKU_TERLINDUNGI}?a=${hostile}&b=1e5&t=%EF%BC%93`);
    // The calculator reads the link once it has hydrated.
    await expect.poll(() => page.getByLabel('Jumlah Peserta BPJS Ketenagakerjaan', { exact: true }).inputValue()).toContain('<img');
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

describe('Nilai Realisasi Investasi: rows and pasting', () => {
  it('adds and removes entry rows with the keyboard, the focus following', async () => {
    const { page } = await openCalculator(IKU_INVESTASI);
    await page.getByLabel('Entri 1', { exact: true }).fill('1.000');
    await page.getByRole('button', { name: 'Tambah entri' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-describedby'))).toMatch(/hitung-e-\d+-unit/);
    await page.keyboard.type('2.500,50');
    // 1.000 + 2.500,50 = 3.500,50
    await expect.poll(() => output(page).textContent()).toMatch(/3\.500,50/);
    await expect(page.locator('.calc-count').textContent()).resolves.toBe('2 entri terisi dari 2 baris.');
    await page.getByRole('button', { name: 'Hapus entri 1' }).click();
    // The focus goes to the row after the one removed, which is now the first.
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('2.500,50');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('e')).toEqual(['2.500,50']);
    await page.close();
  });

  it('switching to a pasted list carries the figures across, and reports a bad line by its number', async () => {
    const { page } = await openCalculator(`${IKU_INVESTASI}?e=1.000&e=2.000`);
    await page.getByLabel('Tempel daftar angka (satu angka per baris)').check();
    const pasted = page.getByLabel('Realisasi investasi PMDN menurut LKPM, satu angka per baris');
    await expect.poll(() => pasted.inputValue()).toBe('1.000\n2.000');
    await pasted.fill('1.000\n2.000\nbanyak');
    await page.getByRole('button', { name: 'Hitung' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Baris 3: Tidak terbaca sebagai angka/);
    await page.close();
  });
});

describe('Rasio, cacah and nilai on their own pages', () => {
  it('rasio: kesempatan kerja / tenaga kerja terdaftar, without × 100%', async () => {
    const { page } = await openCalculator(RASIO);
    await page.getByLabel('Jumlah kesempatan kerja', { exact: true }).fill('300');
    await page.getByLabel('Jumlah Tenaga Kerja Terdaftar', { exact: true }).fill('400');
    // 300 / 400 = 0,75
    await expect.poll(() => output(page).textContent()).toMatch(/Realisasi: 0,75/);
    await page.close();
  });

  it('cacah: a count with its unit, and its capaian', async () => {
    const { page } = await openCalculator(CACAH);
    await page.getByLabel('Jumlah Sektor Potensi Investasi Baru', { exact: true }).fill('3');
    await page.getByLabel('Target tahun ini', { exact: true }).fill('4');
    // Capaian 3 / 4 × 100% = 75%: 66 ≤ 75 < 76, Cukup.
    await expect.poll(() => output(page).textContent()).toMatch(/Realisasi: 3 sektor.*75\s?%, kategori Cukup/);
    await page.close();
  });

  it('nilai: a score inside its scale, and one outside it refused beside the field', async () => {
    const { page } = await openCalculator(NILAI);
    const field = page.getByLabel('Nilai hasil penilaian Kinerja PTSP', { exact: true });
    await field.fill('87,5');
    // Indeks: two decimals, 87,50.
    await expect.poll(() => output(page).textContent()).toMatch(/Realisasi: 87,50/);
    await field.fill('120');
    await field.blur();
    await expect.poll(() => page.locator('#hitung-n-error').textContent()).toMatch(/harus antara 0 dan 100/);
    await expect(output(page).textContent()).resolves.not.toMatch(/87,50|120/);
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
    await expect.poll(() => new URL(page.url()).searchParams.get('w')).toBe('0111');
    // The NRR table follows the output.
    await expect.poll(() => page.getByRole('table', { name: 'Nilai rata-rata (NRR) per unsur' }).locator('tbody tr').count()).toBe(9);
    expect(await axeBothThemes(page)).toEqual({ light: [], dark: [] });
    await page.close();
  });

  it('reads the answers pasted from a spreadsheet, skipping the header row', async () => {
    const { page } = await openCalculator(IKM);
    await page.getByLabel('Tempel jawaban responden dari lembar kerja').check();
    const header = ['U1', 'U2', 'U3', 'U4', 'U5', 'U6', 'U7', 'U8', 'U9'].join('\t');
    await page.getByLabel('Jawaban responden', { exact: true }).fill(`${header}\n${'4\t'.repeat(8)}4\n${'3\t'.repeat(8)}3`);
    // Two respondents, each unsur 4 + 3 = 7: NRR 3,5, × 25 = 87,50, mutu B (76,61-88,30).
    await expect.poll(() => output(page).textContent()).toMatch(/IKM: 87,50, mutu pelayanan B/);
    await expect(page.locator('#hitung-p-read').textContent()).resolves.toMatch(/2 responden.*baris judul dilewati/);
    await page.close();
  });
});

describe('The IKM and jumlah computations, loaded once the person starts filling in', () => {
  // Their formulas are modules of their own (use-computation.tsx), kept out of what the page loads
  // on arrival (test/site/script-budget.test.ts).
  const IKM_COMPUTATION = /\/_astro\/ikm-computation\.[\w-]+\.js$/;
  const SUM_COMPUTATION = /\/_astro\/sum-computation\.[\w-]+\.js$/;

  /** Opens a page as `openCalculator` does, noting the path of every script it requests. */
  async function openNotingScripts(path: string, block?: RegExp) {
    const page = await site.context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    if (block) await page.route(block, (route) => route.abort());
    await page.goto(site.url + path);
    await page.locator('astro-island').first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    return { page, scripts };
  }

  it('IKM: not with the page; once the paste mode is chosen, and then it computes', async () => {
    const { page, scripts } = await openNotingScripts(IKM);
    expect(scripts.filter((path) => IKM_COMPUTATION.test(path))).toEqual([]);
    await page.getByLabel('Tempel jawaban responden dari lembar kerja').check();
    await expect.poll(() => scripts.filter((path) => IKM_COMPUTATION.test(path)).length).toBe(1);
    // Two respondents answering 4 to every unsur, and one answering 2: each unsur 4 + 4 + 2 = 10,
    // NRR 10 / 3, × 25 = 83,33, mutu B (76,61-88,30).
    await page.getByLabel('Jawaban responden', { exact: true }).fill(['4 '.repeat(9), '4 '.repeat(9), '2 '.repeat(9)].join('\n'));
    await expect.poll(() => output(page).textContent()).toMatch(/IKM: 83,33, mutu pelayanan B/);
    await page.close();
  });

  it('jumlah: not with the page; once an entry is typed, and then it computes', async () => {
    const { page, scripts } = await openNotingScripts(IKU_INVESTASI);
    expect(scripts.filter((path) => SUM_COMPUTATION.test(path))).toEqual([]);
    await page.getByLabel('Entri 1', { exact: true }).fill('1.500.000,50');
    await expect.poll(() => scripts.filter((path) => SUM_COMPUTATION.test(path)).length).toBe(1);
    await expect.poll(() => output(page).textContent()).toMatch(/Realisasi: Rp\s?1\.500\.000,50/);
    await page.close();
  });

  it('a computation that cannot be loaded is said beside the inputs, and what is typed stays', async () => {
    const { page } = await openNotingScripts(IKU_INVESTASI, SUM_COMPUTATION);
    const entry = page.getByLabel('Entri 1', { exact: true });
    await entry.fill('2.000');
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/Penghitungan gagal dimuat/);
    await expect(entry.inputValue()).resolves.toBe('2.000');
    await expect(output(page).textContent()).resolves.not.toMatch(/Realisasi/);
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
