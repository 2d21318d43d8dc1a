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

const cache = new Map<string, RegExp>();

/** A pattern that finds the term's own form or its expansion as whole words. */
export function termPattern(term: GlossaryTerm): RegExp {
  const key = `${term.istilah}\u0000${term.kepanjangan ?? ''}`;
  let pattern = cache.get(key);
  if (!pattern) {
    const isAbbreviation = /^[A-Z][A-Za-z]*[A-Z]$|^[A-Z]{2,}$/.test(term.istilah);
    const own = isAbbreviation ? `(?-i:${escapeRegExp(term.istilah)})` : escapeRegExp(term.istilah);
    const forms = term.kepanjangan ? [own, escapeRegExp(term.kepanjangan)] : [own];
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
    cache.set(key, pattern);
  }
  return pattern;
}

/** The first place the term stands in the text, if it does. */
export function firstMatch(text: string, term: GlossaryTerm): TermMatch | undefined {
  const found = termPattern(term).exec(text);
  return found ? { term, index: found.index, length: found[0].length } : undefined;
}

/** The terms that stand in the text, in the order of their first use. */
export function termsIn(text: string, terms: readonly GlossaryTerm[]): GlossaryTerm[] {
  return terms
    .map((term) => firstMatch(text, term))
    .filter((m): m is TermMatch => m !== undefined)
    .sort((a, b) => a.index - b.index || b.length - a.length)
    .map((m) => m.term);
}
