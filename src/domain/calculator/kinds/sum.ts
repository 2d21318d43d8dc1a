/**
 * A jumlah: entries added up exactly (Rupiah with sen, or whole counts), typed row by row or
 * pasted as a column from a spreadsheet. Also the state changes of its rows, as pure functions
 * of the state, so that every view of the kind changes rows the same way. The sum and the reading
 * of a pasted list are a module of their own (`sum-computation.ts`, `loadSumComputation`), which the
 * caller gives once loaded; until then the kind keeps its inputs and gives no result.
 */
import type { SumFormula } from '../../formula/definition';
import { type Realisation, resultSatuan } from '../../formula/realisation';
import type { Decimal } from '../../number/decimal';
import { type CalculatorState, type FieldSpec, type Kind, displayUnitOf } from '../model';

export interface SumLayout {
  /** One input per entry row (typed row by row). */
  rows: FieldSpec[];
  /** The pasted list (m=tempel). */
  paste: FieldSpec;
}

/** What the kind computes with. */
export type SumComputation = typeof import('./sum-computation');

/** Loads the computation: a module of its own, so that an indicator page fetches it only when needed. */
export const loadSumComputation = (): Promise<SumComputation> => import('./sum-computation');

const filledLines = (text = '') => text.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
const rowName = (key: number) => `e-${key}`;
const nextKey = (rows: readonly number[]) => Math.max(-1, ...rows) + 1;

export const sumKind: Kind<SumFormula, Realisation, SumLayout, SumComputation> = (reader, { rumus, satuan }, computation) => {
  const { state } = reader;
  const unit = displayUnitOf(rumus.entri.satuan);
  const rows: FieldSpec[] = state.rows.map((key, index) => ({ name: rowName(key), param: 'e', label: `Entri ${index + 1}`, unit }));
  const paste: FieldSpec = {
    name: 'p',
    label: `${rumus.entri.label}, satu angka per baris`,
    lines: 8,
    short: 'Isian tempel',
  };
  const entries: Decimal[] = [];
  // Where each entry comes from: its row's input, or its line in the pasted text.
  const origin: (string | number)[] = [];
  if (state.paste) {
    reader.param('m', 'tempel');
    const text = reader.text(paste);
    const list = computation?.readPastedList(text);
    if (list) {
      entries.push(...list.entries);
      origin.push(...list.lines);
      if (list.problem) reader.fail('p', list.problem);
      else if (entries.length > 0) reader.status.p!.read = `${entries.length} entri`;
    }
  } else {
    for (const row of rows) {
      const value = reader.read(row, true); // an empty row is ignored, not an error
      if (value) {
        entries.push(value);
        origin.push(row.name);
      }
    }
  }

  return {
    layout: { rows, paste },
    satuan: resultSatuan(rumus, satuan),
    compute() {
      if (!computation) return undefined;
      const outcome = computation.sumEntries(rumus, entries);
      if (outcome.ok) return outcome.result;
      for (const { field, message } of outcome.errors) {
        // "entri.2" is the third entry; "entri" (no entry at all) has no origin.
        const from = origin[Number(field.split('.')[1])];
        if (state.paste) reader.fail('p', from ? `Baris ${from}: ${message}` : message);
        else reader.fail(String(from ?? rows[0]!.name), message);
      }
      return undefined;
    },
  };
};

/** A new empty row at the end; its input is `e-<key>` of the returned key. */
export function addRow(state: CalculatorState): { state: CalculatorState; key: number } {
  const key = nextKey(state.rows);
  return { state: { ...state, rows: [...state.rows, key] }, key };
}

/** Removes the row at `index` and its text. */
export function removeRow(state: CalculatorState, index: number): CalculatorState {
  const { [rowName(state.rows[index]!)]: _removed, ...texts } = state.texts;
  return { ...state, texts, rows: state.rows.filter((_, i) => i !== index) };
}

/**
 * Switches between typing row by row and pasting a list, carrying the figures across so that
 * nothing typed is lost: the rows fill an empty paste box, the pasted lines fill empty rows.
 */
export function switchMode(state: CalculatorState, paste: boolean): CalculatorState {
  const texts = { ...state.texts };
  const typed = filledLines(state.rows.map((key) => texts[rowName(key)]).join('\n'));
  const lines = filledLines(texts.p);
  let rows = state.rows;
  if (paste && !texts.p?.trim()) texts.p = typed.join('\n');
  if (!paste && typed.length === 0 && lines.length > 0) {
    const first = nextKey(rows);
    for (const key of rows) delete texts[rowName(key)];
    rows = lines.map((line, index) => {
      texts[rowName(first + index)] = line;
      return first + index;
    });
  }
  return { ...state, paste, texts, rows };
}
