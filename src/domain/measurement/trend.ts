/**
 * Where an indicator's annual realisasi went since the first year of the period: up, down or level,
 * and, with the indicator's polarity, whether that is better or worse. Realisasi is compared rather
 * than capaian, because targets change from year to year. Said in words, so no reader depends on a
 * colour or an arrow.
 */
import type { Polarity } from '../formula/definition';
import { type Decimal, compare } from '../number/decimal';
import type { YearFigures } from './figures';

export type Direction = 'naik' | 'turun' | 'tetap';

export interface Trend {
  arah: Direction;
  /** The year compared with: the first of the period with an annual realisasi. */
  sejak: number;
  /** Its realisasi. */
  dari: Decimal;
  /** Better or worse for the indicator's polarity; undefined when level. */
  penilaian?: 'membaik' | 'memburuk' | undefined;
}

/**
 * The trend of the annual realisasi from the first year of the period that has one (from
 * `periodFrom` on) to `year`. Undefined when `year` has no annual realisasi or no earlier year of
 * the period has one.
 */
export function realisationTrend(history: readonly YearFigures[], year: number, periodFrom: number, polaritas: Polarity): Trend | undefined {
  const latest = history.find((f) => f.tahun === year)?.tahunan?.realisasi;
  const first = history
    .filter((f) => f.tahun >= periodFrom && f.tahun < year && f.tahunan?.realisasi)
    .sort((a, b) => a.tahun - b.tahun)[0];
  if (!latest || !first) return undefined;
  const dari = first.tahunan!.realisasi!;
  const order = compare(latest, dari);
  if (order === 0) return { arah: 'tetap', sejak: first.tahun, dari };
  const arah: Direction = order > 0 ? 'naik' : 'turun';
  return { arah, sejak: first.tahun, dari, penilaian: arah === polaritas ? 'membaik' : 'memburuk' };
}

/** The polarity in the words the open data uses, for the reason of a judgement. */
export const POLARITY_WORDS: Readonly<Record<Polarity, string>> = {
  naik: 'makin tinggi makin baik',
  turun: 'makin rendah makin baik',
};
