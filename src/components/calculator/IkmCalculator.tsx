/**
 * The calculator of an Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): from each unsur's total
 * score, or from the respondents' answers pasted from a spreadsheet, with the weight 1/9 or the
 * forms' 0,111. An island of its own. Reading pasted answers and the table of NRR per unsur are
 * imported when first needed (`use-import.ts`).
 */
import { useEffect } from 'preact/hooks';
import type { IkmFormula } from '../../domain/formula/definition';
import { IKM_WEIGHT_LABELS, type IkmResult } from '../../domain/ikm';
import { CalculatorForm, type CalculatorProps } from './CalculatorForm';
import { Choice, Field } from './Field';
import { shown } from './ikm-format';
import type { KindInputsProps, KindView } from './IndicatorFields';
import { type IkmLayout, ikmKind, loadAnswerReader } from './kinds/ikm';
import { type Imported, useImport } from './use-import';
import type { IkmWords } from './words';

/** Beside a control whose part is loading, or failed to load. */
function ImportStatus({ imported, loading, failed }: { imported: Imported<unknown>; loading: string; failed: string }) {
  if (imported === 'loading') return <p class="calc-hint">{loading}</p>;
  if (imported === 'failed') return <p class="calc-error-message">{failed}</p>;
  return null;
}

function IkmInputs({ indicator: { id }, fields, state, evaluation: { layout }, words, onChange }: KindInputsProps<IkmFormula, IkmResult, IkmLayout, IkmWords>) {
  const reader = useImport(state.paste, loadAnswerReader);
  // Once the reader is here, evaluate the pasted answers again.
  useEffect(() => {
    if (typeof reader === 'object') onChange((current) => ({ ...current }));
  }, [reader]);
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
        <>
          <ImportStatus imported={reader} loading={words.loading} failed={words.failed} />
          <Field spec={layout.paste} fields={fields} hint={words.pasteHint} />
        </>
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

function NrrTable({ result, id, words }: { result: IkmResult; id: string; words: IkmWords }) {
  const table = useImport(true, () => import('./IkmNrrTable'));
  if (typeof table !== 'object') return <ImportStatus imported={table ?? 'loading'} loading={words.tableLoading} failed={words.tableFailed} />;
  const { IkmNrrTable } = table.module;
  return <IkmNrrTable result={result} id={id} />;
}

export const ikmView: KindView<IkmFormula, IkmResult, IkmLayout, IkmWords> = {
  kind: ikmKind,
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
  After: NrrTable,
};

export function IkmCalculator(props: CalculatorProps<IkmFormula, IkmWords>) {
  return <CalculatorForm view={ikmView} {...props} />;
}
