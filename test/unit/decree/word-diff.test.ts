import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../../src/domain/decree/word-diff';

describe('wordDiff', () => {
  it('marks the words removed and added, keeping the rest', () => {
    // The fixture's rename by decree 3: "Masyarakat" is added, nothing removed.
    expect(wordDiff('Persentase Pengaduan yang Selesai', 'Persentase Pengaduan Masyarakat yang Selesai')).toEqual([
      { change: 'sama', text: 'Persentase Pengaduan ' },
      { change: 'tambah', text: 'Masyarakat ' },
      { change: 'sama', text: 'yang Selesai' },
    ]);
  });

  it('puts a replaced word as removed then added', () => {
    expect(wordDiff('Laporan Contoh', 'Laporan Pelatihan Contoh').map((r) => r.change)).toEqual(['sama', 'tambah', 'sama']);
    const runs = wordDiff('Target 80 persen', 'Target 85 persen');
    expect(runs).toEqual([
      { change: 'sama', text: 'Target ' },
      { change: 'hapus', text: '80' },
      { change: 'tambah', text: '85' },
      { change: 'sama', text: ' persen' },
    ]);
  });

  it('counts a change of case as a change, and a change of spacing alone as none', () => {
    // The fixture's decree 2 writes "Persentase  pengaduan yang selesai" (two spaces, lower case).
    const runs = wordDiff('Persentase Pengaduan yang Selesai', 'Persentase  pengaduan yang selesai');
    expect(runs.filter((r) => r.change !== 'sama').map((r) => [r.change, r.text.trim()])).toEqual([
      ['hapus', 'Pengaduan'],
      ['tambah', 'pengaduan'],
      ['hapus', 'Selesai'],
      ['tambah', 'selesai'],
    ]);
    expect(wordDiff('Jumlah  izin\nyang terbit', 'Jumlah izin yang terbit').every((r) => r.change === 'sama')).toBe(true);
  });
});
