// Capaian kinerja against a target, PermenPANRB No. 6 Tahun 2022, Bab VI.
import { describe, expect, it } from 'vitest';
import { ACHIEVEMENT_BANDS, achievement, achievementBand } from '../../../src/domain/achievement';
import { decimalFromString, toPlainString } from '../../../src/domain/number/decimal';

const d = decimalFromString;

describe('achievement', () => {
  it.each([
    // realisasi, target, polaritas, capaian, steps
    ['6.5', '7', 'turun', '107,14%', ['(2 × 7 − 6,5) / 7 × 100%', '= 7,5 / 7 × 100%', '≈ 107,14%']], // regulation example
    ['9', '8', 'turun', '87,5%', ['(2 × 8 − 9) / 8 × 100%', '= 7 / 8 × 100%', '= 87,5%']], // regulation example
    ['78', '80', 'naik', '97,5%', ['78 / 80 × 100%', '= 97,5%']],
    ['12400000000', '10000000000', 'naik', '124%', ['12.400.000.000 / 10.000.000.000 × 100%', '= 124%']],
    ['91.48', '85', 'naik', '107,62%', ['91,48 / 85 × 100%', '≈ 107,62%']], // 1,076235...
    ['7', '7', 'turun', '100%', ['(2 × 7 − 7) / 7 × 100%', '= 7 / 7 × 100%', '= 100%']],
    ['0', '7', 'turun', '200%', ['(2 × 7 − 0) / 7 × 100%', '= 14 / 7 × 100%', '= 200%']],
  ] as const)('realisasi %s, target %s, %s -> %s', (realisasi, target, polaritas, formatted, steps) => {
    const outcome = achievement(d(realisasi), d(target), polaritas);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.formatted).toBe(formatted);
    expect(outcome.result.steps).toEqual(steps);
  });

  it('keeps two decimals: 107,14 (the regulation example)', () => {
    const outcome = achievement(d('6.5'), d('7'), 'turun');
    expect(outcome.ok && toPlainString(outcome.result.value)).toBe('107.14');
  });

  it('warns when lower-is-better realisasi is more than twice the target (negative capaian)', () => {
    const outcome = achievement(d('20'), d('8'), 'turun');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.result.formatted).toBe('-50%');
    expect(outcome.result.warnings).toHaveLength(1);
    expect(outcome.result.band.kategori).toBe('Sangat Kurang');
  });

  it.each([
    ['0', 'Target tidak boleh 0: capaian tidak dapat dihitung.'],
    ['-5', 'Target tidak boleh negatif.'],
  ])('target %s is an error', (target, message) => {
    expect(achievement(d('5'), d(target), 'naik')).toEqual({ ok: false, errors: [{ field: 'target', message }] });
  });
});

describe('achievementBand: half-open intervals closing the source table gaps', () => {
  it.each([
    ['150', 'Sangat Baik'], // above 100%: the source says nothing; the site says Sangat Baik
    ['91', 'Sangat Baik'],
    ['90.995', 'Sangat Baik'], // rounds to 91,00
    ['90.99', 'Baik'], // in the source's gap 90-91
    ['90.5', 'Baik'],
    ['76', 'Baik'],
    ['75.99', 'Cukup'], // gap 75-76
    ['66', 'Cukup'],
    ['65.99', 'Kurang'], // gap 65-66
    ['50.01', 'Kurang'], // gap 50-51
    ['50', 'Sangat Kurang'],
    ['0', 'Sangat Kurang'],
    ['-10', 'Sangat Kurang'],
  ])('%s%% -> %s', (capaian, kategori) => {
    expect(achievementBand(d(capaian)).kategori).toBe(kategori);
  });

  it('notes the gaps of the source table and the bounds the site applies', () => {
    expect(ACHIEVEMENT_BANDS.catatan).toBe(
      'Tabel sumber (≥ 91; 76–90; 66–75; 51–65; ≤ 50) menyisakan celah, misalnya antara 90 dan 91. ' +
        'Situs ini memakai batas tanpa celah: ≥ 91 Sangat Baik; ≥ 76 Baik; ≥ 66 Cukup; > 50 Kurang; ' +
        'selebihnya Sangat Kurang, dihitung dari capaian yang dibulatkan dua desimal. Capaian di atas 100% termasuk Sangat Baik.',
    );
  });

  it('writes each band as the source table does and as the site applies it', () => {
    expect(ACHIEVEMENT_BANDS.bands.map((band) => [band.rentangSumber, band.rentang])).toEqual([
      ['≥ 91', '≥ 91'],
      ['76–90', '≥ 76 dan < 91'],
      ['66–75', '≥ 66 dan < 76'],
      ['51–65', '> 50 dan < 66'],
      ['≤ 50', '≤ 50'],
    ]);
  });

  it('names its source, which is not a regulation', () => {
    expect(ACHIEVEMENT_BANDS.sumber).toMatch(/LKjIP/);
    expect(ACHIEVEMENT_BANDS.sumber).toMatch(/bukan ketentuan peraturan/);
    expect(ACHIEVEMENT_BANDS.bands.map((band) => band.kategori)).toEqual([
      'Sangat Baik',
      'Baik',
      'Cukup',
      'Kurang',
      'Sangat Kurang',
    ]);
  });
});
