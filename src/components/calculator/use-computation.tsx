/**
 * The formula of a kind whose computation is large (IKM, jumlah) is a module of its own, imported
 * once the person starts filling in the form (or opens a shared computation): most visitors of an
 * indicator page read it and compute nothing, and its script has a budget. The service worker
 * keeps these modules too, so they load offline.
 */
import { useEffect, useState } from 'preact/hooks';
import type { StateUpdate } from './IndicatorFields';
import type { CalculatorState } from '../../domain/calculator/model';
import type { ComputationWords } from './words';

type Loading = undefined | 'loading' | 'loaded' | 'failed';

/**
 * Loads the computation (`load`, which the kind's module defines) once anything is typed, pasted
 * or chosen, then evaluates the form again; a failure is kept until the page is reloaded.
 */
export function useComputation(state: CalculatorState, load: () => Promise<void>, onChange: (update: StateUpdate) => void): Loading {
  const started = state.paste || Object.values(state.texts).some((text) => text.trim() !== '');
  const [loading, setLoading] = useState<Loading>(undefined);
  useEffect(() => {
    if (!started || loading) return;
    setLoading('loading');
    load().then(
      () => {
        setLoading('loaded');
        onChange((current) => ({ ...current }));
      },
      () => setLoading('failed'),
    );
  }, [started]);
  return loading;
}

/** Beside the inputs while the computation loads, or when it could not. */
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
