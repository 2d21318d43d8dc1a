// Cross-file rules of the content: each problem names the file and the field.
import { describe, expect, it } from 'vitest';
import { findIntegrityProblems, type IndicatorEntryLike, type UnitEntryLike } from '../../../src/catalogue/integrity';

const unit: UnitEntryLike = { id: 'bidang-transmigrasi', filePath: 'content/unit/bidang-transmigrasi.yaml', data: {} };

function indicator(id: string, data: Partial<IndicatorEntryLike['data']> = {}, body = '## Perhitungan\n\nA / B x 100%'): IndicatorEntryLike {
  return {
    id,
    filePath: `content/indikator/${id}.mdx`,
    body,
    data: {
      tingkat: 'IK',
      lampiran: 'II',
      tabel: 4,
      nomor: 1,
      indikator: `Persentase ${id}`,
      penanggungJawab: { id: 'bidang-transmigrasi' },
      satuan: 'persen',
      rumusKeputusan: 'A / B x 100%',
      rumus: { jenis: 'persentase' },
      ...data,
    },
  };
}

describe('findIntegrityProblems', () => {
  it('finds nothing in a consistent catalogue', () => {
    expect(findIntegrityProblems([indicator('a'), indicator('b', { nomor: 2 })], [unit])).toEqual([]);
  });

  it.each([
    ['an unknown unit', indicator('a', { penanggungJawab: { id: 'bidang-hilang' } }), 'penanggungJawab', /unknown unit "bidang-hilang"/],
    ['a satuan its formula kind cannot give', indicator('a', { satuan: 'rupiah' }), 'rumus.jenis', /does not fit satuan rupiah/],
    ['no decree formula and no proposal mark', indicator('a', { rumusKeputusan: undefined }), 'rumus.usulan', /usulan: true/],
    ['a data source without its cell origin', indicator('a', { sumberData: 'LKPM' }), 'sumberDataSel', /go together/],
    ['a heading the decree does not have', indicator('a', {}, '## Rumus\n\nA / B'), 'body', /unknown heading "## Rumus"/],
    ['headings out of order', indicator('a', {}, '## Perhitungan\n\nA\n\n## Makna\n\nB'), 'body', /out of order/],
  ] as const)('reports %s', (_, entry, field, message) => {
    const problems = findIntegrityProblems([entry], [unit]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/indikator/a.mdx', field });
    expect(problems[0]!.message).toMatch(message);
  });

  it('reports a duplicate position and a duplicate name against the first file', () => {
    const problems = findIntegrityProblems(
      [indicator('a'), indicator('b', { indikator: 'Persentase a', nomor: 2 }), indicator('c', { indikator: 'Persentase c' })],
      [unit],
    );
    expect(problems).toEqual([
      { file: 'content/indikator/b.mdx', field: 'indikator', message: 'duplicate indicator: "Persentase a" is also content/indikator/a.mdx' },
      { file: 'content/indikator/c.mdx', field: 'nomor', message: 'duplicate indicator: Lampiran II tabel 4 NO 1 is also content/indikator/a.mdx' },
    ]);
  });

  it('reports a unit whose parent does not exist', () => {
    const orphan: UnitEntryLike = { id: 'x', filePath: 'content/unit/x.yaml', data: { induk: { id: 'tidak-ada' } } };
    expect(findIntegrityProblems([], [unit, orphan])).toEqual([{ file: 'content/unit/x.yaml', field: 'induk', message: 'unknown unit "tidak-ada"' }]);
  });
});
