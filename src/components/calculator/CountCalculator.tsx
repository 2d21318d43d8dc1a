/** The calculator of a cacah (a number of things): an island of its own. */
import type { CountFormula } from '../../domain/formula/definition';
import type { Realisation } from '../../domain/formula/realisation';
import { CalculatorForm, type CalculatorProps } from './CalculatorForm';
import { Field } from './Field';
import type { KindView } from './IndicatorFields';
import { RealisationLine } from './RealisationLine';
import { type SingleLayout, countKind } from '../../domain/calculator/kinds/count';

export const countView: KindView<CountFormula, Realisation, SingleLayout, undefined> = {
  kind: countKind,
  Inputs: ({ fields, evaluation: { layout } }) => <Field spec={layout.value} fields={fields} />,
  Headline: RealisationLine,
};

export function CountCalculator(props: CalculatorProps<CountFormula, undefined>) {
  return <CalculatorForm view={countView} {...props} />;
}
