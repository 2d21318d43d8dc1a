// Recognising the decree's formula shape, and the generic proposal where it is not there.
import { describe, expect, it } from 'vitest';
import { chooseFormula, proposeFormula, recognizeFormula } from '../../../src/importer/formula';

describe('recognizeFormula', () => {
  // The decree's own spellings (Lampiran I NO 2 and 4, Lampiran II), each "A / B x 100%".
  it.each([
    ['Penduduk yang Bekerja/Angkatan Kerja x 100 %', 'Penduduk yang Bekerja', 'Angkatan Kerja'],
    ['Jumlah Peserta BPJS Ketenagakerjaan/ Jumlah Tenaga Kerja Terdaftar (PU atau BPU) x 100%', 'Jumlah Peserta BPJS Ketenagakerjaan', 'Jumlah Tenaga Kerja Terdaftar (PU atau BPU)'],
    ['Jumlah IPK yang disebarluaskan / Jumlah Lowongan terdaftar x 100', 'Jumlah IPK yang disebarluaskan', 'Jumlah Lowongan terdaftar'],
    ['Jumlah izin seusi SOP/ Jumlah permohonan perizinan X 100%', 'Jumlah izin seusi SOP', 'Jumlah permohonan perizinan'],
  ])('reads "%s" as a percentage', (text, pembilang, penyebut) => {
    expect(recognizeFormula(text, 'Persentase Contoh')).toEqual({
      satuan: 'persen',
      rumus: { jenis: 'persentase', pembilang: { label: pembilang }, penyebut: { label: penyebut } },
      rumusKeputusan: text,
    });
  });

  it('reads "A / B" as a ratio only for an indicator named "Rasio ..."', () => {
    const text = 'Jumlah kesempatan kerja / Jumlah Tenaga Kerja Terdaftar';
    expect(recognizeFormula(text, 'Rasio Persediaan Tenaga Kerja terhadap Kebutuhan Tenaga Kerja')).toMatchObject({
      satuan: 'rasio',
      rumus: { jenis: 'rasio', pembilang: { label: 'Jumlah kesempatan kerja' }, penyebut: { label: 'Jumlah Tenaga Kerja Terdaftar' } },
    });
    // A sentence with a slash is not a formula: Lampiran II, "permintaan tenaga kerja / lowongan kerja".
    expect(recognizeFormula('Mengetahui sejauhmana permintaan tenaga kerja / lowongan kerja dapat dipenuhi', 'Persentase Kesempatan Kerja yang Terpenuhi')).toBeUndefined();
  });

  it('does not take prose or a formula in another shape', () => {
    expect(recognizeFormula('Nilai Survey Indeks Kepuasan Masyarakat', 'Nilai Survey IKM Terhadap Pelayanan')).toBeUndefined();
    // The decree's fraction written across lines ("_____ X 100") is left for review.
    expect(recognizeFormula('Jumlah Perselisihan yang difasilitasi _____ X 100 Jumlah Perselisihan yang masuk', 'Persentase Kasus')).toBeUndefined();
  });
});

describe('proposeFormula', () => {
  it('proposes a percentage for "Persentase" and the decree\'s spelling "Presentase"', () => {
    expect(proposeFormula('Presentase Tenaga Kerja yang Terserap')).toEqual({
      satuan: 'persen',
      rumus: { jenis: 'persentase', pembilang: { label: 'Jumlah Tenaga Kerja yang Terserap' }, penyebut: { label: 'Jumlah seluruhnya' }, usulan: true },
    });
  });

  it('proposes a ratio from "Rasio A terhadap B"', () => {
    expect(proposeFormula('Rasio Persediaan Tenaga Kerja terhadap Kebutuhan Tenaga Kerja').rumus).toEqual({
      jenis: 'rasio',
      pembilang: { label: 'Persediaan Tenaga Kerja' },
      penyebut: { label: 'Kebutuhan Tenaga Kerja' },
      usulan: true,
    });
  });

  it('proposes a count for anything else', () => {
    expect(proposeFormula('Jumlah Pelaksanaan Promosi Penanaman Modal')).toEqual({
      satuan: 'jumlah',
      rumus: { jenis: 'cacah', besaran: { label: 'Jumlah Pelaksanaan Promosi Penanaman Modal' }, usulan: true },
    });
  });
});

describe('chooseFormula', () => {
  it('finds the formula in whichever paragraph holds it', () => {
    const choice = chooseFormula(['Mengetahui sejauhmana tindaklanjut atas pengaduan yang masuk', 'Jumlah pengaduan yang masuk / Jumlah pengaduan yang terselesaikan x 100%'], 'Persentase Pengaduan yang terselesaikan');
    expect(choice.paragraph).toBe(1);
    expect(choice.rumus.usulan).toBeUndefined();
  });

  it('falls back to a proposal without a paragraph', () => {
    const choice = chooseFormula([], 'Persentase Layanan Administrasi Umum Perangkat Daerah yang Baik');
    expect(choice.paragraph).toBeUndefined();
    expect(choice.rumus.usulan).toBe(true);
  });
});
