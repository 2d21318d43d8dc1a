// Versions matched into indicators across decrees (made-up names and ids): by the name with case and
// spaces normalised, or by `sebelumnya`; an indicator keeps the id of its first version.
import { describe, expect, it } from 'vitest';
import { matchVersions, type VersionFacts } from '../../../src/domain/decree/match';

const v = (decree: string, slug: string, indikator: string, sebelumnya?: string): VersionFacts => ({
  decree,
  slug,
  file: `indikator/${decree}/${slug}.mdx`,
  indikator,
  ...(sebelumnya ? { sebelumnya } : {}),
});

const ids = (result: ReturnType<typeof matchVersions>) =>
  Object.fromEntries(result.indicators.map((i) => [i.id, i.versions.map((x) => `${x.decree}/${x.slug}`)]));

describe('matchVersions', () => {
  it('joins versions whose names differ only in case and spaces, keeping the first id', () => {
    const result = matchVersions(['a', 'b'], [
      v('b', 'jumlah-lpk', 'Jumlah  LPK yang Terakreditasi'),
      v('a', 'jumlah-lpk-terakreditasi', 'Jumlah LPK yang terakreditasi'),
      v('a', 'nilai-sakip', 'Nilai SAKIP'),
    ]);
    expect(result.problems).toEqual([]);
    expect(ids(result)).toEqual({ 'jumlah-lpk-terakreditasi': ['a/jumlah-lpk-terakreditasi', 'b/jumlah-lpk'], 'nilai-sakip': ['a/nilai-sakip'] });
  });

  it('joins a renamed version to the indicator its sebelumnya names', () => {
    const result = matchVersions(['a', 'b', 'c'], [
      v('a', 'pengaduan', 'Persentase Pengaduan yang terselesaikan'),
      v('b', 'pengaduan', 'Persentase Pengaduan yang terselesaikan'),
      v('c', 'pengaduan-masyarakat', 'Persentase Pengaduan Masyarakat yang Terselesaikan', 'pengaduan'),
    ]);
    expect(result.problems).toEqual([]);
    expect(ids(result)).toEqual({ pengaduan: ['a/pengaduan', 'b/pengaduan', 'c/pengaduan-masyarakat'] });
  });

  it('starts a new indicator for a new name, even when an older one was dropped', () => {
    const result = matchVersions(['a', 'b'], [v('a', 'x', 'Indikator X'), v('b', 'y', 'Indikator Y')]);
    expect(ids(result)).toEqual({ x: ['a/x'], y: ['b/y'] });
  });

  it.each([
    {
      name: 'a sebelumnya that names no earlier indicator',
      versions: [v('a', 'x', 'Indikator X'), v('b', 'y', 'Indikator Y', 'z')],
      problem: { file: 'indikator/b/y.mdx', field: 'sebelumnya', message: expect.stringContaining('unknown indicator "z"') },
    },
    {
      name: 'a new name whose file takes an earlier indicator\'s id',
      versions: [v('a', 'x', 'Indikator X'), v('b', 'x', 'Indikator Lain')],
      problem: { file: 'indikator/b/x.mdx', field: 'indikator', message: expect.stringContaining('already belongs to another indicator ("Indikator X")') },
    },
    {
      name: 'two versions of one indicator in the same decree',
      versions: [v('a', 'x', 'Indikator X'), v('b', 'x', 'Indikator X'), v('b', 'x2', 'Indikator X2', 'x')],
      problem: { file: 'indikator/b/x2.mdx', field: 'sebelumnya', message: 'indicator "x" already has a version in this decree' },
    },
  ])('reports $name, naming the file', ({ versions, problem }) => {
    expect(matchVersions(['a', 'b'], versions).problems).toEqual([problem]);
  });
});
