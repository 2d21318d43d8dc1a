/**
 * Where each field of the worksheet is kept in the browser: one IndexedDB record per field, under
 * the key [tahun, periode, indikator, field] (IndexedDB orders and compares array keys natively).
 * One key per field is what lets two tabs edit the worksheet at once: each writes only the fields
 * it changed.
 */
import { type Periode, PERIODS } from '../measurement/record';

export type FieldKey = [tahun: number, periode: Periode, indikator: string, field: string];

export function fieldKey(tahun: number, periode: Periode, indikator: string, field: string): FieldKey {
  return [tahun, periode, indikator, field];
}

/** A stored key read back, or undefined when it is not a worksheet field's (another version, another tool). */
export function readFieldKey(key: unknown): FieldKey | undefined {
  if (!Array.isArray(key) || key.length !== 4) return undefined;
  const [tahun, periode, indikator, field] = key as unknown[];
  if (!Number.isInteger(tahun) || !(PERIODS as readonly unknown[]).includes(periode)) return undefined;
  if (typeof indikator !== 'string' || indikator === '' || typeof field !== 'string' || field === '') return undefined;
  return [tahun as number, periode as Periode, indikator, field];
}

/** The entry a field belongs to, as one string: "TW1 persentase-..." (periode and indikator). */
export function entryKey(periode: Periode, indikator: string): string {
  return `${periode} ${indikator}`;
}

/** An entry key read back into its periode and indikator (the indikator is everything after the first space). */
export function readEntryKey(key: string): { periode: Periode; indikator: string } {
  const space = key.indexOf(' ');
  return { periode: key.slice(0, space) as Periode, indikator: key.slice(space + 1) };
}

/** Values by entry key, regrouped by periode and then by indikator; every periode is present. */
export function byPeriod<T>(byEntry: ReadonlyMap<string, T>): Map<Periode, Map<string, T>> {
  const grouped = new Map<Periode, Map<string, T>>(PERIODS.map((periode) => [periode, new Map()]));
  for (const [key, value] of byEntry) {
    const { periode, indikator } = readEntryKey(key);
    grouped.get(periode)?.set(indikator, value);
  }
  return grouped;
}

/** Stored records of one year, grouped by entry: entryKey → field → text. Other years and stray records are left out. */
export function fieldsOfYear(records: readonly (readonly [unknown, unknown])[], tahun: number): Map<string, Record<string, string>> {
  const byEntry = new Map<string, Record<string, string>>();
  for (const [key, value] of records) {
    const read = readFieldKey(key);
    if (!read || read[0] !== tahun || typeof value !== 'string') continue;
    const [, periode, indikator, field] = read;
    const id = entryKey(periode, indikator);
    const fields = byEntry.get(id) ?? {};
    fields[field] = value;
    byEntry.set(id, fields);
  }
  return byEntry;
}
