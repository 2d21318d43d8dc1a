/**
 * A part of a calculator that few people use (pasting a list, the IKM's NRR table) is a module of
 * its own, imported when first wanted, so that an indicator page's script stays within its budget.
 * The service worker keeps these modules too, so they load offline.
 */
import { useEffect, useState } from 'preact/hooks';

/** Nothing asked yet, loading, the module, or a failure (tried again when wanted anew). */
export type Imported<M> = undefined | 'loading' | { module: M } | 'failed';

export function useImport<M>(wanted: boolean, load: () => Promise<M>): Imported<M> {
  const [imported, setImported] = useState<Imported<M>>(undefined);
  const done = typeof imported === 'object';
  useEffect(() => {
    if (!wanted || done) return;
    setImported('loading');
    load().then(
      (module) => setImported({ module }),
      () => setImported('failed'),
    );
  }, [wanted]);
  return imported;
}
