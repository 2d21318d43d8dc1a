/** The calculator of a nilai (a score on an external assessment's scale): an island of its own. */
import type { ScoreFormula } from '../../domain/formula/definition';
import type { Realisation } from '../../domain/formula/realisation';
import { CalculatorForm, type CalculatorProps } from './CalculatorForm';
import { Field } from './Field';
import type { KindView } from './IndicatorFields';
import { RealisationLine } from './RealisationLine';
import type { SingleLayout } from '../../domain/calculator/kinds/count';
import { scoreKind } from '../../domain/calculator/kinds/score';

export const scoreView: KindView<ScoreFormula, Realisation, SingleLayout, undefined> = {
  kind: scoreKind,
  Inputs: ({ fields, evaluation: { layout } }) => <Field spec={layout.value} fields={fields} />,
  Headline: RealisationLine,
};

export function ScoreCalculator(props: CalculatorProps<ScoreFormula, undefined>) {
  return <CalculatorForm view={scoreView} {...props} />;
}
