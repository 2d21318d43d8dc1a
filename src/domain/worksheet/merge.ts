/**
 * An imported file against the worksheet: what each of its rows would change, before anything
 * changes. A row is new (the worksheet has nothing there), the same (the worksheet's entry gives
 * the same row), or in conflict (the worksheet holds something else). A conflict is never
 * resolved silently: the worksheet's entry stays unless the person chooses the file's.
 */
import { compare } from '../number/decimal';
import type { CapaianRow, Periode } from '../measurement/record';
import { type FieldChanges, type WorksheetEntry, EMPTY_ENTRY, fieldChanges, isBlank } from './entry';
import { entryOfRow, rowOfEntry } from './csv-rows';
import type { WorksheetIndicator } from './figures';
import { entryKey } from './keys';

export type ImportStatus = 'baru' | 'sama' | 'beda';

export interface ImportChange {
  indikator: string;
  periode: Periode;
  status: ImportStatus;
  /** The file's row. */
  berkas: CapaianRow;
  /** The worksheet's row now: undefined when it holds no figure, or when its entry is not valid (`mineProblem`). */
  mine?: CapaianRow | undefined;
  /** Why the worksheet's entry gives no row (an input to fix), when it does not. */
  mineProblem?: string | undefined;
  /** The fields to write to take the file's row, against the worksheet at the review. */
  changes: FieldChanges;
}

const NUMBER_CELLS = ['target', 'realisasi', 'pembilang', 'penyebut'] as const;
const TEXT_CELLS = ['sumber', 'catatan'] as const;

/** Two rows say the same: equal numbers (30 and 30,0 are equal) and equal texts. */
export function sameRow(a: CapaianRow, b: CapaianRow): boolean {
  const sameNumber = (name: (typeof NUMBER_CELLS)[number]) => {
    const x = a[name];
    const y = b[name];
    return x === undefined || y === undefined ? x === y : compare(x, y) === 0;
  };
  return NUMBER_CELLS.every(sameNumber) && TEXT_CELLS.every((name) => (a[name] ?? '') === (b[name] ?? ''));
}

/**
 * What importing `rows` would do to a year's worksheet (`entryOf` gives the worksheet's entry of a
 * period and an indicator, blank when there is none), one change per row, in the file's order.
 * Rows of indicators the worksheet does not know were already refused by the CSV reader.
 */
export function importChanges(
  rows: readonly CapaianRow[],
  indicators: ReadonlyMap<string, WorksheetIndicator>,
  entryOf: (periode: Periode, indikator: string) => WorksheetEntry | undefined,
): ImportChange[] {
  return rows.flatMap((berkas): ImportChange[] => {
    const indicator = indicators.get(berkas.indikator);
    if (!indicator) return [];
    const current = entryOf(berkas.periode, berkas.indikator) ?? EMPTY_ENTRY;
    const changes = fieldChanges(current, entryOfRow(indicator, berkas));
    const base = { indikator: berkas.indikator, periode: berkas.periode, berkas, changes };
    if (isBlank(current)) return [{ ...base, status: 'baru' }];
    const mine = rowOfEntry(indicator, berkas.periode, current);
    if (!mine.ok) return [{ ...base, status: 'beda' as const, mineProblem: mine.problem.message }];
    if (mine.row && sameRow(mine.row, berkas)) return [{ ...base, status: 'sama' as const, mine: mine.row }];
    return [{ ...base, status: 'beda' as const, mine: mine.row }];
  });
}

/** What merging writes to one entry. */
export interface ImportWrite {
  periode: Periode;
  indikator: string;
  changes: FieldChanges;
}

/**
 * The writes of a merge, worked out against the worksheet as it is now (the person may have typed
 * since the review): every new row whose entry is still blank, and each difference whose file row
 * the person chose (by `entryKey` of `keys.ts`, "TW1 <indikator>"). Same rows change nothing. A new
 * row whose entry was filled in meanwhile is not written, and counted in `kept`.
 */
export function importWrites(
  changes: readonly ImportChange[],
  takeFile: ReadonlySet<string>,
  indicators: ReadonlyMap<string, WorksheetIndicator>,
  entryOf: (periode: Periode, indikator: string) => WorksheetEntry | undefined,
): { writes: ImportWrite[]; kept: number } {
  const writes: ImportWrite[] = [];
  let kept = 0;
  for (const { indikator, periode, status, berkas } of changes) {
    const indicator = indicators.get(indikator);
    const current = entryOf(periode, indikator) ?? EMPTY_ENTRY;
    const chosen = status === 'beda' && takeFile.has(entryKey(periode, indikator));
    if (!indicator || !(status === 'baru' || chosen)) continue;
    if (status === 'baru' && !isBlank(current)) {
      kept += 1;
      continue;
    }
    writes.push({ periode, indikator, changes: fieldChanges(current, entryOfRow(indicator, berkas)) });
  }
  return { writes, kept };
}
