/**
 * Reading a decree table saved from Excel as CSV (Indonesian settings: `;` between cells, UTF-8,
 * perhaps with a byte-order mark). The header row names the decree's own columns, in any case and
 * order; every later row becomes a `TableRow` that remembers its line in the file.
 */
import type { Info } from 'csv-parse';
import { parse } from 'csv-parse/sync';

/** The decree's column headings, as the header row must name them (case does not matter). */
export const COLUMNS = {
  lampiran: 'LAMPIRAN',
  tabel: 'TABEL',
  nomor: 'NO',
  sasaran: 'SASARAN',
  indikator: 'INDIKATOR KINERJA',
  penjelasan: 'MAKNA, ALASAN PEMILIHAN, PERHITUNGAN ATAU PENJELASAN',
  penanggungJawab: 'PENANGGUNG JAWAB',
  sumberData: 'SUMBER DATA',
} as const;

export type Column = keyof typeof COLUMNS;

export interface TableRow {
  /** The line of the file where the row starts (the header is line 1). */
  line: number;
  cells: Record<Column, string>;
}

/** A problem in the file; line 0 is the file as a whole. */
export interface ImportProblem {
  line: number;
  message: string;
}

export interface Table {
  rows: TableRow[];
  problems: ImportProblem[];
}

const normalizeHeading = (text: string) => text.replace(/\s+/g, ' ').trim().toUpperCase();

/** Turns the file's bytes into text, refusing anything that is not UTF-8 (Excel's "CSV" is ANSI). */
export function decodeTable(bytes: Uint8Array): string | ImportProblem {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      line: 0,
      message: 'Berkas bukan UTF-8. Di Excel, simpan dengan "Save as type: CSV UTF-8 (Comma delimited) (*.csv)".',
    };
  }
}

/** Reads the table: its header row, then one `TableRow` per non-empty row. */
export function readTable(text: string): Table {
  let records: { record: string[]; info: Info }[];
  try {
    // With `info: true` each record comes with its position; csv-parse's types do not say so.
    const options = { delimiter: ';', bom: true, info: true, relax_column_count: true, relax_quotes: true };
    records = parse(text, options) as unknown as typeof records;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? 0;
    return { rows: [], problems: [{ line, message: `CSV tidak terbaca: ${(error as Error).message}` }] };
  }
  const [header, ...body] = records;
  if (!header) return { rows: [], problems: [{ line: 0, message: 'Berkas kosong: tidak ada baris judul kolom.' }] };

  const headings = header.record.map(normalizeHeading);
  const index = {} as Record<Column, number>;
  const missing: string[] = [];
  for (const [column, heading] of Object.entries(COLUMNS) as [Column, string][]) {
    index[column] = headings.indexOf(heading);
    if (index[column] === -1) missing.push(heading);
  }
  if (missing.length > 0) {
    const problem = `Baris judul tidak memuat kolom ${missing.map((m) => `"${m}"`).join(', ')}. Judul yang diharapkan: ${Object.values(COLUMNS).join(';')}`;
    return { rows: [], problems: [{ line: 1, message: problem }] };
  }

  const rows: TableRow[] = [];
  // csv-parse reports the line where each record ends; the next one starts on the line after.
  let line = header.info.lines + 1;
  for (const { record, info } of body) {
    const cells = {} as Record<Column, string>;
    for (const column of Object.keys(COLUMNS) as Column[]) {
      cells[column] = (record[index[column]] ?? '').replace(/\r\n?/g, '\n').trim();
    }
    if (Object.values(cells).some((cell) => cell !== '')) rows.push({ line, cells });
    line = info.lines + 1;
  }
  return { rows, problems: [] };
}
