// The decree's fourth column under the site's headings, verbatim, safe in MDX.
import { describe, expect, it } from 'vitest';
import { parseSections } from '../../../src/catalogue/sections';
import { bodyOf, escapeMdx, paragraphsOf, sectionsOf } from '../../../src/importer/body';

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

describe('escapeMdx', () => {
  it('leaves ordinary decree text alone', () => {
    expect(escapeMdx('Jumlah izin seusi SOP/ Jumlah permohonan perizinan x 100% (PU atau BPU) _____ X 100')).toBe(
      'Jumlah izin seusi SOP/ Jumlah permohonan perizinan x 100% (PU atau BPU) _____ X 100',
    );
  });

  it('escapes what MDX would read as an expression, a tag or math', () => {
    expect(escapeMdx('Nilai {target} < 5 dan $10')).toBe('Nilai \\{target\\} \\< 5 dan \\$10');
  });

  it('escapes a line start Markdown would read as a heading, list or quote', () => {
    expect(escapeMdx('# satu')).toBe('\\# satu');
    expect(escapeMdx('- dua')).toBe('\\- dua');
    expect(escapeMdx('> tiga')).toBe('\\> tiga');
    expect(escapeMdx('1. empat')).toBe('1\\. empat');
  });
});
