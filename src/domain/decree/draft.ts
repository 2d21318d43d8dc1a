/**
 * A decree record the importer drafts holds `[ISI: ...]` wherever the office must copy the decree's
 * own words. The build refuses a record with such a mark left, naming the fields.
 */

/** The start of the mark of a field the office fills in: "[ISI: tentang, seperti tertulis]". */
export const TO_FILL = '[ISI';

/** The mark for a field: what to write there. */
export const toFill = (what: string) => `${TO_FILL}: ${what}]`;

/** The paths of the fields still marked to fill ("menimbang.0", "lampiran.1.nomor"). */
export function unfilled(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes(TO_FILL) ? [path] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => unfilled(inner, path ? `${path}.${key}` : key));
}
