/**
 * The worksheet's fields in this browser (IndexedDB through idb-keyval), and the other tabs told
 * of every write (BroadcastChannel). Nothing leaves the device. Each field is its own record
 * (`src/domain/worksheet/keys.ts`) and a change writes only the fields it changed, so two tabs
 * never overwrite each other's fields. Where IndexedDB is missing or refuses (a private window, a
 * full disk), the store says so and the page keeps computing without it.
 */
import { createStore, delMany, entries, setMany, type UseStore } from 'idb-keyval';
import type { FieldChanges } from '../../domain/worksheet/entry';
import { fieldKey, fieldsOfYear } from '../../domain/worksheet/keys';
import type { Periode } from '../../domain/measurement/record';

const DATABASE = 'katalog-lembar-kerja';
const CHANNEL = 'katalog-lembar-kerja';

/** A write, as sent to the other tabs. */
export interface FieldWrite {
  tahun: number;
  periode: Periode;
  indikator: string;
  changes: FieldChanges;
}

export interface WorksheetStore {
  /** The stored fields of a year, by entry key; rejects when storage is unavailable. */
  loadYear(tahun: number): Promise<Map<string, Record<string, string>>>;
  /** Writes an entry's changed fields and tells the other tabs; rejects when storage refuses. */
  write(write: FieldWrite): Promise<void>;
  /** Calls `listener` with every write made in another tab. Returns the unsubscribe. */
  onOtherTab(listener: (write: FieldWrite) => void): () => void;
}

export function openWorksheetStore(): WorksheetStore {
  let store: UseStore | undefined;
  const opened = (): UseStore => {
    // createStore opens the database at once and throws where IndexedDB does not exist.
    store ??= createStore(DATABASE, 'isian');
    return store;
  };
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
  return {
    async loadYear(tahun) {
      return fieldsOfYear(await entries(opened()), tahun);
    },
    async write({ tahun, periode, indikator, changes }) {
      const set = Object.entries(changes.set).map(([field, text]): [IDBValidKey, string] => [fieldKey(tahun, periode, indikator, field), text]);
      const removed = changes.remove.map((field) => fieldKey(tahun, periode, indikator, field));
      channel?.postMessage({ tahun, periode, indikator, changes } satisfies FieldWrite);
      await Promise.all([set.length > 0 && setMany(set, opened()), removed.length > 0 && delMany(removed, opened())]);
    },
    onOtherTab(listener) {
      const handle = (event: MessageEvent<FieldWrite>) => listener(event.data);
      channel?.addEventListener('message', handle);
      return () => channel?.removeEventListener('message', handle);
    },
  };
}

/** Asks the browser to keep the worksheet's storage when space runs low (it may decline quietly). */
export function askPersistence(): void {
  void navigator.storage?.persist?.().catch(() => undefined);
}
