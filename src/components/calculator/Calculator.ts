/**
 * The calculator of any indicator: picks its formula kind's calculator. Indicator pages render the
 * kind's own island instead (`CalculatorIsland.astro`), so that a page's script carries only its
 * formula; this renders a calculator whatever its kind (tests, and pages not yet switched).
 */
import { type FunctionComponent, h } from 'preact';
import type { FormulaKind } from '../../domain/formula/definition';
import { CAPAIAN_SOURCE_NOTE, capaianFormulaNote } from './capaian-notes';
import { CountCalculator } from './CountCalculator';
import { IkmCalculator } from './IkmCalculator';
import type { CalculatorProps, Kind } from './model';
import { PercentageCalculator } from './PercentageCalculator';
import { RatioCalculator } from './RatioCalculator';
import { SakipCalculator } from './SakipCalculator';
import { ScoreCalculator } from './ScoreCalculator';
import { SumCalculator } from './SumCalculator';

export type { CalculatorProps } from './model';

/** The island component of each formula kind. */
export const CALCULATORS = {
  persentase: PercentageCalculator,
  rasio: RatioCalculator,
  jumlah: SumCalculator,
  cacah: CountCalculator,
  nilai: ScoreCalculator,
  ikm: IkmCalculator,
  sakip: SakipCalculator,
} as Record<FormulaKind, FunctionComponent<CalculatorProps<never>> & { kind: Kind<never> }>;

/** The inputs and formula of each formula kind (see `model.ts`). */
export const KINDS = Object.fromEntries(Object.entries(CALCULATORS).map(([jenis, island]) => [jenis, island.kind])) as Record<
  FormulaKind,
  Kind<never>
>;

/** The calculator form of one indicator, with the notes under a capaian (which the islands get as slots). */
export function Calculator(props: CalculatorProps) {
  return h(CALCULATORS[props.rumus.jenis], {
    capaianRumus: h('span', { class: 'calc-note' }, capaianFormulaNote(props.polaritas)),
    capaianSumber: h('span', { class: 'calc-source' }, CAPAIAN_SOURCE_NOTE),
    ...props,
  } as CalculatorProps<never>);
}

export default Calculator;
