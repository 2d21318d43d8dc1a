/**
 * The calculator of a SAKIP evaluation score (PermenPANRB 88/2021): the four component scores of
 * the LHE added up, with the predikat. An island of its own.
 */
import type { SakipFormula } from '../../domain/formula/definition';
import type { SakipResult } from '../../domain/sakip';
import { CalculatorForm, type CalculatorProps } from './CalculatorForm';
import { Field } from './Field';
import type { KindView } from './IndicatorFields';
import { type SakipLayout, sakipKind } from '../../domain/calculator/kinds/sakip';
import type { SakipWords } from './words';

export const sakipView: KindView<SakipFormula, SakipResult, SakipLayout, SakipWords> = {
  kind: sakipKind,
  Inputs: ({ indicator: { id }, fields, evaluation: { layout }, words }) => (
    <fieldset class="calc-fieldset" aria-describedby={`${id}-g0-hint`}>
      <legend class="calc-legend">{words.legend}</legend>
      <p class="calc-hint" id={`${id}-g0-hint`}>
        {words.hint}
      </p>
      {layout.components.map((spec) => (
        <Field spec={spec} fields={fields} key={spec.name} />
      ))}
    </fieldset>
  ),
  Headline: ({ result }) => (
    <span class="calc-result-line">
      Nilai SAKIP: <strong class="calc-result-value">{result.formatted}</strong>, predikat <strong>{result.predikat.predikat}</strong> (
      {result.predikat.sebutan})
    </span>
  ),
};

export function SakipCalculator(props: CalculatorProps<SakipFormula, SakipWords>) {
  return <CalculatorForm view={sakipView} {...props} />;
}
