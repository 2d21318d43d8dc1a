/**
 * The MS-Ind of every indicator as the files a data steward receives: /data/ms-ind.csv (UTF-8 with
 * BOM, like indikator.csv) and /data/ms-ind.xlsx, written at build time with exceljs (never shipped
 * to the browser). Both have the form's fields in the form's order, one row per indicator, and the
 * origin of every value beside them.
 */
import ExcelJS from 'exceljs';
import type { Catalogue } from './load';
import { csvCell } from './open-data';
import { decreeTitle, officeShortName } from './office';
import { ASAL_LABEL, MS_IND_FIELDS, msInd, msIndCell, msIndHeading, msIndOriginHeading, type Asal, type MsIndRecord } from './ms-ind';

/** The MS-Ind of every indicator, in the decree's order. */
export function catalogueMsInd(catalogue: Pick<Catalogue, 'indicators' | 'office'>): MsIndRecord[] {
  return catalogue.indicators.map((i) => msInd({ body: i.entry.body, data: i.data, office: catalogue.office }));
}

const values = (record: MsIndRecord): string[] => MS_IND_FIELDS.map((f) => msIndCell(record[f.key]));
const origins = (record: MsIndRecord): Asal[] => MS_IND_FIELDS.map((f) => record[f.key].asal);

/** The CSV: the form's columns, then one "Asal: ..." column per field; a line per builder in a cell. */
export function msIndCsv(records: readonly MsIndRecord[]): string {
  const header = [...MS_IND_FIELDS.map(msIndHeading), ...MS_IND_FIELDS.map(msIndOriginHeading)];
  const rows = [header, ...records.map((r) => [...values(r), ...origins(r)])];
  // The same RFC 4180 fields, byte-order mark and CRLF line ends as indikator.csv (open-data.ts).
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The workbook's sheets, as its readers find them. */
export const MS_IND_SHEETS = { isian: 'MS-Ind', asal: 'Asal nilai', keterangan: 'Keterangan' } as const;

function addTable(workbook: ExcelJS.Workbook, name: string, header: string[], rows: (string | null)[][], width: number): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ header: h, width }));
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

/**
 * The workbook: "MS-Ind" holds the form (header in the form's order, a row per indicator), "Asal
 * nilai" the origin of each value in the same places, "Keterangan" what the origins mean and where
 * each field comes from.
 */
export async function msIndWorkbook(records: readonly MsIndRecord[], office: Catalogue['office']): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `Katalog Indikator Kinerja ${officeShortName(office)}`;
  workbook.title = 'Metadata Statistik Indikator (MS-Ind)';

  // A blank value is an empty cell, not an empty text, so that the steward's blanks count as blank.
  const cells = (record: MsIndRecord) => MS_IND_FIELDS.map((f) => (record[f.key].asal === 'kosong' ? null : msIndCell(record[f.key])));
  addTable(workbook, MS_IND_SHEETS.isian, MS_IND_FIELDS.map(msIndHeading), records.map(cells), 32);
  addTable(
    workbook,
    MS_IND_SHEETS.asal,
    [msIndHeading(MS_IND_FIELDS[0]), ...MS_IND_FIELDS.map(msIndOriginHeading)],
    records.map((r) => [msIndCell(r.namaIndikator), ...origins(r)]),
    20,
  );

  const notes = workbook.addWorksheet(MS_IND_SHEETS.keterangan);
  notes.columns = [{ width: 40 }, { width: 100 }];
  notes.addRows([
    ['Metadata Statistik Indikator (MS-Ind)', `Diisi dari ${decreeTitle(office)} oleh Katalog Indikator Kinerja ${officeShortName(office)}.`],
    [],
    ['Asal isian', 'Arti'],
    ['keputusan', `Teks keputusan, kata demi kata (${ASAL_LABEL.keputusan}).`],
    ['situs', `Bacaan situs atas katalog, bukan teks keputusan (${ASAL_LABEL.situs}); periksa sebelum dikirim.`],
    ['kosong', 'Katalog tidak dapat mengisinya; dibiarkan kosong, tidak dikarang.'],
    [],
    ['Kolom', 'Sumber isian'],
    ...MS_IND_FIELDS.map((f) => [msIndHeading(f), f.description]),
  ]);
  for (const row of [1, 3, 8]) notes.getRow(row).font = { bold: true };
  notes.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });

  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
