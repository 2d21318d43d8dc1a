// The first use of each glossary term in an indicator's text links to its entry.
import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { rehypeGlossary } from '../../../src/markdown/rehype-glossary';

const TERMS = [
  { id: 'bpu', istilah: 'BPU', kepanjangan: 'Bukan Penerima Upah' },
  { id: 'pmdn', istilah: 'PMDN', kepanjangan: 'Penanaman Modal Dalam Negeri' },
  { id: 'penanaman-modal', istilah: 'Penanaman Modal' },
];

const p = (...children: ElementContent[]): Element => ({ type: 'element', tagName: 'p', properties: {}, children });
const text = (value: string): ElementContent => ({ type: 'text', value });

function mark(...children: ElementContent[]): Root {
  const tree: Root = { type: 'root', children };
  rehypeGlossary({ terms: () => TERMS, href: (id) => `/istilah/${id}/` })(tree);
  return tree;
}

describe('rehypeGlossary', () => {
  it('links the first use of each term, keeps the words, and goes on after it in the same text', () => {
    const tree = mark(p(text('Peserta BPU dan BPU lain; realisasi Penanaman Modal Dalam Negeri.')));
    expect(tree.children[0]).toEqual(
      p(
        text('Peserta '),
        {
          type: 'element',
          tagName: 'a',
          properties: { href: '/istilah/bpu/', className: ['term'] },
          children: [{ type: 'element', tagName: 'abbr', properties: { title: 'Bukan Penerima Upah' }, children: [text('BPU')] }],
        },
        // The second BPU stays plain; the longer term wins where two start at the same place.
        text(' dan BPU lain; realisasi '),
        { type: 'element', tagName: 'a', properties: { href: '/istilah/pmdn/', className: ['term'] }, children: [text('Penanaman Modal Dalam Negeri')] },
        text('.'),
      ),
    );
  });

  it('leaves code, links, typeset math and MDX components alone and marks the next prose use', () => {
    const code: Element = { type: 'element', tagName: 'code', properties: {}, children: [text('BPU')] };
    const math: Element = { type: 'element', tagName: 'span', properties: { className: ['katex'] }, children: [text('BPU')] };
    // An MDX component, which may render a link of its own.
    const component = { type: 'mdxJsxTextElement', name: 'Tautan', attributes: [], children: [text('BPU')] } as unknown as ElementContent;
    const tree = mark(p(code, math, component), p(text('BPU')));
    expect((tree.children[0] as Element).children).toEqual([code, math, component]);
    expect((tree.children[1] as Element).children[0]).toMatchObject({ tagName: 'a', properties: { href: '/istilah/bpu/' } });
  });
});
