/**
 * The calculator of an Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): from each unsur's total
 * score, or from the respondents' answers pasted from a spreadsheet, with the weight 1/9 or the
 * forms' 0,111. An island of its own. The computation is imported once the person starts filling
 * in the form (`load`, which `CalculatorForm` calls through `use-computation.tsx`).
 */
import type { IkmFormula } from '../../domain/formula/definition';
import type { IkmResult } from '../../domain/ikm';
import { IKM_WEIGHT_LABELS } from '../../domain/ikm-survey';
import { decimal } from '../../domain/number/decimal';
import { formatExactNumber, formatNumber } from '../../domain/number/format';
import { type Fraction, roundFraction } from '../../domain/number/fraction';
import { CalculatorForm, type CalculatorProps } from './CalculatorForm';
import { Choice, Field } from './Field';
import type { KindInputsProps, KindView } from './IndicatorFields';
import { type IkmComputation, type IkmLayout, ikmKind, loadIkmComputation } from '../../domain/calculator/kinds/ikm';
import type { IkmWords } from './words';

/** A fraction shown with `digits` digits after the comma, at least `min`. */
const shown = (value: Fraction, digits: number, min = digits) => formatNumber(roundFraction(value, digits), { min, max: digits });

function IkmInputs({ indicator: { id }, fields, state, evaluation: { layout }, words, onChange }: KindInputsProps<IkmFormula, IkmResult, IkmLayout, IkmWords>) {
  return (
    <>
      <Choice
        id={id}
        name="m"
        values={['isian', 'tempel']}
        words={words.mode}
        value={state.paste ? 'tempel' : 'isian'}
        onChange={(mode) => onChange((current) => ({ ...current, paste: mode === 'tempel' }))}
      />
      {state.paste ? (
        <Field spec={layout.paste} fields={fields} hint={words.pasteHint} />
      ) : (
        <>
          <fieldset class="calc-fieldset">
            <legend class="calc-legend">{words.respondentsLegend}</legend>
            <Field spec={layout.respondents} fields={fields} />
          </fieldset>
          <fieldset class="calc-fieldset" aria-describedby={`${id}-g1-hint`}>
            <legend class="calc-legend">{words.unsurLegend}</legend>
            <p class="calc-hint" id={`${id}-g1-hint`}>
              {words.unsurHint}
            </p>
            {layout.unsur.map((spec) => (
              <Field spec={spec} fields={fields} key={spec.name} />
            ))}
          </fieldset>
        </>
      )}
      <Choice
        id={id}
        name="w"
        values={['tepat', '0111']}
        words={words.weight}
        value={state.rounded ? '0111' : 'tepat'}
        onChange={(weight) => onChange((current) => ({ ...current, rounded: weight === '0111' }))}
      />
    </>
  );
}

export const ikmView: KindView<IkmFormula, IkmResult, IkmLayout, IkmWords, IkmComputation> = {
  kind: ikmKind,
  load: loadIkmComputation,
  Inputs: IkmInputs,
  Headline: ({ result }) => (
    <>
      <span class="calc-result-line">
        IKM: <strong class="calc-result-value">{result.formatted}</strong>, mutu pelayanan <strong>{result.category.mutu}</strong> (
        {result.category.kinerja})
      </span>
      <span class="calc-result-line">
        Nilai IKM unit {shown(result.unitValue, 4, 2)} dari 4; bobot tiap unsur {IKM_WEIGHT_LABELS[result.weight].text}.
      </span>
    </>
  ),
  After: ({ result, id }) => {
    const weight = IKM_WEIGHT_LABELS[result.weight].text;
    return (
      <div class="calc-table-wrap" role="region" aria-labelledby={`${id}-nrr-caption`} tabIndex={0}>
        <table class="calc-table">
          <caption id={`${id}-nrr-caption`}>Nilai rata-rata (NRR) per unsur</caption>
          <thead>
            <tr>
              <th scope="col">No.</th>
              <th scope="col">Unsur</th>
              <th scope="col" class="calc-num">Total nilai</th>
              <th scope="col" class="calc-num">NRR</th>
              <th scope="col" class="calc-num">NRR × {weight}</th>
            </tr>
          </thead>
          <tbody>
            {result.unsur.map((row) => (
              <tr key={row.nomor}>
                <td>{row.nomor}</td>
                <th scope="row">{row.nama}</th>
                <td class="calc-num">{formatExactNumber(decimal(row.total))}</td>
                <td class="calc-num">{shown(row.nrr, 3)}</td>
                <td class="calc-num">{shown(row.nrrTertimbang, 4)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                Nilai IKM unit (jumlah NRR tertimbang)
              </th>
              <td class="calc-num">{shown(result.unitValue, 4)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    );
  },
};

export function IkmCalculator(props: CalculatorProps<IkmFormula, IkmWords>) {
  return <CalculatorForm view={ikmView} {...props} />;
}
