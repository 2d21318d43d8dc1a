/**
 * One indicator's figures for one period on the worksheet, as staff typed them: the calculator's
 * state (the same texts, rows and modes as its page), the source and note of the CSV row, and a
 * realisasi taken from an imported file that the worksheet cannot rebuild as inputs (`berkas`).
 *
 * An entry is kept as a flat set of named fields, each stored on its own (`keys.ts`), so that a
 * change writes only the field that changed and two tabs never overwrite each other's fields.
 */
import { type CalculatorState, EMPTY_STATE } from '../calculator/model';

export interface WorksheetEntry {
  state: CalculatorState;
  /** The document the figure comes from (CSV column `sumber`). */
  sumber: string;
  /** Free text (CSV column `catatan`). */
  catatan: string;
  /**
   * A realisasi read from an imported file, as written there, for an indicator whose inputs cannot
   * be rebuilt from a realisasi (a jumlah of many entries, an IKM, a SAKIP score, a percentage
   * without its parts). It is the entry's figure until someone fills the inputs again.
   */
  berkas: string;
}

export const EMPTY_ENTRY: WorksheetEntry = { state: EMPTY_STATE, sumber: '', catatan: '', berkas: '' };

/**
 * The fields that are not an input's text. Input names are a, b, n, p, r, t, u1-u9, s1-s4 and
 * e-<key> (`model.ts`), so these never collide with them.
 */
export const ENTRY_FIELDS = {
  /** The sum's row keys, "0,1,3", when they are not the single first row. */
  rows: 'baris',
  /** "tempel" when a list or survey is pasted (the calculators' `m` parameter). */
  paste: 'm',
  /** "0111" for the IKM weight 0,111 (the calculators' `w` parameter). */
  rounded: 'w',
  sumber: 'sumber',
  catatan: 'catatan',
  berkas: 'berkas',
} as const;

/** An entry's fields that hold something, by name: blanks are left out (a blank field is no field). */
export function entryFields({ state, sumber, catatan, berkas }: WorksheetEntry): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, text] of Object.entries(state.texts)) if (text !== '') fields[name] = text;
  if (state.rows.join(',') !== '0') fields[ENTRY_FIELDS.rows] = state.rows.join(',');
  if (state.paste) fields[ENTRY_FIELDS.paste] = 'tempel';
  if (state.rounded) fields[ENTRY_FIELDS.rounded] = '0111';
  if (sumber !== '') fields[ENTRY_FIELDS.sumber] = sumber;
  if (catatan !== '') fields[ENTRY_FIELDS.catatan] = catatan;
  if (berkas !== '') fields[ENTRY_FIELDS.berkas] = berkas;
  return fields;
}

const OWN_FIELDS = new Set<string>(Object.values(ENTRY_FIELDS));

/** The entry of stored fields; a field it does not know is ignored. */
export function entryFromFields(fields: Readonly<Record<string, string>>): WorksheetEntry {
  const texts: Record<string, string> = {};
  for (const [name, text] of Object.entries(fields)) if (!OWN_FIELDS.has(name) && text !== '') texts[name] = text;
  const keys = (fields[ENTRY_FIELDS.rows] ?? '')
    .split(',')
    .filter((key) => /^\d+$/.test(key))
    .map(Number);
  // Every entry row with a text has a row, whatever the stored order says (two tabs may add rows).
  for (const name of Object.keys(texts)) {
    const key = /^e-(\d+)$/.exec(name)?.[1];
    if (key !== undefined && !keys.includes(Number(key))) keys.push(Number(key));
  }
  return {
    state: { texts, rows: keys.length > 0 ? keys : [0], paste: fields[ENTRY_FIELDS.paste] === 'tempel', rounded: fields[ENTRY_FIELDS.rounded] === '0111' },
    sumber: fields[ENTRY_FIELDS.sumber] ?? '',
    catatan: fields[ENTRY_FIELDS.catatan] ?? '',
    berkas: fields[ENTRY_FIELDS.berkas] ?? '',
  };
}

/** What to write to go from one entry to another: the fields set (with their text) and the fields removed. */
export interface FieldChanges {
  set: Record<string, string>;
  remove: string[];
}

export function fieldChanges(before: WorksheetEntry, after: WorksheetEntry): FieldChanges {
  const old = entryFields(before);
  const next = entryFields(after);
  const set: Record<string, string> = {};
  for (const [name, text] of Object.entries(next)) if (old[name] !== text) set[name] = text;
  return { set, remove: Object.keys(old).filter((name) => !(name in next)) };
}

/** Applies changes (from this tab or another) to an entry. */
export function applyChanges(entry: WorksheetEntry, { set, remove }: FieldChanges): WorksheetEntry {
  const fields = { ...entryFields(entry), ...set };
  for (const name of remove) delete fields[name];
  return entryFromFields(fields);
}

/** Whether anything is filled in. */
export function isBlank(entry: WorksheetEntry): boolean {
  return Object.keys(entryFields(entry)).length === 0;
}
