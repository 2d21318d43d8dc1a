/** Indonesian lists ("a, b, dan c"), from the runtime's CLDR data rather than joined by hand. */
const AND_LIST = new Intl.ListFormat('id', { type: 'conjunction' });

export function listWords(words: readonly string[]): string {
  return AND_LIST.format(words);
}

/** A list as items and the words between them, so that a page can make each item a link. */
export function listPieces<T>(items: readonly T[]): ({ item: T } | { between: string })[] {
  return AND_LIST.formatToParts(items.map((_, n) => String(n))).map((part) =>
    part.type === 'element' ? { item: items[Number(part.value)]! } : { between: part.value },
  );
}
