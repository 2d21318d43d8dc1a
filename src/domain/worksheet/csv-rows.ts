/**
 * Between worksheet entries and rows of `content/capaian/<tahun>.csv` (the format of
 * `src/domain/measurement/csv.ts`):
 *
 * - persentase and rasio: the inputs are the row's `pembilang` and `penyebut`, and the site
 *   computes the realisasi from them (a fixed denominator of the decree is written as its number);
 * - every other kind: the row's `realisasi` is the calculator's result;
 * - the target is `t`, and `sumber` and `catatan` go across as written.
 *
 * Reading a row back: parts become the inputs again, and a cacah or nilai realisasi becomes its one
 * input. A realisasi that no input can rebuild (a jumlah of many entries, an IKM from a survey, a
 * SAKIP score from its components, a percentage without its parts) is kept as the entry's figure
 * "dari berkas" (`WorksheetEntry.berkas`) until someone fills in the inputs and computes it again:
 * inventing entries or survey answers that add up to it would be a lie.
 */
import type { FormulaKind } from '../formula/definition';
import { type Decimal, decimalFromNumber } from '../number/decimal';
import { formatExactNumber } from '../number/format';
import { parseIndonesianNumber } from '../number/parse';
import { KINDS_WITH_PARTS } from '../measurement/annual';
import { type CapaianRow, type Periode, PERIODS } from '../measurement/record';
import { EMPTY_ENTRY, type WorksheetEntry, isBlank } from './entry';
import { type WorksheetIndicator, entryFigures } from './figures';

/** The kinds whose realisasi is their single input's value, so a row's realisasi fills it. */
const SINGLE_INPUT: readonly FormulaKind[] = ['cacah', 'nilai'];

/** Why an entry cannot be written as a row, for the person to fix. */
export interface RowProblem {
  indikator: string;
  periode: Periode;
  /** The input the problem is on (its name, as in `model.ts`), for a link to it. */
  name: string;
  message: string;
}

export type EntryRow = { ok: true; row: CapaianRow | undefined } | { ok: false; problem: RowProblem };

/** The CSV row of an entry; `undefined` when the entry holds no figure (blank, or only a note). */
export function rowOfEntry(indicator: WorksheetIndicator, periode: Periode, entry: WorksheetEntry): EntryRow {
  const figures = entryFigures(indicator, entry);
  if (figures.problem) return { ok: false, problem: { indikator: indicator.id, periode, ...figures.problem } };
  const { rumus } = indicator;
  const row: CapaianRow = { indikator: indicator.id, periode };
  if (figures.target) row.target = figures.target;
  if (figures.asal === 'hitung' && KINDS_WITH_PARTS.includes(rumus.jenis)) {
    const fixed = rumus.jenis === 'persentase' && 'tetap' in rumus.penyebut ? rumus.penyebut.tetap : undefined;
    row.pembilang = readNumber(entry.state.texts.a);
    row.penyebut = fixed === undefined ? readNumber(entry.state.texts.b) : decimalFromNumber(fixed);
  } else if (figures.realisasi) {
    row.realisasi = figures.realisasi;
  }
  if (entry.sumber.trim()) row.sumber = entry.sumber.trim();
  if (entry.catatan.trim()) row.catatan = entry.catatan.trim();
  const hasFigure = row.target || row.realisasi || row.pembilang;
  return { ok: true, row: hasFigure ? row : undefined };
}

/** A text the calculator has already read without error. */
function readNumber(text = ''): Decimal {
  const read = parseIndonesianNumber(text);
  if (!read.ok) throw new Error(`a valid input read as invalid: ${text}`);
  return read.value;
}

/** The entry a CSV row gives, as if typed: numbers written the Indonesian way, every digit kept. */
export function entryOfRow(indicator: WorksheetIndicator, row: CapaianRow): WorksheetEntry {
  const { rumus } = indicator;
  const texts: Record<string, string> = {};
  let berkas = '';
  if (row.target) texts.t = formatExactNumber(row.target);
  if (row.pembilang && row.penyebut && KINDS_WITH_PARTS.includes(rumus.jenis)) {
    texts.a = formatExactNumber(row.pembilang);
    if (!(rumus.jenis === 'persentase' && 'tetap' in rumus.penyebut)) texts.b = formatExactNumber(row.penyebut);
  } else if (row.realisasi && SINGLE_INPUT.includes(rumus.jenis)) {
    texts.n = formatExactNumber(row.realisasi);
  } else if (row.realisasi) {
    berkas = formatExactNumber(row.realisasi);
  }
  return { ...EMPTY_ENTRY, state: { ...EMPTY_ENTRY.state, texts }, sumber: row.sumber ?? '', catatan: row.catatan ?? '', berkas };
}

/** A year's entries by period and indicator id. */
export type YearEntries = ReadonlyMap<Periode, ReadonlyMap<string, WorksheetEntry>>;

export interface YearRows {
  /** In the decree's order of `indicators`, each indicator's periods in order. */
  rows: CapaianRow[];
  /** Entries that cannot be written until they are fixed: nothing is exported while there are any. */
  problems: RowProblem[];
  /** Entries with a source or a note but no figure: a row needs a figure, so they stay in the browser only. */
  withoutFigure: { indikator: string; periode: Periode }[];
}

/** Every row of a year's file, from the worksheet's entries. */
export function rowsOfYear(indicators: readonly WorksheetIndicator[], entries: YearEntries): YearRows {
  const result: YearRows = { rows: [], problems: [], withoutFigure: [] };
  for (const indicator of indicators) {
    for (const periode of PERIODS) {
      const entry = entries.get(periode)?.get(indicator.id);
      if (!entry || isBlank(entry)) continue;
      const read = rowOfEntry(indicator, periode, entry);
      if (!read.ok) result.problems.push(read.problem);
      else if (read.row) result.rows.push(read.row);
      else if (entry.sumber.trim() || entry.catatan.trim()) result.withoutFigure.push({ indikator: indicator.id, periode });
    }
  }
  return result;
}
