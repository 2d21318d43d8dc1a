/**
 * Workbooks for people who open the open data in Excel (`/data/*.xlsx`), written at build time with
 * exceljs (never shipped to the browser). Every cell is a value: exceljs writes a string as a shared
 * string, never a formula, so a cell that starts with "=" shows as typed. Two builds of the same
 * content give the same bytes: the document's dates are the data's date and every zip entry carries
 * one fixed time.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

/** What the zip entries carry instead of the time of the build: the zip format's own first day. */
const ZIP_ENTRY_DATE = new Date(Date.UTC(1980, 0, 1));

export type WorkbookCell = string | number | boolean | null;

/** A sheet of one table: a bold, frozen, filtered header row and a row per record. */
export function addTable(workbook: ExcelJS.Workbook, name: string, header: readonly string[], rows: readonly WorkbookCell[][], width: number): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((h) => ({ header: h, width }));
  sheet.addRows(rows.map((r) => [...r]));
  sheet.getRow(1).font = { bold: true };
  sheet.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
}

/** A sheet of two columns with bold rows where named: the fields of a table and what they mean. */
export function addNotes(workbook: ExcelJS.Workbook, name: string, rows: readonly string[][], boldRows: readonly number[], widths: [number, number] = [40, 100]): void {
  const notes = workbook.addWorksheet(name);
  notes.columns = widths.map((width) => ({ width }));
  notes.addRows(rows.map((r) => [...r]));
  for (const row of boldRows) notes.getRow(row).font = { bold: true };
  notes.eachRow((row) => {
    row.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** A new workbook whose document dates are the data's date (`YYYY-MM-DD`), not the build's. */
export function newWorkbook(options: { creator: string; title: string; date: string }): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = options.creator;
  workbook.lastModifiedBy = options.creator;
  workbook.title = options.title;
  workbook.created = new Date(`${options.date}T00:00:00Z`);
  workbook.modified = workbook.created;
  return workbook;
}

/** The .xlsx bytes, with every zip entry dated `ZIP_ENTRY_DATE` so that two builds agree. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  zip.forEach((_, entry) => {
    entry.date = ZIP_ENTRY_DATE;
  });
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** An exact decimal's text as a spreadsheet number when a double holds it exactly, else as text. */
export function spreadsheetNumber(text: string): number | string {
  const value = Number(text);
  return Number.isFinite(value) && String(value) === text ? value : text;
}
