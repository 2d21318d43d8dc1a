// An indicator's figures for a year: written, computed from parts, or derived; capaian with both
// polarities (PermenPANRB 6/2022), numbers computed by hand beside each case.
import { describe, expect, it } from 'vitest';
import { annualRuleOf } from '../../../src/domain/measurement/annual';
import { type MeasuredIndicator, yearFigures } from '../../../src/domain/measurement/figures';
import type { CapaianRow } from '../../../src/domain/measurement/record';
import { FORMULAS, d, plain } from './support';

const indicator = (key: string, polaritas: 'naik' | 'turun'): MeasuredIndicator => {
  const rumus = FORMULAS.get(key)!;
  return { rumus, polaritas, rekap: annualRuleOf(rumus.jenis) };
};
const summary = (figures: ReturnType<typeof yearFigures>) =>
  figures.periode.map((f) => [f.periode, plain(f.target), plain(f.realisasi), f.asalRealisasi, f.achievement?.formatted, f.achievement?.band.kategori]);

describe('capaian of a year', () => {
  it('higher is better: derived realisasi against the annual target', () => {
    const rows: CapaianRow[] = [
      { indikator: 'x', periode: 'TW1', pembilang: d('30'), penyebut: d('40') },
      { indikator: 'x', periode: 'TW2', pembilang: d('45'), penyebut: d('50'), realisasi: d('90') },
      { indikator: 'x', periode: 'TW3', pembilang: d('20'), penyebut: d('30') },
      { indikator: 'x', periode: 'TW4', pembilang: d('50'), penyebut: d('80') },
      { indikator: 'x', periode: 'TAHUN', target: d('80') },
    ];
    expect(summary(yearFigures(2024, rows, indicator('persen', 'naik')))).toEqual([
      ['TW1', undefined, '75', 'bagian', undefined, undefined], // 30 / 40 = 75%
      ['TW2', undefined, '90', 'tertulis', undefined, undefined],
      ['TW3', undefined, '66.67', 'bagian', undefined, undefined], // 20 / 30 = 66,666...%
      ['TW4', undefined, '62.5', 'bagian', undefined, undefined], // 50 / 80 = 62,5%
      // 145 / 200 = 72,5%; 72,5 / 80 × 100 = 90,625 -> 90,63% (< 91: Baik)
      ['TAHUN', '80', '72.5', 'rekap', '90,63%', 'Baik'],
    ]);
  });

  it('lower is better: (2 × target − realisasi) / target, the regulation’s examples', () => {
    // target 7, realisasi 6,5: (14 − 6,5) / 7 × 100 = 107,142...% -> 107,14% (Sangat Baik)
    // target 8, realisasi 9: (16 − 9) / 8 × 100 = 87,5% (Baik)
    const rows: CapaianRow[] = [
      { indikator: 'x', periode: 'TW4', target: d('8'), realisasi: d('9') },
      { indikator: 'x', periode: 'TAHUN', target: d('7'), realisasi: d('6.5') },
    ];
    expect(summary(yearFigures(2024, rows, indicator('cacah', 'turun')))).toEqual([
      ['TW4', '8', '9', 'tertulis', '87,5%', 'Baik'],
      ['TAHUN', '7', '6.5', 'tertulis', '107,14%', 'Sangat Baik'],
    ]);
  });

  it('a written annual realisasi wins over the quarters', () => {
    // quarters would sum to 30; the office wrote 28: 28 / 35 × 100 = 80% (Baik)
    const rows: CapaianRow[] = [
      { indikator: 'x', periode: 'TW1', realisasi: d('10') },
      { indikator: 'x', periode: 'TW2', realisasi: d('20') },
      { indikator: 'x', periode: 'TAHUN', target: d('35'), realisasi: d('28') },
    ];
    const figures = yearFigures(2024, rows, indicator('cacah', 'naik'));
    expect(summary(figures).at(-1)).toEqual(['TAHUN', '35', '28', 'tertulis', '80%', 'Baik']);
  });

  it('quarters without a year row give a derived year without target or capaian', () => {
    // 1.000.000.000 + 2.500.000.000 = 3.500.000.000
    const rows: CapaianRow[] = [
      { indikator: 'x', periode: 'TW1', realisasi: d('1000000000') },
      { indikator: 'x', periode: 'TW2', realisasi: d('2500000000') },
    ];
    const figures = yearFigures(2024, rows, indicator('uang', 'naik'));
    expect(summary(figures).at(-1)).toEqual(['TAHUN', undefined, '3500000000', 'rekap', undefined, undefined]);
    expect(figures.tahunan?.rekap?.triwulan).toEqual(['TW1', 'TW2']);
  });

  it('a target without realisasi is shown without capaian', () => {
    const figures = yearFigures(2024, [{ indikator: 'x', periode: 'TAHUN', target: d('100') }], indicator('persen', 'naik'));
    expect(summary(figures)).toEqual([['TAHUN', '100', undefined, undefined, undefined, undefined]]);
  });

  it('says why a percentage year cannot be derived from quarters without parts', () => {
    const figures = yearFigures(2024, [{ indikator: 'x', periode: 'TW1', realisasi: d('50') }], indicator('persen', 'naik'));
    expect(figures.tahunan).toBeUndefined();
    expect(figures.rekapGagal).toMatch(/TW1 tidak memuat pembilang dan penyebut/);
  });

  it('a target of 0 gives no capaian, and the reason', () => {
    const figures = yearFigures(2024, [{ indikator: 'x', periode: 'TAHUN', target: d('0'), realisasi: d('5') }], indicator('cacah', 'naik'));
    expect(figures.tahunan?.achievement).toBeUndefined();
    expect(figures.tahunan?.achievementProblem).toMatch(/Target tidak boleh 0/);
  });
});
