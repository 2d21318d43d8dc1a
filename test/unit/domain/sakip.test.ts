// Evaluasi SAKIP, PermenPANRB No. 88 Tahun 2021.
import { describe, expect, it } from 'vitest';
import { decimalFromString, toPlainString } from '../../../src/domain/number/decimal';
import { SAKIP_COMPONENTS, sakipPredikat, sakipScore } from '../../../src/domain/sakip';

const d = decimalFromString;

describe('components', () => {
  it('weigh 30, 30, 15 and 25 (total 100)', () => {
    expect(SAKIP_COMPONENTS.map((component) => component.maks)).toEqual([30, 30, 15, 25]);
    expect(SAKIP_COMPONENTS.reduce((sum, component) => sum + component.maks, 0)).toBe(100);
  });
});

describe('sakipPredikat: lower bounds exclusive', () => {
  it.each([
    ['100', 'AA', 'Sangat Memuaskan'],
    ['90.01', 'AA', 'Sangat Memuaskan'],
    ['90.00', 'A', 'Memuaskan'],
    ['80.01', 'A', 'Memuaskan'],
    ['80', 'BB', 'Sangat Baik'],
    ['70.01', 'BB', 'Sangat Baik'],
    ['70', 'B', 'Baik'],
    ['60.01', 'B', 'Baik'],
    ['60', 'CC', 'Cukup (Memadai)'],
    ['50.01', 'CC', 'Cukup (Memadai)'],
    ['50', 'C', 'Kurang'],
    ['30.01', 'C', 'Kurang'],
    ['30', 'D', 'Sangat Kurang'],
    ['0', 'D', 'Sangat Kurang'],
    ['90.004', 'A', 'Memuaskan'], // reported as 90,00
    ['90.005', 'AA', 'Sangat Memuaskan'], // reported as 90,01
  ])('%s -> %s', (total, predikat, sebutan) => {
    expect(sakipPredikat(d(total))).toMatchObject({ predikat, sebutan });
  });
});

describe('sakipScore', () => {
  it('adds the four components: 24,5 + 22 + 11,25 + 18 = 75,75 (BB)', () => {
    const outcome = sakipScore([d('24.5'), d('22'), d('11.25'), d('18')]);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(toPlainString(outcome.result.value)).toBe('75.75');
    expect(outcome.result.formatted).toBe('75,75');
    expect(outcome.result.predikat.predikat).toBe('BB');
    expect(outcome.result.steps).toEqual([
      '24,5 + 22 + 11,25 + 18 = 75,75',
      'Predikat BB (Sangat Baik), rentang nilai > 70–80',
    ]);
  });

  it('a total of exactly 90,00 is A, not AA', () => {
    const outcome = sakipScore([d('27'), d('27'), d('13.5'), d('22.5')]);
    expect(outcome.ok && outcome.result.predikat.predikat).toBe('A');
  });

  it('full marks: 100, AA', () => {
    const outcome = sakipScore([d('30'), d('30'), d('15'), d('25')]);
    expect(outcome.ok && outcome.result.predikat.predikat).toBe('AA');
  });

  it('a component over its maximum, or below 0, is an error on that component', () => {
    const outcome = sakipScore([d('30.01'), d('30'), d('16'), d('-1')]);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.errors).toEqual([
        { field: 'komponen.perencanaan', message: 'Nilai Perencanaan Kinerja harus antara 0 dan 30.' },
        { field: 'komponen.pelaporan', message: 'Nilai Pelaporan Kinerja harus antara 0 dan 15.' },
        { field: 'komponen.evaluasi', message: 'Nilai Evaluasi Akuntabilitas Kinerja Internal harus antara 0 dan 25.' },
      ]);
    }
  });
});
