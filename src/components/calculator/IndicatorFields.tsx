/**
 * One indicator's inputs, realisation and capaian, from controlled props: the presentational part
 * of a calculator, shared by the calculator on an indicator page (`CalculatorForm.tsx`, which owns
 * the state) and by any page that holds many indicators' figures itself (the worksheet).
 *
 * ```tsx
 * const view = ikmView;                                          // or VIEWS[rumus.jenis] (views.ts)
 * const { computation, loading } = useComputation(view.load, state); // IKM and jumlah: loaded on demand
 * const evaluation = evaluate(view.kind, indicator, state, computation); // src/domain/calculator/model.ts, pure
 * const errors = shownErrors(evaluation, { touched, sent });     // which messages show now
 * <IndicatorFields view={view} words={KIND_WORDS.ikm} formWords={FORM_WORDS} indicator={indicator} state={state}
 *   evaluation={evaluation} errors={errors}
 *   onText={(name, text) => ...} onLeave={(name) => ...} onChange={(update) => ...}
 *   notes={achievementNotes(polaritas)} />
 * ```
 *
 * - `indicator` is `{ rumus, polaritas, satuan, id }`; `id` prefixes every element id, so each
 *   indicator on a page needs its own (the slug). Inputs are named as the URL parameters (a, b, n,
 *   e, p, r, u1-u9, s1-s4, t), so put each indicator in its own `<form>` or `<fieldset form>`.
 * - `state` (`CalculatorState`: the texts as typed, the sum's rows, paste mode, IKM weight) and
 *   which errors show (`touched`, `sent`) belong to the owner; the component calls `onText` when an
 *   input's text changes, `onLeave` when an input loses focus, and `onChange(update)` with a pure
 *   update of the state for anything else (`src/domain/calculator/kinds/sum.ts` exports the row
 *   updates).
 * - `view` is a formula kind's `KindView` (`percentageView` in `PercentageCalculator.tsx`, ...):
 *   import the one you need, so that a page carries only its kinds' code; its pure reading is
 *   `view.kind` (`src/domain/calculator/kinds/`), usable without Preact (`evaluateIndicator` there
 *   evaluates any indicator with every kind's computation at hand).
 * - `words` are the kind's fixed words and `formWords` those of every kind (`words.ts`), `notes`
 *   the static words around the target and the capaian (`achievement-notes.ts`); the page writes
 *   them.
 * - A kind's `Inputs` get `fields` to give each `Field`. Where the kind computes with a module of
 *   its own (IKM, jumlah: `view.load`), the owner loads it and says how that goes
 *   (`ComputationStatus` in `use-computation.tsx`).
 *
 * It renders no `<form>`, summary or buttons: `ErrorSummary` with `summaryLines` (model.ts) is for
 * its owner to place.
 */
import type { FunctionComponent } from 'preact';
import type { FormulaDefinition } from '../../domain/formula/definition';
import type { Working } from '../../domain/outcome';
import type { AchievementNotes } from './achievement-notes';
import { Field, type Fields } from './Field';
import type { CalculatorState, Evaluation, IndicatorFormula, Kind, Shown } from '../../domain/calculator/model';
import type { FormWords } from './words';

/** A change of the state that is not one input's text (a mode, a weight, a row added). */
export type StateUpdate = (state: CalculatorState) => CalculatorState;

/** What a kind's inputs get. */
export interface KindInputsProps<F extends FormulaDefinition, R extends Shown, L, W> {
  indicator: IndicatorFormula<F>;
  /** What each `Field` is given: the texts, readings and errors of the indicator's inputs. */
  fields: Fields;
  state: CalculatorState;
  evaluation: Evaluation<R, L>;
  /** The kind's fixed words (`words.ts`). */
  words: W;
  onChange(update: StateUpdate): void;
}

