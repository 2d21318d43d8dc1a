/**
 * The calculator of a persentase (part / whole × 100%). Each formula kind is an island of its own,
 * so that an indicator page loads the script of its formula only (see `CalculatorIsland.astro`);
 * `percentageView` is the kind on screen, for any owner of the state (see `IndicatorFields.tsx`).
 */
import type { PercentageFormula } from '../../domain/formula/definition';
import type { Realisation } from '../../domain/formula/realisation';
import { CalculatorForm, type CalculatorProps } from './CalculatorForm';
import { Field } from './Field';
import type { KindView } from './IndicatorFields';
import { RealisationLine } from './RealisationLine';
import { type PercentageLayout, percentageKind } from '../../domain/calculator/kinds/percentage';

export const percentageView: KindView<PercentageFormula, Realisation, PercentageLayout, undefined> = {
  kind: percentageKind,
  Inputs: ({ indicator: { rumus }, fields, evaluation: { layout } }) => (
    <>
      {'tetap' in rumus.penyebut && (
        <p class="calc-note">
          Penyebut tetap menurut keputusan: <strong>{rumus.penyebut.label}</strong>.
        </p>
      )}
      <Field spec={layout.part} fields={fields} />
      {layout.whole && <Field spec={layout.whole} fields={fields} />}
    </>
  ),
  Headline: RealisationLine,
};

export function PercentageCalculator(props: CalculatorProps<PercentageFormula, undefined>) {
  return <CalculatorForm view={percentageView} {...props} />;
}
