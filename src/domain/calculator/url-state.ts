/**
 * The calculator's inputs in the page URL, so a computation can be shared, bookmarked and printed:
 * `?a=3.120&b=4.000&t=80`. Parameter names are the form controls' names, so a form submitted
 * without JavaScript produces the same URL: a, b (pembilang, penyebut); n (besaran); e (entries,
 * repeated); m=tempel and p (pasted text); r, u1-u9 (IKM respondents and unsur totals); w=0111
 * (IKM weight 0,111); s1-s4 (SAKIP components); t (target).
 *
 * A URL is untrusted text: only known parameters are read, each is cut to a safe length and goes
 * back into an input's value (never into markup), and it is then validated like typed text.
 */
import type { CalculatorState } from './model';

/** Longest text kept for one input: no valid number comes close. */
export const MAX_FIELD_LENGTH = 100;
/** Most entry rows restored from a URL. */
export const MAX_ENTRIES = 500;
/** Longest pasted text restored from a URL (a survey of a few thousand respondents). */
export const MAX_PASTED_LENGTH = 60_000;

/** The single inputs of every formula kind: a, b, n, r, u1-u9, s1-s4, t. A formula reads only its own. */
const SINGLE = /^([abnrt]|u[1-9]|s[1-4])$/;
/** Every parameter any calculator uses, so stale ones are cleared whatever the formula. */
const OWN = /^([abnrtempw]|u[1-9]|s[1-4])$/;

export interface RestoredState {
  state: CalculatorState;
  /** Names of the inputs that came with a value: they are validated and shown at once. */
  names: string[];
}

/**
 * Reads the calculator's inputs from a query string ("?a=1&b=2" or "a=1&b=2"), or from the form's
 * own data (the names are the same), e.g. what was typed before the script ran. Entry rows get the
 * keys 0, 1, 2, ...
 */
export function stateFromQuery(search: string | URLSearchParams): RestoredState {
  const params = new URLSearchParams(search);
  const texts: Record<string, string> = {};
  const names: string[] = [];
  const rows: number[] = [];
  const keep = (name: string, value: string | null, max = MAX_FIELD_LENGTH) => {
    if (value?.trim()) {
      texts[name] = value.slice(0, max);
      names.push(name);
    }
  };
  for (const [name, value] of params) {
    if (name === 'e' && rows.length < MAX_ENTRIES) {
      keep(`e-${rows.length}`, value);
      rows.push(rows.length);
    } else if (SINGLE.test(name) && !(name in texts)) keep(name, value);
  }
  const paste = params.get('m') === 'tempel';
  if (paste) keep('p', params.get('p'), MAX_PASTED_LENGTH);
  return { state: { texts, rows: rows.length > 0 ? rows : [0], paste, rounded: params.get('w') === '0111' }, names };
}

/**
 * The query string for a form's parameters (name and text, in form order), keeping any parameter
 * that is not the calculator's: "?a=1&t=80", or "" when nothing is filled in. Blanks are left out.
 */
export function queryFromState(params: readonly (readonly [string, string])[], currentSearch = ''): string {
  const query = new URLSearchParams(currentSearch);
  for (const name of [...query.keys()]) if (OWN.test(name)) query.delete(name);
  for (const [name, value] of params) if (value.trim()) query.append(name, value);
  const text = query.toString();
  return text && `?${text}`;
}
