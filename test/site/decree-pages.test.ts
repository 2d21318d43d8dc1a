// The pages of decrees over time, on the made-up catalogue of test/fixtures/keputusan-berganti (its
// README: decree 1/KPTS/2021, its amendment 2/KPTS/2023, and 3/KPTS/2026 replacing it for 2027-2031,
// which renames one indicator, drops "Jumlah Pelatihan Kerja" and adds "Jumlah Investor Baru"). An
// indicator's history with each changed field's earlier and new words; the page of the dropped
// indicator (its notice, its last text and figures, left out of today's lists, the tree and the
// default search, reachable from "Tidak berlaku lagi" and the search filter); /keputusan/ with each
// decree's status and a page per decree of what it changed; the year pages following the decree
// that governs the year. Every page passes the W3C HTML checker, its links resolve, and the pages
// of decrees over time pass axe in both themes.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstroBuild, type BuildResult } from '../support/astro-build';
import { openSite, type Site } from '../support/browser';
import { auditPage, CLEAN_PAGE } from '../support/page-audit';
import { builtPages } from '../support/site-pages';
import { itPassesStaticChecks } from '../support/static-checks';

const FIXTURE = join(projectRoot, 'test/fixtures/keputusan-berganti');
const work = mkdtempSync(join(tmpdir(), 'katalog-decree-pages-'));
const root = join(work, 'dist');
let build: BuildResult;
let pages: string[] = [];
beforeAll(async () => {
  build = await runAstroBuild({ contentDir: FIXTURE, outDir: root, env: { KATALOG_CACHE_DIR: join(work, 'cache') } });
  if (build.code === 0) pages = builtPages(root);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const RETIRED = 'indikator/jumlah-pelatihan-kerja/';
const documentOf = (path: string): HTMLElement => parse(readFileSync(join(root, path, 'index.html'), 'utf8'));
const mainOf = (path: string) => documentOf(path).querySelector('main')!;
/** The text as it reads: spaces collapsed, and none added between elements (a missing space is a fault). */
const textOf = (element: HTMLElement | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A table row's cells, one space between cells. */
const cellsOf = (row: HTMLElement) => row.querySelectorAll('th, td').map((cell) => textOf(cell)).join(' ');
const linksIn = (element: HTMLElement | null | undefined) => (element?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'));

/** The history's steps: [decree heading, its changes as "field: text with [-removed-] and [+added+]"]. */
function historyOf(path: string): [string, string[]][] {
  return documentOf(path)
    .querySelectorAll('#riwayat ~ ol > li')
    .map((li) => {
      const changes = li.querySelectorAll('dt').map((dt) => {
        const dd = dt.nextElementSibling!.clone() as HTMLElement;
        for (const hidden of dd.querySelectorAll('.visually-hidden')) hidden.remove();
        for (const del of dd.querySelectorAll('del')) del.replaceWith(`[-${del.textContent.trim()}-]`);
        for (const ins of dd.querySelectorAll('ins')) ins.replaceWith(`[+${ins.textContent.trim()}+]`);
        return `${dt.textContent}: ${textOf(dd)}`;
      });
      return [textOf(li.querySelector('h3')), changes];
    });
}

describe('an indicator\'s history', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('lists each decree that set it, and the earlier and new words of each changed field', () => {
    // Decree 2 writes the name in lower case with two spaces; decree 3 renames it (its file says sebelumnya).
    expect(historyOf('indikator/persentase-pengaduan-selesai/')).toEqual([
      ['Keputusan Kepala Dinas Nomor 1/KPTS/2021', []],
      ['Keputusan Kepala Dinas Nomor 2/KPTS/2023', ['Indikator: Persentase [-Pengaduan-][+pengaduan+] yang [-Selesai-][+selesai+]']],
      ['Keputusan Kepala Dinas Nomor 3/KPTS/2026', ['Indikator: Persentase [-pengaduan-][+Pengaduan Masyarakat+] yang [-selesai-][+Selesai+]']],
    ]);
    const section = textOf(mainOf('indikator/persentase-pengaduan-selesai/').querySelector('.history'));
    expect(section).toContain('Tanggal 1 September 2023, periode 2021–2026');
    expect(section).toContain('Tanggal 1 Desember 2026, periode 2027–2031');
    expect(section).toContain('kata yang dihapus dicoret dan kata yang ditambahkan digarisbawahi');
  });

  it('announces removed and added words in words, not by their style alone', () => {
    const del = mainOf('indikator/persentase-pengaduan-selesai/').querySelector('.word-diff del')!;
    expect(textOf(del)).toBe('[dihapus: Pengaduan]');
    expect(del.querySelector('.visually-hidden')).not.toBeNull();
  });

  it('shows a single decree in one sentence', () => {
    const section = mainOf('indikator/jumlah-investor-baru/').querySelector('.history')!;
    expect(textOf(section.querySelector('p'))).toBe(
      'Ditetapkan oleh Keputusan Kepala Dinas Nomor 3/KPTS/2026 tanggal 1 Desember 2026, periode 2027–2031; belum diubah oleh keputusan lain. Lihat semua keputusan.',
    );
    expect(section.querySelector('ol')).toBeNull();
  });
});

describe("an indicator's figures over decrees", () => {
  it('the chart spans every year of every decree that held it: 2021-2026 and 2027-2031', () => {
    // Figures of 2024 (decree 2) and 2027 (decree 3); the axis runs from decree 1's first year to decree 3's last.
    const years = documentOf('indikator/persentase-pengaduan-selesai/').querySelectorAll('.capaian-chart text.year').map((t) => t.textContent.trim());
    expect(years).toEqual(['2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029', '2030', '2031']);
  });
});

describe('an indicator no longer in force', () => {
  it('keeps its page, saying since which decree it is no longer in force', () => {
    const notice = textOf(mainOf(RETIRED).querySelector('.retired-notice'));
    expect(textOf(mainOf(RETIRED).querySelector('.retired-notice p'))).toBe('Indikator ini tidak berlaku lagi');
    expect(notice).toContain('Sejak Keputusan Kepala Dinas Nomor 3/KPTS/2026 tanggal 1 Desember 2026');
    expect(historyOf(RETIRED)).toEqual([
      ['Keputusan Kepala Dinas Nomor 1/KPTS/2021', []],
      ['Keputusan Kepala Dinas Nomor 2/KPTS/2023', ['NO: [-2-][+3+]', 'Sumber data: Laporan [+Pelatihan+]Contoh']],
      ['Keputusan Kepala Dinas Nomor 3/KPTS/2026', []],
    ]);
    expect(textOf(mainOf(RETIRED).querySelector('.history li:last-child'))).toContain('Tidak memuat indikator ini lagi.');
  });

  it('keeps its last text (decree 2\'s) and its published figures (capaian/2022.csv and 2024.csv)', () => {
    const main = mainOf(RETIRED);
    expect(textOf(main.querySelector('.facts'))).toContain('Laporan Pelatihan Contoh');
    expect(textOf(main)).toContain('Lampiran II, tabel 1, NO 3');
    const rows = main.querySelectorAll('#tabel-capaian tbody tr').map(cellsOf);
    // 12 / 10 = 120%, 11 / 12 = 91,67%.
    expect(rows).toEqual(['2022 Tahunan 10 12 120% Sangat Baik —', '2024 Tahunan 12 11 91,67% Sangat Baik —']);
  });

  it('is marked for search as no longer in force, the others as in force', () => {
    expect(documentOf(RETIRED).querySelector('article')!.getAttribute('data-pagefind-filter')).toBe('keberlakuan:Tidak berlaku lagi');
    expect(documentOf('indikator/jumlah-investor-baru/').querySelector('article')!.getAttribute('data-pagefind-filter')).toBe('keberlakuan:Berlaku');
  });

  it('is left out of today\'s lists and the tree, and listed under "Tidak berlaku lagi"', () => {
    const href = `/${RETIRED}`;
    const list = mainOf('indikator/');
    const part = list.querySelector('#tidak-berlaku-lagi')!.parentNode as HTMLElement;
    expect(linksIn(part)).toContain(href);
    expect(textOf(part)).toContain('Jumlah Pelatihan Kerja (tidak berlaku lagi sejak Keputusan Nomor 3/KPTS/2026, 1 Desember 2026; terakhir Lampiran II, tabel 1, NO 3 Keputusan Nomor 2/KPTS/2023)');
    part.remove();
    expect(linksIn(list)).not.toContain(href);
    for (const path of ['unit/bidang-layanan/', 'pohon-kinerja/', 'manual/', '']) expect(linksIn(mainOf(path)), path).not.toContain(href);
    expect(textOf(mainOf('indikator/'))).toContain('Menurut Keputusan Kepala Dinas Nomor 3/KPTS/2026, berlaku sejak 1 Desember 2026.');
  });
});

describe('the decrees', () => {
  it('/keputusan/ lists every decree with its status and relation', () => {
    const rows = mainOf('keputusan/').querySelectorAll('.decree-list tbody tr').map(cellsOf);
    expect(rows).toEqual([
      'Keputusan Kepala Dinas Nomor 3/KPTS/2026 1 Desember 2026 2027–2031 Berlaku Mencabut Nomor 2/KPTS/2023',
      'Keputusan Kepala Dinas Nomor 2/KPTS/2023 1 September 2023 2021–2026 Dicabut dengan Nomor 3/KPTS/2026 Mengubah Nomor 1/KPTS/2021',
      'Keputusan Kepala Dinas Nomor 1/KPTS/2021 1 Maret 2021 2021–2026 Diubah dengan Nomor 2/KPTS/2023 —',
    ]);
  });

  /** A decree page's parts: [heading, the indicators listed with their notes]. */
  const changesOf = (id: string) =>
    mainOf(`keputusan/${id}/`)
      .querySelectorAll('#perubahan ~ section')
      .map((s) => [textOf(s.querySelector('h3')), s.querySelectorAll('li').map((li) => `${textOf(li)} ${li.querySelector('a')!.getAttribute('href')}`)]);

  it('each decree\'s page says what it changed against the one before', () => {
    expect(changesOf('keputusan-3-2026')).toEqual([
      ['Indikator yang ditambahkan (1)', ['Jumlah Investor Baru /indikator/jumlah-investor-baru/']],
      ['Indikator yang tidak dimuat lagi (1)', ['Jumlah Pelatihan Kerja /indikator/jumlah-pelatihan-kerja/']],
      ['Indikator yang diubah (1)', ['Persentase Pengaduan Masyarakat yang Selesai (berubah: Indikator) /indikator/persentase-pengaduan-selesai/']],
    ]);
    expect(changesOf('keputusan-2-2023')).toEqual([
      ['Indikator yang ditambahkan (0)', []],
      ['Indikator yang tidak dimuat lagi (0)', []],
      ['Indikator yang diubah (2)', [
        'Persentase Pengaduan Masyarakat yang Selesai (berubah: Indikator) /indikator/persentase-pengaduan-selesai/',
        'Jumlah Pelatihan Kerja (berubah: NO, Sumber data) /indikator/jumlah-pelatihan-kerja/',
      ]],
    ]);
    expect(textOf(mainOf('keputusan/keputusan-1-2021/').querySelector('#perubahan')!.parentNode as HTMLElement)).toContain(
      'Keputusan ini tidak mengubah atau mencabut keputusan lain',
    );
  });

  it('each decree\'s page keeps the decree\'s own record and status', () => {
    const main = mainOf('keputusan/keputusan-2-2023/');
    const facts = Object.fromEntries(main.querySelectorAll('.facts dt').map((dt) => [textOf(dt), textOf(dt.nextElementSibling)]));
    expect(facts).toMatchObject({
      Status: 'Dicabut dengan Keputusan Kepala Dinas Nomor 3/KPTS/2026',
      Mengubah: 'Keputusan Kepala Dinas Nomor 1/KPTS/2021 tentang Indikator Kinerja Dinas Contoh Tahun 2021-2026',
      Periode: '2021–2026',
    });
    const page = textOf(main);
    for (const part of ['Menimbang', 'Mengingat', 'Memperhatikan', 'Memutuskan', 'Lampiran', 'Penandatangan']) expect(page).toContain(part);
  });
});

describe('the pages of a year follow the decree that governs it', () => {
  const indicatorsOf = (path: string) => mainOf(path).querySelectorAll('tbody a[href^="/indikator/"]').map((a) => textOf(a));

  it.each([
    // 2022: decree 1 (in force from March 2021); 2024: its amendment, decree 2; 2027: decree 3, which dropped Pelatihan.
    ['capaian/2022/', 'Tahun 2022 diatur oleh Keputusan Kepala Dinas Nomor 1/KPTS/2021, berlaku sejak 1 Maret 2021.', ['Persentase Layanan yang Selesai', 'Jumlah Pelatihan Kerja']],
    ['capaian/2024/', 'Tahun 2024 diatur oleh Keputusan Kepala Dinas Nomor 2/KPTS/2023, berlaku sejak 1 September 2023.', ['Persentase pengaduan yang selesai', 'Jumlah Pelatihan Kerja']],
    ['capaian/2024/perjanjian-kinerja/', 'Tahun 2024 diatur oleh Keputusan Kepala Dinas Nomor 2/KPTS/2023', ['Persentase pengaduan yang selesai', 'Jumlah Pelatihan Kerja']],
    ['capaian/2027/', 'Tahun 2027 diatur oleh Keputusan Kepala Dinas Nomor 3/KPTS/2026, berlaku sejak 1 Desember 2026.', ['Persentase Pengaduan Masyarakat yang Selesai', 'Jumlah Investor Baru']],
  ])('%s', (path, says, indicators) => {
    expect(textOf(mainOf(path).querySelector('.decree-note'))).toContain(says);
    expect(indicatorsOf(path)).toEqual(indicators);
  });

  it('the reporting status of 2024 counts decree 2\'s three indicators', () => {
    expect(textOf(mainOf('capaian/2024/status/'))).toContain('2 dari 3 indikator memiliki target dan realisasi tahunan 2024');
  });
});

describe('the catalogue of three decrees passes the static checks', () => {
  itPassesStaticChecks(() => ({ root, pages }));
});

describe('the catalogue of three decrees in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite({ root });
  });
  afterAll(() => site?.close());

  it.each([
    'keputusan/',
    'keputusan/keputusan-2-2023/',
    'keputusan/keputusan-3-2026/',
    RETIRED,
    'indikator/persentase-pengaduan-selesai/',
    'indikator/',
    'capaian/2024/',
    'cari/',
  ])('%s loads cleanly and passes axe in both themes', async (path) => {
    expect(await auditPage(site, path)).toEqual(CLEAN_PAGE);
  });

  async function search(page: Page, query: string, scope?: string): Promise<string[]> {
    await page.goto(`${site.url}cari/?q=${encodeURIComponent(query)}${scope ? `&keberlakuan=${scope}` : ''}`);
    await page.waitForFunction(() => /hasil untuk|Tidak ada hasil/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    return page.locator('[data-search-results] li h2 a').allTextContents();
  }

  it('search shows indicators no longer in force only when asked for', async () => {
    const page = await site.context.newPage();
    try {
      // "Pelatihan" stands only in the dropped indicator's page.
      expect(await search(page, 'pelatihan')).toEqual([]);
      expect(await search(page, 'pelatihan', 'semua')).toEqual(['Jumlah Pelatihan Kerja']);
      expect(await search(page, 'pelatihan', 'tidak-berlaku')).toEqual(['Jumlah Pelatihan Kerja']);
      // "Selesai" stands in two indicators in force, and none no longer in force.
      expect((await search(page, 'selesai')).sort()).toEqual(['Persentase Layanan yang Selesai', 'Persentase Pengaduan Masyarakat yang Selesai']);
      expect(await search(page, 'selesai', 'tidak-berlaku')).toEqual([]);
      await expect.poll(() => page.locator('input[name=keberlakuan][value=tidak-berlaku]').isChecked()).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('the header box shows only indicators in force', async () => {
    const page = await site.context.newPage();
    try {
      await page.goto(`${site.url}istilah/`);
      const box = page.locator('header input[type=search]');
      await box.fill('pelatihan');
      await expect.poll(() => page.locator('[data-site-search-status]').textContent()).toMatch(/Tidak ada hasil/);
      await box.fill('investor');
      await expect.poll(() => page.locator('[data-site-search-popup] [role=option]').allTextContents()).toEqual([expect.stringContaining('Jumlah Investor Baru')]);
    } finally {
      await page.close();
    }
  });
});
