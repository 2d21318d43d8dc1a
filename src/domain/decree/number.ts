/**
 * Decree numbers as people type them: "050/17 / KPTS / TAHUN 2024" in the decree,
 * "050/17/KPTS/2024" on the site. Two numbers name the same decree when they are equal
 * once spaces are removed and case ignored.
 */

/** The number without spaces, in lower case: the form numbers are compared in. */
export function normaliseNumber(nomor: string): string {
  return nomor.replace(/\s+/g, '').toLowerCase();
}

/** Whether `nomor` names a decree written as any of `forms` (its own number, the site's). */
export function namesDecree(nomor: string, forms: readonly string[]): boolean {
  const wanted = normaliseNumber(nomor);
  return forms.some((form) => normaliseNumber(form) === wanted);
}

/** An indicator's name compared across decrees: case and runs of spaces aside. */
export function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().toLowerCase();
}
