/**
 * The MS-Ind of every indicator as the files a data steward receives: /data/ms-ind.csv (UTF-8 without
 * a byte-order mark, like indikator.csv) and /data/ms-ind.xlsx, written at build time with exceljs (never shipped
 * to the browser). Both have the form's fields in the form's order, one row per indicator, and the
 * origin of every value beside them.
 */
import type { Catalogue } from './load';
import { MACHINE_CSV } from './open-data';
import { csvText } from '../domain/csv/write';
import { addNotes, addTable, newWorkbook, workbookBytes } from './workbook';
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
  return csvText(header, records.map((r) => [...values(r), ...origins(r)]), MACHINE_CSV);
}

/** The workbook's sheets, as its readers find them. */
export const MS_IND_SHEETS = { isian: 'MS-Ind', asal: 'Asal nilai', keterangan: 'Keterangan' } as const;

/**
 * The workbook: "MS-Ind" holds the form (header in the form's order, a row per indicator), "Asal
 * nilai" the origin of each value in the same places, "Keterangan" what the origins mean and where
 * each field comes from.
 */
export async function msIndWorkbook(records: readonly MsIndRecord[], office: Catalogue['office'], date: string): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = newWorkbook({ creator: `Katalog Indikator Kinerja ${officeShortName(office)}`, title: 'Metadata Statistik Indikator (MS-Ind)', date });

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
  addNotes(
    workbook,
    MS_IND_SHEETS.keterangan,
    [
      ['Metadata Statistik Indikator (MS-Ind)', `Diisi dari ${decreeTitle(office)} oleh Katalog Indikator Kinerja ${officeShortName(office)}.`],
      [],
      ['Asal isian', 'Arti'],
      ['keputusan', `Teks keputusan, kata demi kata (${ASAL_LABEL.keputusan}).`],
      ['situs', `Bacaan situs atas katalog, bukan teks keputusan (${ASAL_LABEL.situs}); periksa sebelum dikirim.`],
      ['kosong', 'Katalog tidak dapat mengisinya; dibiarkan kosong, tidak dikarang.'],
      [],
      ['Kolom', 'Sumber isian'],
      ...MS_IND_FIELDS.map((f) => [msIndHeading(f), f.description]),
    ],
    [1, 3, 8],
  );
  return workbookBytes(workbook);
}
