/**
 * The formula of a kind whose computation is large (IKM, jumlah) is a module of its own, imported
 * once the person starts filling in the form or opens a shared computation (bytes: see the README's
 * budgets). The service worker keeps these modules too, so they load offline.
 */
import { useEffect, useState } from 'preact/hooks';
import type { CalculatorState } from '../../domain/calculator/model';
import type { ComputationWords } from './words';

/** While the computation loads, or when it could not (kept until the page is reloaded). */
export type Loading = undefined | 'loading' | 'failed';

/** A kind's computation: undefined until it has loaded, and how its loading goes. */
export interface Computing<C> {
  computation?: C;
  loading?: Loading;
}

/**
 * Loads the kind's computation (`load`, from the kind's view) once anything is typed, pasted or
 * chosen. A kind without `load` needs none.
 */
export function useComputation<C>(load: (() => Promise<C>) | undefined, state: CalculatorState): Computing<C> {
  const started = state.paste || Object.values(state.texts).some((text) => text.trim() !== '');
  // Undefined until the loading starts.
  const [computing, setComputing] = useState<Computing<C>>();
  useEffect(() => {
    if (!load || !started || computing) return;
    setComputing({ loading: 'loading' });
    load().then(
      (computation) => setComputing({ computation }),
      () => setComputing({ loading: 'failed' }),
    );
  }, [started]);
  return computing ?? {};
}

/** Above the inputs while the computation loads, or when it could not. */
export function ComputationStatus({ loading, words }: { loading: Loading; words: ComputationWords }) {
  if (loading === 'loading') return <p class="calc-hint">{words.loading}</p>;
  if (loading === 'failed') {
    return (
      <p class="calc-error-message" role="alert">
        {words.failed}
      </p>
    );
  }
  return null;
}
