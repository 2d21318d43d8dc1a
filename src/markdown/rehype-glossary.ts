/**
 * Marks the first use of each glossary term in an indicator's text: the words stay as the decree
 * wrote them, wrapped in a link to the term's entry, with an <abbr> giving the expansion.
 */
import type { Element, ElementContent, Root, Text } from 'hast';
import { firstMatch, type GlossaryTerm, type TermMatch } from '../catalogue/glossary';

/** Elements whose text is not prose: typeset math, code, links, existing abbreviations. */
const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'math', 'svg', 'script', 'style']);

function isMath(node: Element): boolean {
  const className = node.properties?.['className'];
  return Array.isArray(className) && className.some((c) => String(c).startsWith('katex'));
}

function termElement(match: TermMatch, text: string, href: (id: string) => string): Element {
  const words: Text = { type: 'text', value: text };
  const { term } = match;
  const inner: ElementContent =
    term.kepanjangan && text !== term.kepanjangan
      ? { type: 'element', tagName: 'abbr', properties: { title: term.kepanjangan }, children: [words] }
      : words;
  return { type: 'element', tagName: 'a', properties: { href: href(term.id), className: ['term'] }, children: [inner] };
}

export function rehypeGlossary(options: { terms: () => GlossaryTerm[]; href: (id: string) => string }) {
  return (tree: Root) => {
    const pending = new Set(options.terms());
    const visit = (parent: Root | Element) => {
      for (let i = 0; i < parent.children.length && pending.size > 0; i++) {
        const child = parent.children[i]!;
        if (child.type === 'element') {
          if (!SKIP.has(child.tagName) && !isMath(child)) visit(child);
          continue;
        }
        if (child.type !== 'text') continue;
        let best: TermMatch | undefined;
        for (const term of pending) {
          const match = firstMatch(child.value, term);
          // The earliest term wins; at the same place, the longer one ("Penanaman Modal Dalam Negeri" over "Penanaman Modal").
          if (match && (!best || match.index < best.index || (match.index === best.index && match.length > best.length))) best = match;
        }
        if (!best) continue;
        pending.delete(best.term);
        const { value } = child;
        const pieces: ElementContent[] = [];
        if (best.index > 0) pieces.push({ type: 'text', value: value.slice(0, best.index) });
        pieces.push(termElement(best, value.slice(best.index, best.index + best.length), options.href));
        const rest = value.slice(best.index + best.length);
        if (rest) pieces.push({ type: 'text', value: rest });
        parent.children.splice(i, 1, ...(pieces as typeof parent.children));
        // Continue with the piece after the marked term, which may hold other terms.
        i += pieces.length - (rest ? 2 : 1);
      }
    };
    visit(tree);
  };
}
