/**
 * Every formula kind on screen, by `rumus.jenis`: for a page that shows indicators of any kind
 * (the worksheet) and for tests. It carries every kind's code; an indicator page's island imports
 * its own kind only (`CalculatorIsland.astro`).
 */
import type { FormulaDefinition, FormulaKind } from '../../domain/formula/definition';
import { countView } from './CountCalculator';
import { ikmView } from './IkmCalculator';
import type { KindView } from './IndicatorFields';
import type { Shown } from '../../domain/calculator/model';
import { percentageView } from './PercentageCalculator';
import { ratioView } from './RatioCalculator';
import { sakipView } from './SakipCalculator';
import { scoreView } from './ScoreCalculator';
import { sumView } from './SumCalculator';

// `any`: each view takes its own kind's result, layout, words and computation, which no common type covers.
export const VIEWS: { [J in FormulaKind]: KindView<Extract<FormulaDefinition, { jenis: J }>, any, any, any, any> } = {
  persentase: percentageView,
  rasio: ratioView,
  jumlah: sumView,
  cacah: countView,
  nilai: scoreView,
  ikm: ikmView,
  sakip: sakipView,
};

/** The view of any formula, typed for it. */
export function viewOf<F extends FormulaDefinition>(rumus: F): KindView<F, Shown, unknown, unknown, object> {
  return VIEWS[rumus.jenis] as unknown as KindView<F, Shown, unknown, unknown, object>;
}
