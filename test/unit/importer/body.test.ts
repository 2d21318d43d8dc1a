// The decree's fourth column under the site's headings, verbatim, safe in MDX.
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../../src/catalogue/sections';
import fc from 'fast-check';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mathFromMarkdown } from 'mdast-util-math';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { math } from 'micromark-extension-math';
import { mdxjs } from 'micromark-extension-mdxjs';
import { bodyOf, paragraphsOf, sectionsOf } from '../../../src/importer/body';

// Lampiran I NO 1, column 4: three paragraphs.
const IKU_1 = [
  'Realisasi Investasi Penanaman Modal Dalam Negeri (PMDN)',
  'Untuk mengetahui realisasi investasi pertahun',
  'Angka realisasi investasi PMDN dijumlahkan dalam satuan Rupiah (Rp) dalam kurun waktu 1 (satu) tahun.',
];

describe('paragraphsOf', () => {
  it('takes each line of the cell as a paragraph, with spaces tidied', () => {
    expect(paragraphsOf(' Makna  satu\n\nPerhitungan ')).toEqual(['Makna satu', 'Perhitungan']);
    expect(paragraphsOf('')).toEqual([]);
  });
});

describe('sectionsOf', () => {
  it('puts three paragraphs under Makna, Alasan pemilihan and Perhitungan', () => {
    expect(sectionsOf(IKU_1).map((s) => [s.title, s.paragraphs.length])).toEqual([['Makna', 1], ['Alasan pemilihan', 1], ['Perhitungan', 1]]);
  });

  it('puts the formula and what follows it under Perhitungan', () => {
    expect(sectionsOf(['Alasan', 'A / B x 100%', 'Keterangan'], 1)).toEqual([
      { title: 'Alasan pemilihan', paragraphs: ['Alasan'] },
      { title: 'Perhitungan', paragraphs: ['A / B x 100%', 'Keterangan'] },
    ]);
    expect(sectionsOf(['A / B x 100%'], 0)).toEqual([{ title: 'Perhitungan', paragraphs: ['A / B x 100%'] }]);
  });

  it('reads a single paragraph without a formula as the reason, and an empty column as no section', () => {
    expect(sectionsOf(['Mengetahui jumlah pelaksanaan promosi penanaman modal'])).toEqual([
      { title: 'Alasan pemilihan', paragraphs: ['Mengetahui jumlah pelaksanaan promosi penanaman modal'] },
    ]);
    expect(sectionsOf([])).toEqual([]);
  });
});

describe('bodyOf', () => {
  it('writes a body the catalogue reads back without problems', () => {
    const body = bodyOf(IKU_1);
    expect(body).toBe(`## Makna\n\n${IKU_1[0]}\n\n## Alasan pemilihan\n\n${IKU_1[1]}\n\n## Perhitungan\n\n${IKU_1[2]}`);
    expect(parseSections(body)).toEqual({
      sections: [
        { title: 'Makna', paragraphs: [IKU_1[0]] },
        { title: 'Alasan pemilihan', paragraphs: [IKU_1[1]] },
        { title: 'Perhitungan', paragraphs: [IKU_1[2]] },
      ],
      problems: [],
    });
  });
});

/** Every node of the body as MDX reads it: only headings, paragraphs and their text. */
function nodeTypes(body: string): string[] {
  const types: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    types.push(node.type);
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(fromMarkdown(body, { extensions: [mdxjs(), math(), gfm()], mdastExtensions: [mdxFromMarkdown(), mathFromMarkdown(), gfmFromMarkdown()] }));
  return [...new Set(types)].sort();
}

describe('decree text in MDX stays text', () => {
  it.each([
    // A paragraph of the fourth column that MDX or Markdown would read as something else.
    ['export', 'export const x = require("fs").writeFileSync("/tmp/pwned", "x")'],
    ['import', 'import fs from "node:fs"'],
    ['an ordinary sentence starting with export', 'export produk daerah naik 10%'],
    ['braces', '{process.exit(1)} dan {target}'],
    ['a tag', '<script>alert(1)</script> <Angka nama="iku" />'],
    ['a heading', '# Judul'],
    ['a quote', '> kutipan'],
    ['a list', '* butir'],
    ['a dash list', '- butir'],
    ['a table row', '| a | b |'],
    ['an ordered list', '1. satu'],
    ['math', 'Rp $10 dan $20'],
    ['a backslash', 'A \\ B \\{'],
    ['a character reference', '&amp; &#x65;'],
    ['an HTML comment', '<!-- catatan -->'],
    ['a link', '[klik](javascript:alert(1))'],
    ['strikethrough', '~~coret~~ dan ~satu~'],
    ['a task', '[ ] belum'],
    ['underscores', 'Jumlah izin seusi SOP/ Jumlah permohonan perizinan x 100% (PU atau BPU) _____ X 100'],
  ])('%s', (_, paragraph) => {
    const body = bodyOf(['Makna', paragraph]);
    expect(nodeTypes(body)).toEqual(['heading', 'paragraph', 'root', 'text']);
    expect(parseSections(body).sections.map((s) => s.paragraphs)).toEqual([['Makna'], [paragraph]]);
  });

  it('keeps any text as text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean), (paragraph) => {
        const body = bodyOf(['Makna', paragraph]);
        expect(nodeTypes(body)).toEqual(['heading', 'paragraph', 'root', 'text']);
        expect(parseSections(body).sections[1]!.paragraphs).toEqual([paragraph]);
      }),
      { numRuns: 200 },
    );
    // Parsing MDX 200 times takes a few seconds on a busy machine.
  }, 60_000);
});
