/**
 * Export and import of the worksheet as `content/capaian/<tahun>.csv`. Loaded only when the person
 * asks for a file (a dynamic import), so the worksheet's first load does not carry the CSV reader
 * and writer.
 */
import { type CsvProblem, formatCsvProblem, parseCapaianCsv, serializeCapaianCsv } from '../../domain/measurement/csv';
import type { Periode } from '../../domain/measurement/record';
import { type YearEntries, type YearRows, rowsOfYear } from '../../domain/worksheet/csv-rows';
import type { WorksheetEntry } from '../../domain/worksheet/entry';
import type { WorksheetIndicator } from '../../domain/worksheet/figures';
import { type ImportChange, importChanges } from '../../domain/worksheet/merge';

export { importWrites } from '../../domain/worksheet/merge';

/** The year's file, or the entries to fix first (nothing is written while any entry is invalid). */
export function exportYear(indicators: readonly WorksheetIndicator[], entries: YearEntries): YearRows & { text?: string } {
  const year = rowsOfYear(indicators, entries);
  return year.problems.length > 0 ? year : { ...year, text: serializeCapaianCsv(year.rows) };
}

export type ImportReading =
  | { ok: true; tahun: number; changes: ImportChange[] }
  | { ok: false; problems: CsvProblem[] }
  | { ok: false; otherYear: number };

/** The year a file is for, by its name ("2024.csv", "2024 (1).csv"), when its name says. */
export function yearOfFileName(name: string): number | undefined {
  const match = /(?:^|\D)((?:19|20)\d{2})(?:\D|$)/.exec(name);
  return match ? Number(match[1]) : undefined;
}

/**
 * Reads a file for the year `tahun` and says what it would change, or why it cannot be read (each
 * problem with its line and column), or that its name says another year. Changes nothing.
 */
export function readImport(
  text: string,
  fileName: string,
  tahun: number,
  indicators: ReadonlyMap<string, WorksheetIndicator>,
  entryOf: (periode: Periode, indikator: string) => WorksheetEntry | undefined,
): ImportReading {
  const named = yearOfFileName(fileName);
  if (named !== undefined && named !== tahun) return { ok: false, otherYear: named };
  const formulas = new Map([...indicators].map(([id, indicator]) => [id, indicator.rumus]));
  const read = parseCapaianCsv(text, fileName, formulas);
  if (!read.ok) return read;
  return { ok: true, tahun, changes: importChanges(read.rows, indicators, entryOf) };
}

export { formatCsvProblem };
