/**
 * The calculator of one indicator page: staff type their own figures and see the realisation, the
 * working with their numbers, and the capaian against a target. This component owns the state
 * (what is typed, which errors show) and the page around the fields: the `<form>`, the error
 * summary, the buttons, and the URL, where the inputs are mirrored (`url-state.ts` in
 * `src/domain/calculator/`) so that a computation can be shared and printed. It also holds the
 * kind's computation where that loads on demand (`use-computation.tsx`). The fields themselves are `IndicatorFields`.
 *
 * Rendered on the server as an empty form, and hydrated later (`CalculatorIsland.astro` says when;
 * the worksheet's page at once); the first render in
 * the browser is the same empty form, and only then does an effect read what was typed before the
 * script ran, or else the URL.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FormulaDefinition } from '../../domain/formula/definition';
import { ErrorSummary } from './ErrorSummary';
import type { AchievementNotes } from './achievement-notes';
import { IndicatorFields, type KindView } from './IndicatorFields';
import { type CalculatorState, EMPTY_STATE, type IndicatorFormula, type Shown, evaluate, shownErrors, summaryLines } from '../../domain/calculator/model';
import { queryFromState, stateFromQuery } from '../../domain/calculator/url-state';
import { ComputationStatus, useComputation } from './use-computation';
import type { ComputationWords, FormWords } from './words';
import './calculator.css';
import './calculator-output.css';

/** What an indicator page gives its calculator island (`CalculatorIsland.astro`). */
export interface CalculatorProps<F extends FormulaDefinition = FormulaDefinition, W = unknown> extends IndicatorFormula<F> {
  /** The indicator's name, for the form's accessible name. */
  indikator: string;
  /** The kind's fixed words (`words.ts`), written by the page. */
  words: W;
  /** The words of every kind's form (`FORM_WORDS` in `words.ts`), written by the page. */
  formWords: FormWords;
  /** The words around the target and the capaian (`achievementNotes` in `achievement-notes.ts`), written by the page. */
  notes: AchievementNotes;
}

interface FormState extends CalculatorState {
  /** Inputs left at least once since last edited: their errors show. */
  touched: Readonly<Record<string, boolean>>;
  /** How many times the form was submitted: once it was, every error shows. */
  sent: number;
}

const EMPTY_FORM: FormState = { ...EMPTY_STATE, touched: {}, sent: 0 };

export function CalculatorForm<F extends FormulaDefinition, R extends Shown, L, W, C>({
  view,
  indikator,
  words,
  formWords,
  notes,
  ...indicator
}: CalculatorProps<F, W> & { view: KindView<F, R, L, W, C> }) {
  const { id } = indicator;
  // Undefined until the URL (or what was typed before hydration) has been read.
  const [form, setForm] = useState<FormState | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const state = form ?? EMPTY_FORM;
  const { computation, loading } = useComputation(view.load, state);
  const evaluation = evaluate(view.kind, indicator, state, computation);
  const errors = shownErrors(evaluation, { touched: state.touched, sent: state.sent > 0 });
  const summary = summaryLines(evaluation, errors, id);
  const update = (change: (current: FormState) => Partial<FormState>) => setForm((current = EMPTY_FORM) => ({ ...current, ...change(current) }));

  // Once mounted, take over what was typed before the script ran (the form's own data: the names
  // are the URL parameters), or else a computation shared through the URL.
  useEffect(() => {
    const typed = stateFromQuery(new FormData(formRef.current!) as unknown as URLSearchParams);
    const { state: restored, names } = typed.names.length > 0 ? typed : stateFromQuery(location.search);
    setForm({ ...restored, touched: Object.fromEntries(names.map((name) => [name, true])), sent: 0 });
  }, []);

  // Mirror the inputs in the URL, without adding history entries.
  const query = JSON.stringify(evaluation.query);
  useEffect(() => {
    if (!form) return;
    const { pathname, search, hash } = location;
    const next = queryFromState(evaluation.query, search);
    if (next !== search) history.replaceState(history.state, '', pathname + next + hash);
  }, [query, form === undefined]);

  // After a submit with problems, the focus goes to the summary (GOV.UK error summary); without,
  // the result comes into view (on a phone it may be a screen away from the button).
  useEffect(() => {
    if (state.sent === 0) return;
    if (evaluation.errors.length > 0) summaryRef.current?.focus();
    else formRef.current?.querySelector('.calc-output')?.scrollIntoView({ block: 'nearest' });
  }, [state.sent]);

  return (
    <form
      id={`${id}-form`}
      class="calc"
      method="get"
      aria-label={`Kalkulator ${indikator}`}
      ref={formRef}
      onSubmit={(event) => {
        event.preventDefault();
        update((current) => ({ sent: current.sent + 1 }));
      }}
    >
      {summary.length > 0 && <ErrorSummary id={id} title={formWords.summaryTitle} lines={summary} summaryRef={summaryRef} />}
      {/* Only a kind with a computation of its own loads one, and its words say how that goes. */}
      {loading && <ComputationStatus loading={loading} words={(words as { computation: ComputationWords }).computation} />}
      <IndicatorFields
        view={view}
        words={words}
        formWords={formWords}
        indicator={indicator}
        state={state}
        evaluation={evaluation}
        errors={errors}
        // While a field without a shown error is edited again, a new error waits until the field is
        // left (no message for a half-typed "1."); a shown error goes away once the text is valid.
        onText={(name, text) =>
          update((current) => ({ texts: { ...current.texts, [name]: text }, touched: { ...current.touched, [name]: name in errors } }))
        }
        onLeave={(name) => update((current) => ({ touched: { ...current.touched, [name]: true } }))}
        onChange={update}
        notes={notes}
      />
      <div class="calc-actions">
        <button type="submit" class="calc-button">
          {formWords.submit}
        </button>
        <button type="button" class="calc-button calc-button--secondary" onClick={() => setForm(EMPTY_FORM)}>
          {formWords.clear}
        </button>
      </div>
    </form>
  );
}
