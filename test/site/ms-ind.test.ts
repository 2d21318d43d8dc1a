// The MS-Ind files and pages of the built site: the workbook read back with exceljs, the CSV read
// with csv-parse and compared with it, the data package's entries, and an indicator's MS-Ind page
// with the origin of each value.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { MS_IND_FIELDS, msIndHeading, msIndOriginHeading, type MsIndKey } from '../../src/catalogue/ms-ind';
import { builtRecords } from '../support/records';
import { distDir, distFile } from '../support/dist';

const records = builtRecords();
const HEADINGS = MS_IND_FIELDS.map(msIndHeading);
const ORIGIN_HEADINGS = MS_IND_FIELDS.map(msIndOriginHeading);
const column = (key: MsIndKey) => MS_IND_FIELDS.findIndex((f) => f.key === key);

/** A sheet's rows as text, header first (exceljs numbers rows and cells from 1). */
function sheetRows(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: sheet.columnCount }, (_, i) => row.getCell(i + 1).text));
  });
  return rows;
}

let workbook: ExcelJS.Workbook;
beforeAll(async () => {
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(readFileSync(join(distDir, 'data/ms-ind.xlsx'))).buffer);
});

describe('/data/ms-ind.xlsx', () => {
  it('holds the form, the origins and their explanation', () => {
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['MS-Ind', 'Asal nilai', 'Keterangan']);
  });

  it('has a header in the form\'s order and one row per indicator, in the decree\'s order', () => {
    const rows = sheetRows(workbook.getWorksheet('MS-Ind')!);
    expect(rows).toHaveLength(48 + 1);
    expect(rows[0]).toEqual(HEADINGS);
    expect(rows[0]!.slice(0, 9)).toEqual([
      'Nama Indikator',
      'Konsep',
      'Definisi',
      'Interpretasi',
      'Metode/Rumus Penghitungan',
      'Ukuran',
      'Satuan',
      'Klasifikasi Penyajian',
      'Apakah Indikator Komposit?',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(records.map((r) => r.indikator));
  });

  it('fills cells from the decree: Lampiran I NO 1, "Nilai Realisasi Investasi"', () => {
    const sheet = workbook.getWorksheet('MS-Ind')!;
    expect(sheet.getCell('A2').text).toBe('Nilai Realisasi Investasi');
    // The decree's "Makna" of this indicator, column 4 of Lampiran I.
    expect(sheet.getRow(2).getCell(column('definisi') + 1).text).toBe('Realisasi Investasi Penanaman Modal Dalam Negeri (PMDN)');
    expect(sheet.getRow(2).getCell(column('kegiatanPenghasil') + 1).text).toBe('Laporan Kegiatan Penanaman Modal (LKPM)');
    // The decree gives no concept: the cell is left empty, not filled with an empty text.
    expect(sheet.getRow(2).getCell(column('konsep') + 1).type).toBe(ExcelJS.ValueType.Null);
    const origins = workbook.getWorksheet('Asal nilai')!;
    expect(origins.getRow(2).getCell(1 + column('definisi') + 1).text).toBe('keputusan');
    expect(origins.getRow(2).getCell(1 + column('ukuran') + 1).text).toBe('situs');
    expect(origins.getRow(2).getCell(1 + column('konsep') + 1).text).toBe('kosong');
  });
});

describe('/data/ms-ind.csv', () => {
  const text = distFile('data/ms-ind.csv');
  const rows: string[][] = parse(text);

  it('has no byte-order mark, like indikator.csv (a file for machines; Excel users get ms-ind.xlsx)', () => {
    expect(text.charCodeAt(0)).toBe('N'.charCodeAt(0));
  });

  it('has the form\'s columns, then the origin of each, and 48 rows', () => {
    expect(rows[0]).toEqual([...HEADINGS, ...ORIGIN_HEADINGS]);
    expect(rows).toHaveLength(48 + 1);
  });

  it('holds exactly the workbook\'s values and origins', () => {
    const values = sheetRows(workbook.getWorksheet('MS-Ind')!);
    const origins = sheetRows(workbook.getWorksheet('Asal nilai')!);
    expect(rows.map((r) => r.slice(0, HEADINGS.length))).toEqual(values);
    expect(rows.slice(1).map((r) => [r[0], ...r.slice(HEADINGS.length)])).toEqual(origins.slice(1));
  });

  it('marks every value with one of the three origins, and leaves a blank only where it says kosong', () => {
    for (const row of rows.slice(1)) {
      HEADINGS.forEach((_, i) => {
        const origin = row[HEADINGS.length + i];
        expect(['keputusan', 'situs', 'kosong']).toContain(origin);
        expect(row[i] === '').toBe(origin === 'kosong');
      });
    }
  });
});

describe('/data/datapackage.json', () => {
  const pkg = JSON.parse(distFile('data/datapackage.json'));
  it('describes ms-ind.csv and ms-ind.xlsx with their columns', () => {
    const csv = pkg.resources.find((r: { path: string }) => r.path === 'ms-ind.csv');
    expect(csv.schema.fields.map((f: { name: string }) => f.name)).toEqual([...HEADINGS, ...ORIGIN_HEADINGS]);
    const xlsx = pkg.resources.find((r: { path: string }) => r.path === 'ms-ind.xlsx');
    expect(xlsx.mediatype).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    // A workbook is a plain resource: the Table Schema describes CSV (the same columns as ms-ind.csv).
    expect(xlsx.profile).toBe('data-resource');
  });
});

describe('the MS-Ind pages', () => {
  // Lampiran I NO 4: the decree writes its formula and data source; the site reads its unit.
  const html = distFile('indikator/presentase-tenaga-kerja-yang-terlindungi/ms-ind/index.html');
  const cell = (key: MsIndKey) => new RegExp(`<tr data-ms-ind="${key}"[^>]*>(.*?)</tr>`, 's').exec(html)?.[1] ?? '';

  it('marks each value with its origin: the decree, the site\'s reading, or blank', () => {
    expect(cell('metode')).toContain('Jumlah Peserta BPJS Ketenagakerjaan/ Jumlah Tenaga Kerja Terdaftar (PU atau BPU) x 100%');
    expect(cell('metode')).toMatch(/class="asal asal--keputusan"[^>]*>menurut keputusan</);
    expect(cell('ukuran')).toMatch(/>Persentase<.*class="asal asal--situs"[^>]*>bacaan situs</s);
    expect(cell('konsep')).toMatch(/<span aria-hidden="true"[^>]*>—<\/span><span class="visually-hidden"[^>]*>kosong<\/span>/);
    expect(cell('konsep')).not.toContain('class="asal');
  });

  it('has one page per indicator, linked from the indicator page and left out of search', () => {
    for (const r of records) {
      const page = distFile(join(r.url, 'ms-ind/index.html'));
      expect(page).not.toContain('data-pagefind-body');
      expect(distFile(join(r.url, 'index.html'))).toContain(`href="${r.url}ms-ind/">Metadata MS-Ind</a>`);
    }
  });

  it('the open-data page links both files', () => {
    const data = distFile('data/index.html');
    expect(data).toContain('href="/data/ms-ind.xlsx"');
    expect(data).toContain('href="/data/ms-ind.csv"');
  });

  it('ships no workbook code to the browser', () => {
    const scripts = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
    for (const f of scripts) expect(distFile(join('_astro', f))).not.toMatch(/exceljs|spreadsheetml/i);
  });
});
