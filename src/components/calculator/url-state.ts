/**
 * The calculator's inputs in the page URL, so a computation can be shared, bookmarked and printed:
 * `?a=3.120&b=4.000&t=80`. Parameter names are the form controls' names (see `model.ts`), so a
 * form submitted without JavaScript produces the same URL.
 *
 * A URL is untrusted text: only known parameters are read, each is cut to a safe length and goes
 * back into an input's value (never into markup), and it is then validated like typed text.
 */
import type { FormulaDefinition } from '../../domain/formula/definition';
import { IKM_UNSUR } from '../../domain/ikm-survey';
import { SAKIP_COMPONENTS } from '../../domain/sakip-components';
import { type CalculatorState, EMPTY_STATE, NAME, entryName, fieldGroups, hasEntryModes } from './model';

/** Longest text kept for one input: no valid number comes close. */
export const MAX_FIELD_LENGTH = 100;
/** Most entry rows restored from a URL. */
export const MAX_ENTRIES = 500;
/** Longest pasted text restored from a URL (a survey of a few thousand respondents). */
export const MAX_PASTED_LENGTH = 60_000;
/** The values of the IKM weight parameter (`w`); the default, 1/9, is left out of the URL. */
export const WEIGHT_VALUES = { exact: 'tepat', rounded: '0111' } as const;
const ROUNDED_WEIGHT = WEIGHT_VALUES.rounded;

/** Every parameter any calculator uses, so stale ones are cleared whatever the formula. */
const OWN_PARAMETERS = [
  'a',
  'b',
  'n',
  'r',
  ...IKM_UNSUR.map((_, index) => `u${index + 1}`),
  ...SAKIP_COMPONENTS.map((_, index) => `s${index + 1}`),
  NAME.entry,
  NAME.mode,
  NAME.pasted,
  NAME.weight,
  NAME.target,
];

function singleNames(rumus: FormulaDefinition): string[] {
  return [...fieldGroups(rumus).flatMap((group) => group.fields.map((field) => field.name)), NAME.target];
}

export interface RestoredState {
  state: CalculatorState;
  /** Names of the inputs that came with a value: they are validated and shown at once. */
  names: string[];
}

/**
 * Reads the calculator's inputs from a query string ("?a=1&b=2" or "a=1&b=2"), or from the form's
 * own data (the names are the same), e.g. what was typed before the script ran.
 */
export function stateFromQuery(rumus: FormulaDefinition, search: string | URLSearchParams): RestoredState {
  const params = new URLSearchParams(search);
  const fields: Record<string, string> = {};
  const names: string[] = [];
  for (const name of singleNames(rumus)) {
    const value = params.get(name);
    if (value !== null && value.trim() !== '') {
      fields[name] = value.slice(0, MAX_FIELD_LENGTH);
      names.push(name);
    }
  }
  const state: CalculatorState = { ...EMPTY_STATE, fields };
  if (rumus.jenis === 'jumlah') {
    const entries = params
      .getAll(NAME.entry)
      .slice(0, MAX_ENTRIES)
      .map((value) => value.slice(0, MAX_FIELD_LENGTH));
    if (entries.length > 0) {
      state.entries = entries;
      entries.forEach((value, index) => {
        if (value.trim() !== '') names.push(entryName(index));
      });
    }
  }
  if (hasEntryModes(rumus) && params.get(NAME.mode) === 'tempel') {
    state.mode = 'tempel';
    state.pasted = (params.get(NAME.pasted) ?? '').slice(0, MAX_PASTED_LENGTH);
    if (state.pasted.trim() !== '') names.push(NAME.pasted);
  }
  if (rumus.jenis === 'ikm' && params.get(NAME.weight) === ROUNDED_WEIGHT) state.weight = 'rounded';
  return { state, names };
}

/**
 * The query string for the state, keeping any parameter that is not the calculator's: "?a=1&t=80",
 * or "" when nothing is filled in. Empty inputs are left out.
 */
export function queryFromState(rumus: FormulaDefinition, state: CalculatorState, currentSearch = ''): string {
  const params = new URLSearchParams(currentSearch);
  for (const name of OWN_PARAMETERS) params.delete(name);
  const pasteMode = hasEntryModes(rumus) && state.mode === 'tempel';
  for (const name of singleNames(rumus)) {
    if (pasteMode && rumus.jenis === 'ikm' && name !== NAME.target) continue;
    const value = state.fields[name] ?? '';
    if (value.trim() !== '') params.set(name, value);
  }
  if (rumus.jenis === 'jumlah' && !pasteMode) {
    for (const entry of state.entries) if (entry.trim() !== '') params.append(NAME.entry, entry);
  }
  if (pasteMode) {
    params.set(NAME.mode, 'tempel');
    if (state.pasted.trim() !== '') params.set(NAME.pasted, state.pasted);
  }
  if (rumus.jenis === 'ikm' && state.weight === 'rounded') params.set(NAME.weight, ROUNDED_WEIGHT);
  const query = params.toString();
  return query ? `?${query}` : '';
}
