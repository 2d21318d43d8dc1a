/**
 * Spotting the glossary's terms in a text: an abbreviation by its exact letters ("BPU", never "bpu"
 * inside another word), a term of several words or an expansion regardless of case. Used to list
 * the terms of an indicator, to list the indicators of a term, and to mark a term's first use.
 */

export interface GlossaryTerm {
  id: string;
  istilah: string;
  kepanjangan?: string | undefined;
}

export interface TermMatch {
  term: GlossaryTerm;
  index: number;
  length: number;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Letters and digits on neither side: the form stands as whole words. */
function wholeWords(source: string, flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`, flags);
}

const cache = new Map<string, readonly RegExp[]>();

/**
 * The patterns that find the term as whole words: its own form (by its exact letters when it is an
 * abbreviation) and its expansion. Separate patterns rather than one with an inline `(?-i:...)`
 * modifier, which Node 22's V8 rejects ("Invalid group") and `engines` promises Node >= 22.12.
 */
function termPatterns(term: GlossaryTerm): readonly RegExp[] {
  const key = `${term.istilah}\u0000${term.kepanjangan ?? ''}`;
  let patterns = cache.get(key);
  if (!patterns) {
    const isAbbreviation = /^[A-Z][A-Za-z]*[A-Z]$|^[A-Z]{2,}$/.test(term.istilah);
    const own = wholeWords(escapeRegExp(term.istilah), isAbbreviation ? 'u' : 'iu');
    patterns = term.kepanjangan ? [own, wholeWords(escapeRegExp(term.kepanjangan), 'iu')] : [own];
    cache.set(key, patterns);
  }
  return patterns;
}

/** The first place the term stands in the text, if it does; at one place, its own form before its expansion. */
export function firstMatch(text: string, term: GlossaryTerm): TermMatch | undefined {
  let first: TermMatch | undefined;
  for (const pattern of termPatterns(term)) {
    const found = pattern.exec(text);
    if (found && (!first || found.index < first.index)) first = { term, index: found.index, length: found[0].length };
  }
  return first;
}

/** The terms that stand in the text, in the order of their first use. */
export function termsIn(text: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  return terms
    .map((term) => firstMatch(text, term))
    .filter((m): m is TermMatch => m !== undefined)
    .sort((a, b) => a.index - b.index || b.length - a.length)
    .map((m) => m.term);
}
