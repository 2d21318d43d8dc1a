// The body of an indicator file: the decree's fourth column under the site's three headings.
import { describe, expect, it } from 'vitest';
import { explanationText, parseSections } from '../../../src/catalogue/sections';

// Lampiran I NO 1, column 4, as the decree writes it (three paragraphs).
const IKU_1 = `## Makna

Realisasi Investasi Penanaman Modal Dalam Negeri (PMDN)

## Alasan pemilihan

Untuk mengetahui realisasi investasi pertahun

## Perhitungan

Angka realisasi investasi PMDN dijumlahkan dalam satuan Rupiah (Rp) dalam kurun waktu 1 (satu) tahun.
`;

describe('parseSections', () => {
  it('reads the three sections in order', () => {
    const { sections, problems } = parseSections(IKU_1);
    expect(problems).toEqual([]);
    expect(sections.map((s) => s.title)).toEqual(['Makna', 'Alasan pemilihan', 'Perhitungan']);
    expect(sections[1]!.paragraphs).toEqual(['Untuk mengetahui realisasi investasi pertahun']);
  });

  it('accepts an empty body (the decree\'s column is empty for some rows)', () => {
    expect(parseSections('')).toEqual({ sections: [], problems: [] });
  });

  it.each([
    ['text before any heading', 'Teks lepas\n\n## Makna\n\nA', /before the first heading/],
    ['a repeated heading', '## Makna\n\nA\n\n## Makna\n\nB', /out of order or repeated/],
    ['an empty section', '## Makna\n\n## Perhitungan\n\nA', /"## Makna" has no text/],
  ])('reports %s', (_, body, message) => {
    expect(parseSections(body).problems.join('\n')).toMatch(message);
  });
});

describe('explanationText', () => {
  it('gives the decree\'s paragraphs without the site\'s headings', () => {
    expect(explanationText(IKU_1)).toBe(
      'Realisasi Investasi Penanaman Modal Dalam Negeri (PMDN)\n\nUntuk mengetahui realisasi investasi pertahun\n\nAngka realisasi investasi PMDN dijumlahkan dalam satuan Rupiah (Rp) dalam kurun waktu 1 (satu) tahun.',
    );
  });
});
