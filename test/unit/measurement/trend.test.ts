// The glance at the IKU: the latest year, each indicator's figure that year, and the direction of
// its realisasi since the first year of the period with one, judged by its polarity. Figures made
// up for the test, computed by hand beside each case.
import { describe, expect, it } from 'vitest';
import { glance } from '../../../src/catalogue/glance';
import { annualRuleOf } from '../../../src/domain/measurement/annual';
import { type YearFigures, yearFigures } from '../../../src/domain/measurement/figures';
import { realisationTrend } from '../../../src/domain/measurement/trend';
import type { Polarity } from '../../../src/domain/formula/definition';
import { FORMULAS, d, plain } from './support';

/** One year's figures of an indicator from a written TAHUN row. */
function year(tahun: number, target: string | undefined, realisasi: string | undefined, polaritas: Polarity = 'naik'): YearFigures {
  const rumus = FORMULAS.get('persen')!;
  const row = { indikator: 'x', periode: 'TAHUN' as const, target: target ? d(target) : undefined, realisasi: realisasi ? d(realisasi) : undefined };
  return yearFigures(tahun, [row], { rumus, polaritas, rekap: annualRuleOf(rumus.jenis) });
}
const summary = (t: ReturnType<typeof realisationTrend>) => t && [t.arah, t.sejak, plain(t.dari), t.penilaian];

describe('the direction of the realisasi', () => {
  it('with higher is better: up is better, down is worse, level is neither', () => {
    const up = [year(2022, '60', '55'), year(2023, '62', '50'), year(2024, '65', '61.7')];
    // 61,7 > 55 (2022, the first year of the period with a realisasi; 2021 has none)
    expect(summary(realisationTrend(up, 2024, 2021, 'naik'))).toEqual(['naik', 2022, '55', 'membaik']);
    expect(summary(realisationTrend([year(2023, '8', '9'), year(2024, '10', '5.25')], 2024, 2021, 'naik'))).toEqual(['turun', 2023, '9', 'memburuk']);
    expect(summary(realisationTrend([year(2023, '3', '3.2'), year(2024, '3.5', '3.20')], 2024, 2021, 'naik'))).toEqual(['tetap', 2023, '3.2', undefined]);
  });

  it('with lower is better: down is better, up is worse', () => {
    const history = [year(2021, '7', '8', 'turun'), year(2024, '7', '6.5', 'turun')];
    expect(summary(realisationTrend(history, 2024, 2021, 'turun'))).toEqual(['turun', 2021, '8', 'membaik']);
    const worse = [year(2021, '7', '6.5', 'turun'), year(2024, '7', '8', 'turun')];
    expect(summary(realisationTrend(worse, 2024, 2021, 'turun'))).toEqual(['naik', 2021, '6.5', 'memburuk']);
  });

  it('compares only within the period, and needs a realisasi in both years', () => {
    const history = [year(2020, '50', '40'), year(2023, '60', undefined), year(2024, '60', '55')];
    expect(realisationTrend(history, 2024, 2021, 'naik')).toBeUndefined(); // 2020 is before the period; 2023 has a target only
    expect(summary(realisationTrend(history, 2024, 2020, 'naik'))).toEqual(['naik', 2020, '40', 'membaik']);
    expect(realisationTrend([year(2023, '8', '9'), year(2024, '10', undefined)], 2024, 2021, 'naik')).toBeUndefined();
  });
});

describe('the glance over the IKU', () => {
  const iku = (id: string, polaritas: Polarity = 'naik') => ({ id, data: { polaritas } });
  const indicators = [iku('a'), iku('b'), iku('c', 'turun')];

  it('shows the latest year any of them has, with the figure and direction of each', () => {
    const byIndicator = new Map([
      ['a', [year(2023, '8', '9'), year(2024, '10', '5.25')]],
      ['b', [year(2023, '60', '55')]], // nothing in 2024
      ['c', [year(2022, '7', '8', 'turun'), year(2024, '7', '6.5', 'turun')]],
    ]);
    const found = glance(indicators, byIndicator, 2021)!;
    expect(found.year).toBe(2024);
    expect(found.rows.map((r) => [r.indicator.id, plain(r.annual?.realisasi), r.annual?.capaian?.formatted, r.annual?.capaian?.band.kategori, r.trend?.arah, r.trend?.penilaian])).toEqual([
      ['a', '5.25', '52,5%', 'Kurang', 'turun', 'memburuk'], // 5,25 / 10 × 100 = 52,5% (> 50: Kurang)
      ['b', undefined, undefined, undefined, undefined, undefined],
      ['c', '6.5', '107,14%', 'Sangat Baik', 'turun', 'membaik'], // (14 − 6,5) / 7 × 100 = 107,142...%
    ]);
  });

  it('is absent when none of them has an annual figure', () => {
    expect(glance(indicators, new Map(), 2021)).toBeUndefined();
    expect(glance(indicators, new Map([['z', [year(2024, '1', '1')]]]), 2021)).toBeUndefined(); // not an IKU
  });
});
