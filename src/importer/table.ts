/**
 * Reading a decree table saved from Excel as CSV (Indonesian settings: `;` between cells, UTF-8,
 * perhaps with a byte-order mark). The header row names the decree's own columns, in any case and
 * order; every later row becomes a `TableRow` that remembers its line in the file.
 */
import type { Info } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import { DECREE_TABLE_LIMITS, fileText } from '../domain/csv/file-text.ts';

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

/**
 * Turns the file's bytes into text, refusing a file too large or too long for a decree's table, a
 * workbook or other binary file, UTF-16 and anything else that is not UTF-8 (Excel's "CSV" is ANSI).
 */
export function decodeTable(bytes: Uint8Array): string | ImportProblem {
  const read = fileText(bytes, DECREE_TABLE_LIMITS);
  return read.ok ? read.text : { line: read.line, message: read.message };
}

/** What csv-parse's errors mean, in the importer's words; the line comes with the error. */
const PARSE_ERRORS: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'Tanda kutip (") dibuka tetapi tidak ditutup sampai akhir berkas.',
  CSV_INVALID_CLOSING_QUOTE: 'Ada teks sesudah tanda kutip penutup dalam satu sel.',
};

/** Reads the table: its header row, then one `TableRow` per non-empty row. */
export function readTable(text: string): Table {
  let records: { record: string[]; info: Info }[];
  try {
    // With `info: true` each record comes with its position; csv-parse's types do not say so.
    const options = { delimiter: ';', bom: true, info: true, relax_column_count: true, relax_quotes: true };
    // Mixed line ends (a file edited on two systems) would hide rows inside cells: one kind for all.
    records = parse(text.replace(/\r\n?/g, '\n'), options) as unknown as typeof records;
  } catch (error) {
    const { lines, code } = error as { lines?: number; code?: string };
    const message = (code && PARSE_ERRORS[code]) ?? `CSV tidak terbaca (${code ?? 'kesalahan tak dikenal'}).`;
    return { rows: [], problems: [{ line: lines ?? 0, message }] };
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
  const twice = Object.values(COLUMNS).filter((heading) => headings.indexOf(heading) !== headings.lastIndexOf(heading));
  if (twice.length > 0) {
    return { rows: [], problems: [{ line: 1, message: `Baris judul memuat kolom ${twice.map((m) => `"${m}"`).join(', ')} dua kali.` }] };
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
