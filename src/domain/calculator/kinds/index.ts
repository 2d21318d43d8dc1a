/**
 * Every formula kind's reading of its inputs, by `rumus.jenis`, and what the large ones compute
 * with: for code that handles any indicator (the worksheet, its CSV export, tests). An indicator
 * page imports its own kind only.
 */
import type { FormulaDefinition, FormulaKind } from '../../formula/definition';
import { type CalculatorState, type Evaluation, type IndicatorFormula, type Kind, type Shown, evaluate } from '../model';
import { countKind } from './count';
import { type IkmComputation, ikmKind, loadIkmComputation } from './ikm';
import { percentageKind } from './percentage';
import { ratioKind } from './ratio';
import { sakipKind } from './sakip';
import { scoreKind } from './score';
import { type SumComputation, loadSumComputation, sumKind } from './sum';

// `never`: each kind takes its own computation, which no common type covers.
export const KINDS: { [J in FormulaKind]: Kind<Extract<FormulaDefinition, { jenis: J }>, Shown, unknown, never> } = {
  persentase: percentageKind,
  rasio: ratioKind,
  jumlah: sumKind,
  cacah: countKind,
  nilai: scoreKind,
  ikm: ikmKind,
  sakip: sakipKind,
};

/** What a kind computes with, where that is a module of its own (`*-computation.ts`), by `jenis`. */
export interface Computations {
  ikm?: IkmComputation;
  jumlah?: SumComputation;
}

/** Loads every kind's computation, for a page that handles every kind. */
export async function loadComputations(): Promise<Computations> {
  const [ikm, jumlah] = await Promise.all([loadIkmComputation(), loadSumComputation()]);
  return { ikm, jumlah };
}

/** What the kind of `rumus` computes with, among those loaded (undefined for a kind that needs none). */
export function computationOf(rumus: FormulaDefinition, computations: Computations): Computations[keyof Computations] {
  return computations[rumus.jenis as keyof Computations];
}

/**
 * Evaluates what is typed for any indicator, with its kind and, given, what the kind computes
 * with (`computationOf`); without it an IKM or a jumlah gives no result.
 */
export function evaluateIndicator(indicator: IndicatorFormula, state: CalculatorState, computation?: Computations[keyof Computations]): Evaluation {
  const kind = KINDS[indicator.rumus.jenis] as unknown as Kind<FormulaDefinition, Shown, unknown, unknown>;
  return evaluate(kind, indicator, state, computation);
}
