/** File names for imported entries: the name in lower case, words joined by hyphens. */

/**
 * "Persentase Pengaduan yang terselesaikan" -> "persentase-pengaduan-yang-terselesaikan"; long
 * names are cut at a word so the address stays readable (the catalogue's own ids are about as long).
 */
export function slugify(name: string, maxLength = 70): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (slug && next.length > maxLength) break;
    slug = next;
  }
  return slug;
}

/** A slug not yet in `taken` (adding "-2", "-3"... when needed), which is then marked taken. */
export function uniqueSlug(name: string, taken: Set<string>): string {
  const base = slugify(name);
  let slug = base;
  for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  taken.add(slug);
  return slug;
}
