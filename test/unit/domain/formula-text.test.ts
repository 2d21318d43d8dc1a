// The site's formula as one line of plain text, for the MS-Ind "Metode/Rumus Penghitungan".
import { describe, expect, it } from 'vitest';
import { formulaText } from '../../../src/domain/formula/text';
import type { FormulaDefinition } from '../../../src/domain/formula/definition';

const CASES: [FormulaDefinition, string][] = [
  [
    { jenis: 'persentase', pembilang: { label: 'Jumlah Warga yang terampil' }, penyebut: { label: '125 Orang', tetap: 125 } },
    'Jumlah Warga yang terampil / 125 Orang × 100%',
  ],
  [
    { jenis: 'rasio', pembilang: { label: 'Jumlah kesempatan kerja' }, penyebut: { label: 'Jumlah Tenaga Kerja Terdaftar' } },
    'Jumlah kesempatan kerja / Jumlah Tenaga Kerja Terdaftar',
  ],
  [{ jenis: 'jumlah', entri: { label: 'Tenaga Kerja Baru menurut LKPM' } }, 'Jumlah seluruh entri Tenaga Kerja Baru menurut LKPM'],
  [{ jenis: 'cacah', besaran: { label: 'Jumlah Sektor Potensi Investasi Baru' }, usulan: true }, 'Jumlah Sektor Potensi Investasi Baru'],
  [{ jenis: 'nilai', besaran: { label: 'Nilai hasil penilaian Kinerja PTSP' }, min: 0, maks: 100 }, 'Nilai hasil penilaian Kinerja PTSP, skala 0 sampai 100'],
  [
    { jenis: 'ikm' },
    'IKM = (Σ untuk unsur u = 1 sampai 9 dari (Total nilai persepsi unsur u / Jumlah responden) × 1/9) × 25 (PermenPANRB No. 14 Tahun 2017)',
  ],
  [
    { jenis: 'sakip' },
    'Nilai SAKIP = Perencanaan Kinerja + Pengukuran Kinerja + Pelaporan Kinerja + Evaluasi Akuntabilitas Kinerja Internal (PermenPANRB No. 88 Tahun 2021)',
  ],
];

describe('formulaText', () => {
  it.each(CASES)('%o', (formula, text) => {
    expect(formulaText(formula)).toBe(text);
  });
});
