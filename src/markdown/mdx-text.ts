/**
 * Text in the site's MDX, both ways, with the Markdown tooling rather than hand-written escapes:
 * `textToMdx` writes paragraphs of plain text (the decree's words) as MDX that shows exactly that
 * text and runs nothing, and `mdxToText` reads a block of such MDX back to the text a reader sees.
 * The syntax is the site's own: MDX (JSX, expressions, import/export), GFM (Astro's default) and
 * remark-math's `$`.
 */
import type { Heading, Nodes, Paragraph, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mathFromMarkdown, mathToMarkdown } from 'mdast-util-math';
import { mdxFromMarkdown, mdxToMarkdown } from 'mdast-util-mdx';
import { type Unsafe, toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';
import { mdxjs } from 'micromark-extension-mdxjs';

/**
 * A line that starts with `import ` or `export ` is JavaScript in MDX, and mdast-util-mdx does not
 * guard against it in text: its first letter is written as a character reference (`&#x65;xport`).
 */
const ESM_AT_LINE_START: Unsafe[] = [
  { atBreak: true, character: 'i', after: 'mport(?:\\s|$)' },
  { atBreak: true, character: 'e', after: 'xport(?:\\s|$)' },
];

export type Block = { heading: string } | { paragraph: string };

/** Headings (level 2) and paragraphs of plain text as MDX; blocks separated by blank lines. */
export function textToMdx(blocks: readonly Block[]): string {
  const children = blocks.map((b): Heading | Paragraph =>
    'heading' in b
      ? { type: 'heading', depth: 2, children: [{ type: 'text', value: b.heading }] }
      : { type: 'paragraph', children: [{ type: 'text', value: b.paragraph }] },
  );
  const root: Root = { type: 'root', children };
  return toMarkdown(root, { extensions: [mdxToMarkdown(), mathToMarkdown(), gfmToMarkdown()], unsafe: ESM_AT_LINE_START }).trimEnd();
}

function textOf(node: Nodes, source: string): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'root') return node.children.map((c) => textOf(c, source)).join('\n\n');
  if (node.type === 'paragraph') return node.children.map((c) => textOf(c, source)).join('');
  // Anything else (math, a component, emphasis) is shown by the page its own way: keep its source.
  const { start, end } = node.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : '';
}

/**
 * The text of a block as the page shows it: escapes and character references resolved, math and
 * anything else that is not plain text kept as written. A block MDX cannot read is returned as is
 * (the build itself reports it).
 */
export function mdxToText(block: string): string {
  try {
    const tree = fromMarkdown(block, { extensions: [mdxjs(), math(), gfm()], mdastExtensions: [mdxFromMarkdown(), mathFromMarkdown(), gfmFromMarkdown()] });
    return textOf(tree, block);
  } catch {
    return block;
  }
}
