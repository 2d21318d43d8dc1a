/**
 * The chosen year's entries, as this browser keeps them (`src/browser/worksheet/store.ts`): loaded
 * when the year changes, updated by the other tabs' writes, and written field by field as the person
 * types. Without storage the worksheet still computes, starts empty, and says so.
 */
import { loadIkmComputation } from '../calculator/kinds/ikm';
import { loadSumComputation } from '../calculator/kinds/sum';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Periode } from '../../domain/measurement/record';
import { EMPTY_ENTRY, type WorksheetEntry, applyChanges, entryFromFields, fieldChanges } from '../../domain/worksheet/entry';
import { entryKey } from '../../domain/worksheet/keys';
import { type FieldWrite, type WorksheetStore, askPersistence, openWorksheetStore } from '../../browser/worksheet/store';
import { STORAGE_UNAVAILABLE } from './notices';

/** A year's entries by entry key (`entryKey` of `keys.ts`). */
export type Entries = ReadonlyMap<string, WorksheetEntry>;

/** Changes to one entry of the chosen year. */
type EntryWrite = Omit<FieldWrite, 'tahun'>;

export type EntryUpdate = (entry: WorksheetEntry) => WorksheetEntry;

export function useWorksheetStore(tahun: number) {
  const [entries, setEntries] = useState<Entries | undefined>(undefined);
  // The latest entries, for the handlers that run between two renders.
  const latest = useRef<Entries>(new Map());
  const [problem, setProblem] = useState('');
  const store = useRef<WorksheetStore | undefined>(undefined);

  const replace = (next: Entries) => {
    latest.current = next;
    setEntries(next);
  };

  useEffect(() => {
    try {
      store.current = openWorksheetStore();
      askPersistence();
    } catch {
      setProblem(STORAGE_UNAVAILABLE);
    }
  }, []);

  // IKM and jumlah compute in modules of their own, loaded on demand (use-computation.tsx). The
  // worksheet evaluates every kind, in every period, for its check, export and print: it shows the
  // entries once those modules are here. A failed load is said beside the fields of those kinds.
  const computations = useMemo(() => Promise.all([loadIkmComputation(), loadSumComputation()]).catch(() => undefined), []);

  useEffect(() => {
    let current = true;
    latest.current = new Map();
    setEntries(undefined);
    const loaded = store.current ? store.current.loadYear(tahun) : Promise.reject(new Error('no storage'));
    Promise.all([loaded, computations])
      .then(([fields]) => new Map([...fields].map(([key, stored]) => [key, entryFromFields(stored)])))
      .catch(() => {
        setProblem(STORAGE_UNAVAILABLE);
        return new Map<string, WorksheetEntry>();
      })
      .then((year) => {
        if (current) replace(year);
      });
    return () => {
      current = false;
    };
  }, [tahun]);

  // Another tab's writes show here; they are already stored.
  useEffect(
    () =>
      store.current?.onOtherTab((write) => {
        if (write.tahun !== tahun) return;
        const key = entryKey(write.periode, write.indikator);
        const next = new Map(latest.current);
        next.set(key, applyChanges(next.get(key) ?? EMPTY_ENTRY, write.changes));
        replace(next);
      }),
    [tahun],
  );

  const save = (key: string, { periode, indikator, changes }: EntryWrite) => {
    if (Object.keys(changes.set).length === 0 && changes.remove.length === 0) return;
    store.current
      ?.write({ tahun, periode, indikator, changes })
      .catch(() => setProblem(`${STORAGE_UNAVAILABLE} (Gagal menyimpan ${key}.)`));
  };

  return {
    /** Undefined while the year loads. */
    entries,
    /** Why the entries are not kept, or ''. */
    problem,
    /** An entry as it is now, even before the next render. */
    entryOf: (periode: Periode, indikator: string): WorksheetEntry | undefined => latest.current.get(entryKey(periode, indikator)),
    /** Every entry as it is now, even before the next render. */
    current: (): Entries => latest.current,
    /** The person's edit of one entry: shown at once, and its changed fields stored. */
    update(periode: Periode, indikator: string, update: EntryUpdate) {
      const key = entryKey(periode, indikator);
      const before = latest.current.get(key) ?? EMPTY_ENTRY;
      const after = update(before);
      replace(new Map(latest.current).set(key, after));
      save(key, { periode, indikator, changes: fieldChanges(before, after) });
    },
    /** Changes to many entries (a merged import): applied, shown and stored. */
    apply(writes: readonly EntryWrite[]) {
      const next = new Map(latest.current);
      for (const write of writes) {
        const key = entryKey(write.periode, write.indikator);
        next.set(key, applyChanges(next.get(key) ?? EMPTY_ENTRY, write.changes));
        save(key, write);
      }
      replace(next);
    },
  };
}

export type WorksheetEntries = ReturnType<typeof useWorksheetStore>;
