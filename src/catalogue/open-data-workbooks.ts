/**
 * The indicators and the published figures as workbooks for Excel users (`/data/indikator.xlsx`,
 * `/data/capaian.xlsx`): the same columns and rows as the machine CSV files, and a sheet that says
 * what each column means. Numbers are spreadsheet numbers, text is text (`workbook.ts`).
 */
import type { Office } from './load';
import { CAPAIAN_FIELDS, type CapaianRecord, capaianCell } from './measurement-open-data';
import { OPEN_DATA_FIELDS, type FieldSpec, type OpenDataRecord, recordCell } from './open-data';
import { officeShortName } from './office';
import { type WorkbookCell, addNotes, addTable, newWorkbook, spreadsheetNumber, workbookBytes } from './workbook';
import type { CsvCellValue } from '../domain/csv/write';

/** The sheets of both workbooks: the table, then what its columns mean. */
export const DATA_SHEETS = { data: 'Data', keterangan: 'Keterangan' } as const;

function cell(value: CsvCellValue): WorkbookCell {
  if (value === undefined) return null;
  return value !== null && typeof value === 'object' ? spreadsheetNumber(value.number) : value;
}

async function tableWorkbook(title: string, office: Office, date: string, fields: readonly FieldSpec[], rows: WorkbookCell[][]) {
  const workbook = newWorkbook({ creator: `Katalog Indikator Kinerja ${officeShortName(office)}`, title, date });
  addTable(workbook, DATA_SHEETS.data, fields.map((f) => f.name), rows, 24);
  addNotes(workbook, DATA_SHEETS.keterangan, [[title, `Katalog Indikator Kinerja ${officeShortName(office)}, data per ${date}.`], [], ['Kolom', 'Arti'], ...fields.map((f) => [f.name, `${f.title}: ${f.description}`])], [1, 3]);
  return workbookBytes(workbook);
}

export function indicatorsWorkbook(records: readonly OpenDataRecord[], office: Office, date: string) {
  const rows = records.map((r) => OPEN_DATA_FIELDS.map((f) => cell(recordCell(r[f.name]))));
  return tableWorkbook('Indikator kinerja', office, date, OPEN_DATA_FIELDS, rows);
}

export function capaianWorkbook(records: readonly CapaianRecord[], office: Office, date: string) {
  const rows = records.map((r) => CAPAIAN_FIELDS.map((f) => cell(capaianCell(r[f.name]))));
  return tableWorkbook('Target, realisasi dan capaian', office, date, CAPAIAN_FIELDS, rows);
}
