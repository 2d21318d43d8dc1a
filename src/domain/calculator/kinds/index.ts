/**
 * Every formula kind's reading of its inputs, by `rumus.jenis`: for code that handles any
 * indicator (the worksheet, its CSV export, tests). An indicator page imports its own kind only.
 */
import type { FormulaDefinition, FormulaKind } from '../../formula/definition';
import type { Kind } from '../model';
import { countKind } from './count';
import { ikmKind } from './ikm';
import { percentageKind } from './percentage';
import { ratioKind } from './ratio';
import { sakipKind } from './sakip';
import { scoreKind } from './score';
import { sumKind } from './sum';

export const KINDS: { [J in FormulaKind]: Kind<Extract<FormulaDefinition, { jenis: J }>> } = {
  persentase: percentageKind,
  rasio: ratioKind,
  jumlah: sumKind,
  cacah: countKind,
  nilai: scoreKind,
  ikm: ikmKind,
  sakip: sakipKind,
};

/** The kind of any formula, typed for it. */
export function kindOf<F extends FormulaDefinition>(rumus: F): Kind<F> {
  return KINDS[rumus.jenis] as Kind<never> as Kind<F>;
}
