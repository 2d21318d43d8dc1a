/**
 * Marks the first use of each glossary term in an indicator's text: the words stay as the decree
 * wrote them, wrapped in a link to the term's entry, with an <abbr> giving the expansion.
 */
import type { Element, ElementContent, Root } from 'hast';
import { EXIT, SKIP, visit } from 'unist-util-visit';
import { firstMatch, type GlossaryTerm, type TermMatch } from '../catalogue/glossary';

/** Elements whose text is not prose: typeset math, code, links, existing abbreviations. */
const NOT_PROSE = new Set(['a', 'abbr', 'code', 'pre', 'math', 'svg', 'script', 'style']);

function isMath(node: Element): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.some((c) => String(c).startsWith('katex'));
}

function termElement(match: TermMatch, text: string, href: (id: string) => string): Element {
  const { term } = match;
  const inner: ElementContent =
    term.kepanjangan && text !== term.kepanjangan
      ? { type: 'element', tagName: 'abbr', properties: { title: term.kepanjangan }, children: [{ type: 'text', value: text }] }
      : { type: 'text', value: text };
  return { type: 'element', tagName: 'a', properties: { href: href(term.id), className: ['term'] }, children: [inner] };
}

/** The earliest term in a text; at the same place, the longer one ("Penanaman Modal Dalam Negeri" over "Penanaman Modal"). */
function earliestTerm(text: string, terms: Iterable<GlossaryTerm>): TermMatch | undefined {
  let best: TermMatch | undefined;
  for (const term of terms) {
    const match = firstMatch(text, term);
    if (match && (!best || match.index < best.index || (match.index === best.index && match.length > best.length))) best = match;
  }
  return best;
}

export function rehypeGlossary(options: { terms: () => GlossaryTerm[]; href: (id: string) => string }) {
  return (tree: Root) => {
    const pending = new Set(options.terms());
    visit(tree, (node, index, parent) => {
      if (pending.size === 0) return EXIT;
      if (node.type === 'element' && (NOT_PROSE.has(node.tagName) || isMath(node))) return SKIP;
      // A component in MDX (`<Tautan>`) may render a link or code of its own: its text is left alone.
      if (node.type !== 'root' && node.type !== 'element' && node.type !== 'text') return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return;
      const match = earliestTerm(node.value, pending);
      if (!match) return;
      pending.delete(match.term);
      const { value } = node;
      const end = match.index + match.length;
      const pieces: ElementContent[] = [termElement(match, value.slice(match.index, end), options.href)];
      if (match.index > 0) pieces.unshift({ type: 'text', value: value.slice(0, match.index) });
      if (end < value.length) pieces.push({ type: 'text', value: value.slice(end) });
      parent.children.splice(index, 1, ...pieces);
      // Go on with the text after the marked term, which may hold other terms.
      return end < value.length ? index + pieces.length - 1 : index + pieces.length;
    });
  };
}