/** A formula kind on screen: its pure reading (`src/domain/calculator/kinds/`) and how its inputs and result look. */
export interface KindView<F extends FormulaDefinition = FormulaDefinition, R extends Shown = Shown, L = unknown, W = unknown, C = undefined> {
  kind: Kind<F, R, L, C>;
  /** Loads what the kind computes with, where that is a module of its own (IKM, jumlah). */
  load?: () => Promise<C>;
  /** The kind's inputs, with whatever helps fill them in (the target is added after them). */
  Inputs: FunctionComponent<KindInputsProps<F, R, L, W>>;
  /** The result's headline in the output (`RealisationLine` for a realisation). Phrasing content. */
  Headline: FunctionComponent<{ result: R }>;
  /** Shown after the output (IKM's table of NRR). */
  After?: FunctionComponent<{ result: R; id: string }>;
}


export interface IndicatorFieldsProps<F extends FormulaDefinition, R extends Shown, L, W, C = undefined>
  extends Pick<Fields, 'errors' | 'onText' | 'onLeave'> {
  view: KindView<F, R, L, W, C>;
  /** The kind's fixed words (`KIND_WORDS[rumus.jenis]` in `words.ts`). */
  words: W;
  /** The words of every kind (`FORM_WORDS` in `words.ts`). */
  formWords: FormWords;
  indicator: IndicatorFormula<F>;
  state: CalculatorState;
  /** `evaluate(view.kind, indicator, state, computation)`. */
  evaluation: Evaluation<R, L>;
  onChange(update: StateUpdate): void;
  /** The static words around the target and the capaian (`achievement-notes.ts`). */
  notes: AchievementNotes;
}

/** The working, line by line, and the warnings, as phrasing content (they sit in an `<output>`). */
function WorkingLines({ steps, warnings, words }: Working & { words: FormWords }) {
  return (
    <>
      {steps.length > 0 && (
        <span class="calc-steps">
          <span class="calc-steps-title">{words.working}</span>
          {steps.map((line) => (
            <span class="calc-step">{line}</span>
          ))}
        </span>
      )}
      {warnings.map((line) => (
        <span class="calc-warning">
          <strong>{words.warning}</strong> {line}
        </span>
      ))}
    </>
  );
}

export function IndicatorFields<F extends FormulaDefinition, R extends Shown, L, W, C>({
  view: { Inputs, Headline, After },
  words,
  formWords,
  indicator,
  state,
  evaluation,
  errors,
  onText,
  onLeave,
  onChange,
  notes,
}: IndicatorFieldsProps<F, R, L, W, C>) {
  const { id } = indicator;
  const { result, achievement, inputs, target } = evaluation;
  const problems = Object.keys(errors).length;
  const fields: Fields = { id, texts: state.texts, status: evaluation.status, errors, onText, onLeave, readAs: formWords.readAs };
  return (
    <>
      <Inputs indicator={indicator} fields={fields} state={state} evaluation={evaluation} words={words} onChange={onChange} />
      <div class="calc-target">
        <Field spec={target} fields={fields} hint={notes.targetHint} />
      </div>
      <output class="calc-output" id={`${id}-hasil`} for={inputs.map((spec) => `${id}-${spec.name}`).join(' ')} aria-live="polite">
        {result ? (
          <>
            <Headline result={result} />
            <WorkingLines {...result} words={formWords} />
            {achievement && (
              <>
                <span class="calc-result-line calc-result-line--capaian">
                  {formWords.achievement.before} <strong class="calc-result-value">{achievement.formatted}</strong>, {formWords.achievement.category}{' '}
                  <strong>{achievement.band.kategori}</strong>
                </span>
                <span class="calc-note">{notes.achievementFormula}</span>
                <WorkingLines {...achievement} words={formWords} />
                <span class="calc-source">{notes.achievementSource}</span>
              </>
            )}
          </>
        ) : (
          <span class="calc-placeholder">
            {problems > 0 ? `${formWords.blocked.before} ${problems} ${formWords.blocked.after}` : formWords.waiting}
          </span>
        )}
      </output>
      {result && After && <After result={result} id={id} />}
    </>
  );
}
