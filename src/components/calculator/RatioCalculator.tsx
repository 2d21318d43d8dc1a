/** The calculator of a rasio (part / whole, without × 100%): an island of its own. */
import type { RatioFormula } from '../../domain/formula/definition';
import type { Realisation } from '../../domain/formula/realisation';
import { CalculatorForm, type CalculatorProps } from './CalculatorForm';
import { Field } from './Field';
import type { KindView } from './IndicatorFields';
import { RealisationLine } from './RealisationLine';
import { type RatioLayout, ratioKind } from '../../domain/calculator/kinds/ratio';

export const ratioView: KindView<RatioFormula, Realisation, RatioLayout, undefined> = {
  kind: ratioKind,
  Inputs: ({ fields, evaluation: { layout } }) => (
    <>
      <Field spec={layout.part} fields={fields} />
      <Field spec={layout.whole} fields={fields} />
    </>
  ),
  Headline: RealisationLine,
};

export function RatioCalculator(props: CalculatorProps<RatioFormula, undefined>) {
  return <CalculatorForm view={ratioView} {...props} />;
}
