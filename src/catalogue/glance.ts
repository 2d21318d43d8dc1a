/**
 * "How is the office doing?" at a glance: the latest year's annual figure of each IKU in force, and
 * where its realisasi went since the first year of the period. Shown on the home page and on
 * /capaian/ (src/components/measurement/OfficeGlance.astro).
 */
import type { Polarity } from '../domain/formula/definition';
import type { Figure, YearFigures } from '../domain/measurement/figures';
import { type Trend, realisationTrend } from '../domain/measurement/trend';
import type { Catalogue, Indicator } from './load';

export interface GlanceRow<T> {
  indicator: T;
  /** The year's annual figure; undefined when the office published none for this IKU that year. */
  annual?: Figure | undefined;
  trend?: Trend | undefined;
}

export interface Glance<T> {
  /** The latest year in which any of the indicators has an annual figure. */
  year: number;
  rows: GlanceRow<T>[];
}

/** The IKU of the decree in force, in the decree's order. */
export function ikuInForce(catalogue: Catalogue): Indicator[] {
  return catalogue.indicators.filter((i) => i.data.tingkat === 'IKU');
}

/**
 * The glance over `indicators`, from their figures (`byIndicator`) and the first year of the
 * period (`periodFrom`, the first year with figures when undefined). Undefined when none of them
 * has an annual figure.
 */
export function glance<T extends { id: string; data: { polaritas: Polarity } }>(
  indicators: readonly T[],
  byIndicator: ReadonlyMap<string, readonly YearFigures[]>,
  periodFrom: number | undefined,
): Glance<T> | undefined {
  const historyOf = (indicator: T) => byIndicator.get(indicator.id) ?? [];
  const years = indicators.flatMap((i) => historyOf(i).filter((f) => f.tahunan).map((f) => f.tahun));
  if (years.length === 0) return undefined;
  const year = Math.max(...years);
  const from = periodFrom ?? Math.min(...years);
  return {
    year,
    rows: indicators.map((indicator) => ({
      indicator,
      annual: historyOf(indicator).find((f) => f.tahun === year)?.tahunan,
      trend: realisationTrend(historyOf(indicator), year, from, indicator.data.polaritas),
    })),
  };
}
