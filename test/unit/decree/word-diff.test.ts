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

  it('keeps every character of both texts', () => {
    const before = 'Jumlah  izin\nyang terbit';
    const after = 'Jumlah izin yang diterbitkan';
    const runs = wordDiff(before, after);
    expect(runs.filter((r) => r.change !== 'tambah').map((r) => r.text).join('')).toBe(before);
    expect(runs.filter((r) => r.change !== 'hapus').map((r) => r.text).join('')).toBe(after);
  });
});
