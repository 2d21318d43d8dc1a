// The changes between two versions of an indicator and between two decrees (made-up indicators).
import { describe, expect, it } from 'vitest';
import { decreeChanges, nameSimilarity, versionChanges } from '../../../src/domain/decree/changes';

describe('versionChanges', () => {
  it('lists each changed field with its text before and after, in the fields\' order', () => {
    expect(
      versionChanges(
        { indikator: 'Nilai X', nomor: 2, satuan: 'persen', sumberData: 'LKjIP', penjelasan: 'Teks lama' },
        { indikator: 'Nilai X', nomor: 3, satuan: 'persen', penjelasan: 'Teks lama\n' },
      ),
    ).toEqual([
      { field: 'nomor', before: '2', after: '3' },
      { field: 'sumberData', before: 'LKjIP', after: undefined },
    ]);
  });
});

describe('nameSimilarity', () => {
  it.each([
    // {persentase, pengaduan, yang, terselesaikan} and the same with "masyarakat": 2 x 4 / (4 + 5).
    ['Persentase Pengaduan yang terselesaikan', 'Persentase Pengaduan Masyarakat yang Terselesaikan', 8 / 9],
    // {jumlah, lpk} and {nilai, sakip}: nothing shared.
    ['Jumlah LPK', 'Nilai SAKIP', 0],
    // {jumlah, investor} and {jumlah, investor, baru}: 2 x 2 / (2 + 3).
    ['Jumlah Investor', 'Jumlah investor baru', 4 / 5],
  ])('"%s" and "%s": %f', (a, b, expected) => {
    expect(nameSimilarity(a, b)).toBeCloseTo(expected, 10);
  });
});

describe('decreeChanges', () => {
  it('lists added, dropped, changed and likely renames', () => {
    const changes = decreeChanges(
      [
        { id: 'pengaduan', fields: { indikator: 'Persentase Pengaduan yang terselesaikan', nomor: 1 } },
        { id: 'lpk', fields: { indikator: 'Jumlah LPK', nomor: 2 } },
        { id: 'sakip', fields: { indikator: 'Nilai SAKIP', nomor: 3 } },
      ],
      [
        { id: 'sakip', fields: { indikator: 'Nilai SAKIP', nomor: 1 } },
        { id: 'pengaduan-masyarakat', fields: { indikator: 'Persentase Pengaduan Masyarakat yang Terselesaikan', nomor: 2 } },
        { id: 'investor', fields: { indikator: 'Jumlah Investor', nomor: 3 } },
      ],
    );
    expect(changes).toEqual({
      added: ['pengaduan-masyarakat', 'investor'],
      dropped: ['pengaduan', 'lpk'],
      changed: [{ id: 'sakip', changes: [{ field: 'nomor', before: '3', after: '1' }] }],
      renames: [{ from: 'pengaduan', to: 'pengaduan-masyarakat', similarity: 8 / 9 }],
    });
  });
});
