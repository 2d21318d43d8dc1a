/**
 * The one CSV writer of the site and the worksheet: every file written as CSV (the open data's
 * `indikator.csv`, `ms-ind.csv`, `capaian.csv`, and the worksheet's `content/capaian/<tahun>.csv`)
 * goes through `csvText`, so every cell is quoted and made formula-safe the same way.
 *
 * Formula safety (CWE-1236, OWASP "CSV Injection"): a text cell that starts with `=`, `+`, `-`, `@`,
 * TAB or CR gets a leading `'`, so a spreadsheet shows it as text instead of running it. Numbers,
 * negative ones included, are written as numbers. The rule is csv-stringify's `escape_formulas`,
 * which the unit test checks this module against; csv-stringify itself is not used because its
 * code needs Node's `Buffer`, and this module also runs in the browser (the worksheet's export).
 *
 * So that a round trip loses nothing, a text that already starts with `'` before such a character
 * gets one more `'`; `unescapeFormula` takes exactly one off. Pure and browser-safe.
 */

/** A number cell: its exact text (e.g. "-12.5" or "1.234,5"), written as is, never prefixed. */
export interface NumberCell {
  number: string;
}

/** A cell: text, a number, or empty (`null`/`undefined`). */
export type CsvCellValue = string | number | NumberCell | null | undefined;

/** How a file is written: the separator and whether it starts with a UTF-8 byte-order mark. */
export interface CsvDialect {
  delimiter: ',' | ';';
  /** Only for files meant for Excel: machines read the mark as part of the first header. */
  bom: boolean;
}

/** A text a spreadsheet would run as a formula, perhaps behind `'`s that a round trip must keep. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The cell's text with a leading `'` when a spreadsheet would read it as a formula. */
export function escapeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** What `escapeFormula` wrote, back to the text: one `'` off, only where the writer put it. */
export function unescapeFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text) ? text.slice(1) : text;
}

/** A number cell from its exact text. */
export const numberCell = (text: string): NumberCell => ({ number: text });

/** One RFC 4180 field: quoted when it holds the separator, a quote, a line end or edge spaces. */
export function csvCell(value: CsvCellValue, delimiter: CsvDialect['delimiter']): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? escapeFormula(value) : value.number;
  const needsQuotes = text.includes(delimiter) || /["\r\n]|^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header row, then the rows; CRLF line ends (RFC 4180), one after the last row. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCellValue[])[], dialect: CsvDialect): string {
  const line = (cells: readonly CsvCellValue[]) => cells.map((c) => csvCell(c, dialect.delimiter)).join(dialect.delimiter);
  const lines = [line(header), ...rows.map(line)];
  return `${dialect.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
