/**
 * The calculator of a jumlah: entries added up exactly (Rupiah with sen, or whole counts), typed
 * row by row or pasted as a column from a spreadsheet. An island of its own. The sum is imported
 * once the person starts filling in the form (`load`, which `CalculatorForm` calls through
 * `use-computation.tsx`).
 */
import { useEffect, useRef } from 'preact/hooks';
import type { SumFormula } from '../../domain/formula/definition';
import type { Realisation } from '../../domain/formula/realisation';
import { CalculatorForm, type CalculatorProps } from './CalculatorForm';
import { Choice, Field } from './Field';
import type { KindInputsProps, KindView } from './IndicatorFields';
import { RealisationLine } from './RealisationLine';
import { type SumComputation, type SumLayout, addRow, loadSumComputation, removeRow, sumKind, switchMode } from '../../domain/calculator/kinds/sum';
import type { SumWords } from './words';

function SumInputs({ indicator: { rumus, id }, fields, state, evaluation: { layout, status }, words, onChange }: KindInputsProps<SumFormula, Realisation, SumLayout, SumWords>) {
  // The element to focus once a row is added or removed (the new row, or the one after), after
  // the render that changed the rows: not after another one that happened in between.
  const focusId = useRef('');
  useEffect(() => {
    if (focusId.current) document.getElementById(focusId.current)?.focus();
    focusId.current = '';
  }, [state.rows]);
  const { rows } = layout;
  const remove = (index: number) => {
    const next = state.rows[index + 1] ?? state.rows[index - 1];
    focusId.current = next === undefined ? `${id}-add` : `${id}-e-${next}`;
    onChange((current) => removeRow(current, index));
  };
  const add = () => {
    focusId.current = `${id}-e-${addRow(state).key}`;
    onChange((current) => addRow(current).state);
  };
  return (
    <>
      <Choice
        id={id}
        name="m"
        values={['isian', 'tempel']}
        words={words.mode}
        value={state.paste ? 'tempel' : 'isian'}
        onChange={(mode) => onChange((current) => switchMode(current, mode === 'tempel'))}
      />
      {state.paste ? (
        <Field spec={layout.paste} fields={fields} hint={words.pasteHint} />
      ) : (
        <fieldset class="calc-fieldset" aria-describedby={`${id}-entries-hint`}>
          <legend class="calc-legend">{rumus.entri.label}</legend>
          <p class="calc-hint" id={`${id}-entries-hint`}>
            {words.entriesHint}
          </p>
          {rows.map((row, index) => (
            <div class="calc-entry" key={row.name}>
              <Field spec={row} fields={fields} class="calc-field--entry" />
              {rows.length > 1 && (
                <button type="button" class="calc-button calc-button--secondary calc-button--remove" onClick={() => remove(index)}>
                  {words.remove.text}
                  <span class="calc-visually-hidden"> {words.remove.entry} {index + 1}</span>
                </button>
              )}
            </div>
          ))}
          <p class="calc-count">
            {rows.filter((row) => !status[row.name]!.empty).length} {words.count.filled} {rows.length} {words.count.rows}
          </p>
          <button type="button" class="calc-button calc-button--secondary" id={`${id}-add`} onClick={add}>
            {words.add}
          </button>
        </fieldset>
      )}
    </>
  );
}

export const sumView: KindView<SumFormula, Realisation, SumLayout, SumWords, SumComputation> = {
  kind: sumKind,
  load: loadSumComputation,
  Inputs: SumInputs,
  Headline: RealisationLine,
};

export function SumCalculator(props: CalculatorProps<SumFormula, SumWords>) {
  return <CalculatorForm view={sumView} {...props} />;
}
