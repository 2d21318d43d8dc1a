import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from '../../../src/importer/slug';

describe('slugify', () => {
  it('gives the catalogue\'s kind of id', () => {
    expect(slugify('Persentase Pengaduan yang terselesaikan')).toBe('persentase-pengaduan-yang-terselesaikan');
    expect(slugify('Indeks Kemudahan Berinvestasi (EoDB)')).toBe('indeks-kemudahan-berinvestasi-eodb');
    expect(slugify('Sub Bagian Umum & Kepegawaian')).toBe('sub-bagian-umum-kepegawaian');
    expect(slugify('Nilai Persetujuan Investasi/Rencana Investasi')).toBe('nilai-persetujuan-investasi-rencana-investasi');
  });

  it('cuts a long name at a word, within 70 characters', () => {
    const slug = slugify('Jumlah Kegiatan Usaha yang mendapat Pemantauan, Analisis, Evaluasi, dan Pelaporan di Bidang Perizinan');
    expect(slug).toBe('jumlah-kegiatan-usaha-yang-mendapat-pemantauan-analisis-evaluasi-dan');
    expect(slug.length).toBeLessThanOrEqual(70);
  });
});

describe('uniqueSlug', () => {
  it('numbers a slug already taken', () => {
    const taken = new Set<string>();
    expect(uniqueSlug('Persentase A', taken)).toBe('persentase-a');
    expect(uniqueSlug('Persentase (A)', taken)).toBe('persentase-a-2');
  });
});
