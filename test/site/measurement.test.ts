// Published figures end to end. The real content publishes none, so its pages say so. A copy of the
// real content with the fixture years (test/fixtures/capaian/) builds into indicator sections,
// year tables, charts and open data that show the figures computed by hand below, and those pages
// pass axe (both themes) and the W3C HTML checker. A bad CSV fails a build naming file:line:column.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CAPAIAN_FIELDS } from '../../src/catalogue/measurement-open-data';
import { projectRoot, runAstroBuild } from '../support/astro-build';
import { openSite, type Site } from '../support/browser';
import { auditPage, CLEAN_PAGE } from '../support/page-audit';
import { distFile } from '../support/dist';
import { vnuErrors } from '../support/static-checks';

const work = mkdtempSync(join(tmpdir(), 'katalog-capaian-'));
const fixtureDist = join(work, 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Text of an HTML fragment with tags dropped and spaces collapsed, for reading table rows. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ').trim();
const fixturePage = (path: string) => readFileSync(join(fixtureDist, path, 'index.html'), 'utf8');
/** The text of each row of the first table in `html` that follows `marker`. */
function tableRows(html: string, marker = '<table'): string[] {
  const table = html.slice(html.indexOf(marker)).split('</table>')[0]!;
  return [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => text(m[1]!));
}

describe('the real content, which publishes no figures', () => {
  it('says so on an indicator page and on /capaian/', () => {
    expect(text(distFile('indikator/nilai-realisasi-investasi/index.html'))).toContain(
      'Target dan realisasi Belum ada target dan realisasi indikator ini yang diterbitkan.',
    );
    expect(text(distFile('capaian/index.html'))).toContain('Belum ada target dan realisasi yang diterbitkan.');
  });

  it('publishes open data with the header only', () => {
    expect(distFile('data/capaian.csv')).toBe(`${CAPAIAN_FIELDS.map((f) => f.name).join(',')}\r\n`);
    expect(JSON.parse(distFile('data/capaian.json'))).toEqual([]);
    const pkg = JSON.parse(distFile('data/datapackage.json'));
    const resource = pkg.resources.find((r: { path: string }) => r.path === 'capaian.csv');
    expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(CAPAIAN_FIELDS.map((f) => f.name));
    expect(resource.schema.primaryKey).toEqual(['indikator', 'tahun', 'periode']);
  });

  it('lists "Target dan realisasi" under "Di halaman ini"', () => {
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(distFile('indikator/nilai-realisasi-investasi/index.html'))![0];
    expect(toc).toContain('<a href="#target-realisasi">Target dan realisasi</a>');
  });
});

describe('a fixture year with figures', () => {
  beforeAll(async () => {
    const content = join(work, 'content');
    cpSync(join(projectRoot, 'content'), content, { recursive: true });
    cpSync(join(projectRoot, 'test/fixtures/capaian'), join(content, 'capaian'), { recursive: true });
    const result = await runAstroBuild({ contentDir: content, outDir: fixtureDist, env: { KATALOG_CACHE_DIR: join(work, 'cache') } });
    expect(result.code, result.output).toBe(0);
  });

  it('shows an indicator’s table with the hand-computed figures', () => {
    const rows = tableRows(fixturePage('indikator/persentase-pelaku-usaha-yang-menyampaikan-lkpm'), 'id="tabel-capaian"');
    expect(rows).toEqual([
      'Tahun Periode Target Realisasi Capaian Kategori Sumber',
      '2024 Triwulan I — 75% dihitung: 30 / 40 — — Rekap LKPM TW1', // 30 / 40 × 100 = 75%
      'Triwulan II — 90% — — Rekap LKPM TW2', // written; 45 / 50 × 100 = 90% agrees
      'Triwulan III — 66,67% dihitung: 20 / 30 — — Rekap LKPM TW3', // 66,666...% -> 66,67%
      'Triwulan IV — 62,5% dihitung: 50 / 80 — — Rekap LKPM TW4',
      // 145 / 200 × 100 = 72,5% (not the mean 73,54%); 72,5 / 80 × 100 = 90,625 -> 90,63%: Baik (< 91)
      'Tahunan 80% 72,5% diturunkan dari TW1, TW2, TW3, TW4: (30 + 45 + 20 + 50) / (40 + 50 + 30 + 80) × 100% 90,63% Baik Perjanjian Kinerja 2024',
    ]);
  });

  it('sums Rupiah quarters by the decree’s own rule, and says so', () => {
    const html = fixturePage('indikator/nilai-realisasi-investasi');
    const rows = tableRows(html, 'id="tabel-capaian"');
    // 2023: 9.000.000.000 / 8.000.000.000 × 100 = 112,5%
    expect(rows[1]).toBe('2023 Tahunan Rp 8.000.000.000 Rp 9.000.000.000 112,5% Sangat Baik LKjIP 2023');
    // 2024: 1.000.000.000 + 2.500.000.000 + 1.750.000.000 = 5.250.000.000; / 10.000.000.000 = 52,5% (> 50: Kurang)
    expect(rows.at(-1)).toBe('Tahunan Rp 10.000.000.000 Rp 5.250.000.000 diturunkan dari TW1, TW2, TW3: jumlah TW1 + TW2 + TW3 52,5% Kurang Perjanjian Kinerja 2024');
    expect(text(html)).toContain('Aturan ini menurut keputusan: “dijumlahkan dalam satuan Rupiah (Rp) dalam kurun waktu 1 (satu) tahun”.');
  });

  it('takes the last quarter of a stock count, labelled as the site’s proposal', () => {
    const html = fixturePage('indikator/jumlah-layanan-perizinan-dan-non-perizinan-yang-terintegrasi');
    // TW2 12, TW4 15: the year is 15; 15 / 20 × 100 = 75% (>= 66 and < 76: Cukup)
    expect(tableRows(html, 'id="tabel-capaian"').at(-1)).toBe('Tahunan 20 15 diturunkan dari TW2, TW4: nilai TW4 75% Cukup Perjanjian Kinerja 2024');
    expect(text(html)).toContain('realisasi tahunan = realisasi triwulan terakhir yang dilaporkan. Aturan ini usulan situs; keputusan tidak menetapkannya.');
  });

  it('uses the written annual figure over the quarters, and keeps partial rows', () => {
    // IKM: written 88,31 wins over TW4's 80; 88,31 / 85 × 100 = 103,894... -> 103,89%
    expect(tableRows(fixturePage('indikator/nilai-survey-ikm-terhadap-pelayanan'), 'id="tabel-capaian"').at(-1)).toBe(
      'Tahunan 85,00 88,31 103,89% Sangat Baik LKjIP 2024',
    );
    // A target without realisasi.
    expect(tableRows(fixturePage('indikator/persentase-pengaduan-yang-terselesaikan'), 'id="tabel-capaian"').at(-1)).toBe(
      '2024 Tahunan 100% — — — Perjanjian Kinerja 2024',
    );
    // A percentage quarter without parts: no annual figure, and the reason.
    expect(tableRows(fixturePage('indikator/persentase-lptks-yang-aktif'), 'id="tabel-capaian"').at(-1)).toBe(
      'Realisasi tahunan tidak dapat dihitung: TW1 tidak memuat pembilang dan penyebut.',
    );
  });

  it('draws the chart at build time from the same figures, with an accessible name and the table as description', () => {
    const html = fixturePage('indikator/nilai-realisasi-investasi');
    const svg = /<svg[^>]*role="img"[\s\S]*?<\/svg>/.exec(html)![0];
    expect(svg).toMatch(/aria-labelledby="tabel-capaian-grafik-judul"/);
    expect(svg).toMatch(/aria-describedby="tabel-capaian"/);
    expect(svg).toContain('<title id="tabel-capaian-grafik-judul">Grafik realisasi tahunan terhadap target, Nilai Realisasi Investasi, 2021–2026</title>');
    // Six years on the axis (the decree's 2021-2026), bars for 2023 and 2024, targets for both.
    expect([...svg.matchAll(/class="year"[^>]*>(\d{4})</g)].map((m) => m[1])).toEqual(['2021', '2022', '2023', '2024', '2025', '2026']);
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(2);
    expect(svg.match(/<circle class="target-point"/g)).toHaveLength(2);
    expect(text(svg)).toContain('Rp 9 miliar');
    expect(text(svg)).toContain('Rp 5,25 miliar');
    expect(html).not.toMatch(/<script[^>]*>[^<]*(d3|chart)/i);
  });

  it('builds the year’s Tabel Pengukuran Kinerja, the Perjanjian Kinerja and the reporting status', () => {
    expect(text(fixturePage('capaian'))).toContain('2023 : Pengukuran Kinerja 2023 , Perjanjian Kinerja 2023 , status pelaporan 2023');
    expect(fixturePage('capaian')).toContain('Pengukuran Kinerja 2023</a>, <a');
    const measured = tableRows(fixturePage('capaian/2024'));
    expect(measured[0]).toBe('No Sasaran Indikator Kinerja Target Realisasi % Capaian Kategori');
    expect(measured).toContain('1 Meningkatnya Realisasi Investasi Daerah Nilai Realisasi Investasi IKU Rp 10.000.000.000 Rp 5.250.000.000 diturunkan dari TW1, TW2, TW3 52,5% Kurang');
    const agreement = tableRows(fixturePage('capaian/2024/perjanjian-kinerja'));
    expect(agreement[0]).toBe('No Sasaran Indikator Kinerja Target');
    // Targets only: eight indicators have an annual target (LKPM, investasi, perizinan, IKM, pengaduan,
    // rasio, tenaga kerja terserap, EoDB); the LPTKS indicator (a quarter only) is left out.
    expect(agreement.filter((row) => /^\d+ /.test(row))).toHaveLength(8);
    expect(agreement.join('\n')).not.toContain('LPTKS');
    const status = text(fixturePage('capaian/2024/status'));
    // LKPM, investasi, perizinan, IKM, rasio, tenaga kerja terserap and EoDB (pengaduan has a target only)
    expect(status).toContain('7 dari 48 indikator memiliki target dan realisasi tahunan 2024.');
    expect(status).toMatch(/Persentase Pengaduan yang terselesaikan belum ada belum ada belum ada belum ada target saja/);
  });

  it('publishes the figures as open data for machines', () => {
    const rows: string[][] = parse(readFileSync(join(fixtureDist, 'data/capaian.csv'), 'utf8'), { record_delimiter: '\r\n' });
    expect(rows[0]).toEqual(CAPAIAN_FIELDS.map((f) => f.name));
    expect(rows).toContainEqual(['nilai-realisasi-investasi', '2024', 'TAHUN', '10000000000', '5250000000', 'rekap', '', '', '52.5', 'Kurang', 'Perjanjian Kinerja 2024', '']);
    expect(rows).toContainEqual(['rasio-persediaan-tenaga-kerja-terhadap-kebutuhan-tenaga-kerja', '2024', 'TAHUN', '1', '1.25', 'tertulis', '150', '120', '125', 'Sangat Baik', 'LKjIP 2024; diolah', '']);
    const json = JSON.parse(readFileSync(join(fixtureDist, 'data/capaian.json'), 'utf8'));
    expect(json).toHaveLength(rows.length - 1);
    expect(json).toContainEqual(expect.objectContaining({ indikator: 'persentase-pelaku-usaha-yang-menyampaikan-lkpm', periode: 'TAHUN', realisasi: 72.5, capaian: 90.63, kategori: 'Baik' }));
    const own = JSON.parse(readFileSync(join(fixtureDist, 'data/indikator/nilai-survey-ikm-terhadap-pelayanan.json'), 'utf8'));
    expect(own.capaian.map((r: { periode: string; realisasi: number }) => [r.periode, r.realisasi])).toEqual([['TW4', 80], ['TAHUN', 88.31]]);
  });

  describe('passes the checkers', () => {
    const PAGES = [
      'capaian/',
      'capaian/2024/',
      'capaian/2024/perjanjian-kinerja/',
      'capaian/2024/status/',
      'indikator/nilai-realisasi-investasi/',
      'indikator/persentase-pelaku-usaha-yang-menyampaikan-lkpm/',
      'indikator/persentase-lptks-yang-aktif/',
    ];

    it('the W3C Nu HTML Checker finds no error', () => {
      const run = vnuErrors(fixtureDist, PAGES);
      expect(run.error).toBeUndefined();
      expect(run.errors).toEqual([]);
      expect(run.status).toBe(0);
    });

    let site: Site;
    beforeAll(async () => {
      site = await openSite({ root: fixtureDist });
    });
    afterAll(() => site?.close());

    it.each(PAGES)('axe finds nothing on /%s in either theme, and it loads cleanly', async (path) => {
      expect(await auditPage(site, path)).toEqual(CLEAN_PAGE);
    });
  });
});

describe('bad measurement content fails the build naming the file and where', () => {
  const INDICATOR = 'indikator/keputusan-contoh/persentase-contoh.mdx';
  it.each([
    {
      name: 'an unknown indicator',
      files: { 'capaian/2024.csv': 'indikator;periode;target\npersentase-contoh;TAHUN;80\nhilang;TAHUN;80\n' },
      says: /capaian\/2024\.csv:3:1 \(indikator\): Indikator “hilang” tidak dikenal/,
    },
    {
      name: 'parts that disagree with realisasi',
      files: { 'capaian/2024.csv': 'indikator;periode;realisasi;pembilang;penyebut\npersentase-contoh;TAHUN;61,7;30;40\n' },
      says: /capaian\/2024\.csv:2:3 \(realisasi\): Realisasi 61,7 tidak sama/, // 30 / 40 × 100 = 75%
    },
    {
      name: 'an annual rule that quotes words the decree does not have',
      edit: (t: string) => t.replace('rumus:\n', 'rekapTahunan:\n  aturan: bagian\n  dasar: dihitung per tahun\nrumus:\n'),
      says: /persentase-contoh\.mdx: rekapTahunan\.dasar must quote the decree text/,
    },
  ])('$name', async ({ name, files = {}, edit, says }) => {
    const content = join(work, `bad-${name.replace(/\W+/g, '-')}`);
    cpSync(join(projectRoot, 'test/fixtures/minimal'), content, { recursive: true });
    mkdirSync(join(content, 'capaian'));
    for (const [file, body] of Object.entries(files)) writeFileSync(join(content, file), body);
    if (edit) writeFileSync(join(content, INDICATOR), edit(readFileSync(join(content, INDICATOR), 'utf8')));
    const result = await runAstroBuild({ contentDir: content, outDir: `${content}-dist`, env: { KATALOG_CACHE_DIR: `${content}-cache` } });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(says);
  });
});
