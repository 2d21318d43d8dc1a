// The decree's and the office's structure, checked across files: each problem names the file and
// the field.
import { describe, expect, it } from 'vitest';
import { findStructureProblems, type StructureLike } from '../../../src/catalogue/structure';
import { decreeOrder, decreeReference } from '../../../src/catalogue/order';

type IndicatorLike = StructureLike['indicators'][number];

function indicator(id: string, data: Partial<IndicatorLike['data']> = {}): IndicatorLike {
  return {
    id,
    filePath: `content/indikator/${id}.mdx`,
    data: { tingkat: 'IK', lampiran: 'II', tabel: 1, nomor: 1, penanggungJawab: { id: 'bidang' }, ...data },
  };
}

// The decree of content/keputusan/: Lampiran I is one table of IKU, Lampiran II one table per unit of IK.
const structure = (indicators: IndicatorLike[], jenis = 'bidang'): StructureLike => ({
  decree: {
    filePath: 'content/keputusan/k.yaml',
    appendices: [
      { lampiran: 'I', tingkat: ['IKU'], tabel: 'satu' },
      { lampiran: 'II', tingkat: ['IK'], tabel: 'per-unit' },
    ],
  },
  unitKinds: ['kepala', 'bidang'],
  units: [
    { id: 'kepala', filePath: 'content/unit/kepala.yaml', data: { jenis: 'kepala' } },
    { id: 'bidang', filePath: 'content/unit/bidang.yaml', data: { jenis } },
  ],
  indicators,
});

describe('findStructureProblems', () => {
  it('finds nothing in a catalogue that fits the decree', () => {
    const fits = [
      indicator('iku', { tingkat: 'IKU', lampiran: 'I', penanggungJawab: { id: 'kepala' } }),
      indicator('a'),
      indicator('b', { nomor: 2 }),
      indicator('c', { tabel: 2, penanggungJawab: { id: 'kepala' } }),
    ];
    expect(findStructureProblems(structure(fits))).toEqual([]);
  });

  it.each([
    ['a lampiran the decree does not declare', indicator('a', { lampiran: 'III' }), 'lampiran', /unknown lampiran "III".*declares I, II/],
    ['a level its lampiran does not hold', indicator('a', { tingkat: 'IKU' }), 'tingkat', /tingkat IKU is not held by lampiran II, which holds IK/],
    ['a second table in an appendix of one table', indicator('a', { tingkat: 'IKU', lampiran: 'I', tabel: 2 }), 'tabel', /one table, so tabel must be 1, not 2/],
  ] as const)('reports %s', (_, entry, field, message) => {
    const problems = findStructureProblems(structure([entry]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/indikator/a.mdx', field });
    expect(problems[0]!.message).toMatch(message);
  });

  it('reports two units in one table of an appendix of one table per unit', () => {
    const problems = findStructureProblems(structure([indicator('a'), indicator('b', { nomor: 2, penanggungJawab: { id: 'kepala' } })]));
    expect(problems).toEqual([
      { file: 'content/indikator/b.mdx', field: 'penanggungJawab', message: expect.stringMatching(/tabel 1 is also "bidang"'s \(content\/indikator\/a\.mdx\)/) },
    ]);
  });

  it('reports a unit whose kind the office does not declare', () => {
    expect(findStructureProblems(structure([], 'seksi'))).toEqual([
      { file: 'content/unit/bidang.yaml', field: 'jenis', message: expect.stringMatching(/unknown kind of unit "seksi".*kepala, bidang/) },
    ]);
  });
});

describe('the decree order and references follow the decree record', () => {
  const appendices = [
    { lampiran: 'I', nama: 'Lampiran I', tabel: 'satu' },
    { lampiran: 'II', nama: 'Lampiran II', tabel: 'per-unit' },
  ] as const;

  it('writes a position in one table without the table, and in one table per unit with it', () => {
    expect(decreeReference(appendices[0], { lampiran: 'I', tabel: 1, nomor: 2 })).toBe('Lampiran I, NO 2');
    expect(decreeReference(appendices[1], { lampiran: 'II', tabel: 5, nomor: 2 })).toBe('Lampiran II, tabel 5, NO 2');
  });

  it('orders by the appendices as the record lists them, then table, then NO', () => {
    // Listed IX before VIII on purpose: the record's order decides, not the numerals' spelling.
    const order = decreeOrder([{ lampiran: 'IX' }, { lampiran: 'VIII' }]);
    const positions = [
      { lampiran: 'VIII', tabel: 1, nomor: 1 },
      { lampiran: 'IX', tabel: 2, nomor: 1 },
      { lampiran: 'IX', tabel: 1, nomor: 2 },
      { lampiran: 'IX', tabel: 1, nomor: 1 },
    ];
    expect([...positions].sort(order).map((p) => `${p.lampiran}/${p.tabel}/${p.nomor}`)).toEqual(['IX/1/1', 'IX/1/2', 'IX/2/1', 'VIII/1/1']);
  });
});
