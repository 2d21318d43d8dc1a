/**
 * The SAKIP evaluation score (Sistem Akuntabilitas Kinerja Instansi Pemerintah) as set by
 * PermenPANRB No. 88 Tahun 2021: four components with fixed maxima add up to a total of 0-100,
 * graded AA to D. The calculator records the component scores of the LHE SAKIP; it does not
 * re-score the evaluation's questions.
 *
 * Not confirmed from the regulation's own text (several independent evaluation tools agree on the
 * weights and the predikat table); see /work/shared/domain.md.
 */
import { type Decimal, compare, decimal, isNegative, round, sum } from './number/decimal';
import { formatExactNumber, formatNumber } from './number/format';
import { type FieldError, type Outcome, type Working, failure, success } from './outcome';
import { SAKIP_COMPONENTS, sakipField } from './sakip-components';

export * from './sakip-components';

export interface SakipPredikat {
  predikat: 'AA' | 'A' | 'BB' | 'B' | 'CC' | 'C' | 'D';
  sebutan: string;
  /** The range as written: lower bounds exclusive ("> 80–90"). */
  rentang: string;
  /** The total must be above this to earn the predikat; undefined for D (0-30). */
  above?: number;
}

/** PermenPANRB 88/2021: predikat by total score; lower bounds exclusive, so exactly 90,00 is A. */
export const SAKIP_PREDIKAT: readonly SakipPredikat[] = [
  { predikat: 'AA', sebutan: 'Sangat Memuaskan', rentang: '> 90–100', above: 90 }, // > 90-100
  { predikat: 'A', sebutan: 'Memuaskan', rentang: '> 80–90', above: 80 }, // > 80-90
  { predikat: 'BB', sebutan: 'Sangat Baik', rentang: '> 70–80', above: 70 }, // > 70-80
  { predikat: 'B', sebutan: 'Baik', rentang: '> 60–70', above: 60 }, // > 60-70
  { predikat: 'CC', sebutan: 'Cukup (Memadai)', rentang: '> 50–60', above: 50 }, // > 50-60
  { predikat: 'C', sebutan: 'Kurang', rentang: '> 30–50', above: 30 }, // > 30-50
  { predikat: 'D', sebutan: 'Sangat Kurang', rentang: '0–30' }, // 0-30
];

/** The predikat of a total, graded on the total rounded to two decimals (as the LHE reports it). */
export function sakipPredikat(total: Decimal): SakipPredikat {
  const reported = round(total, 2);
  return (
    SAKIP_PREDIKAT.find((row) => row.above !== undefined && compare(reported, decimal(row.above)) > 0) ??
    SAKIP_PREDIKAT[SAKIP_PREDIKAT.length - 1]!
  );
}

export interface SakipResult extends Working {
  /** The total rounded to two decimals: the value reported and graded. */
  value: Decimal;
  /** "75,75". */
  formatted: string;
  predikat: SakipPredikat;
}

/**
 * The SAKIP total from the four component scores (in `SAKIP_COMPONENTS` order). Each must lie in
 * [0, its maximum].
 */
export function sakipScore(scores: readonly Decimal[]): Outcome<SakipResult> {
  if (scores.length !== SAKIP_COMPONENTS.length) throw new RangeError('SAKIP needs four component scores');
  const errors: FieldError[] = [];
  SAKIP_COMPONENTS.forEach((component, index) => {
    const score = scores[index]!;
    if (isNegative(score) || compare(score, decimal(component.maks)) > 0) {
      errors.push({
        field: sakipField(component.key),
        message: `Nilai ${component.nama} harus antara 0 dan ${component.maks}.`,
      });
    }
  });
  if (errors.length > 0) return failure(errors);

  const total = sum(scores);
  const value = round(total, 2);
  const formatted = formatNumber(value);
  const predikat = sakipPredikat(total);
  const exact = compare(value, total) === 0;
  const steps = [
    `${scores.map(formatExactNumber).join(' + ')} ${exact ? '=' : '≈'} ${formatted}`,
    `Predikat ${predikat.predikat} (${predikat.sebutan}), rentang nilai ${predikat.rentang}`,
  ];
  return success({ value, formatted, predikat, steps, warnings: [] });
}
