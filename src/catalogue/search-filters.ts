/**
 * The search filters: what each indicator page declares to Pagefind, and what the search page
 * offers, from one definition so that the two always match.
 */
import type { Indicator, RetiredIndicator } from './load';
import { SATUAN_LABEL, TINGKAT_LABEL } from './labels';

export const NO_DATA_SOURCE = 'Tidak disebutkan dalam keputusan';

export interface FilterValues {
  tingkat: string;
  unit: string;
  satuan: string;
  'sumber data': string;
}

export function filterValues(indicator: Indicator): FilterValues {
  return {
    tingkat: TINGKAT_LABEL[indicator.data.tingkat],
    unit: indicator.unit.data.nama,
    satuan: SATUAN_LABEL[indicator.data.satuan],
    'sumber data': indicator.data.sumberData ?? NO_DATA_SOURCE,
  };
}

/**
 * Whether an indicator is in force, as a Pagefind filter of its own: searches leave out the
 * indicators no longer in force unless asked for them (src/components/search/pagefind.ts).
 */
export const STATUS_FILTER = 'keberlakuan';
export const STATUS_VALUES = { berlaku: 'Berlaku', tidakBerlaku: 'Tidak berlaku lagi' } as const;

/** The page's `data-pagefind-filter` value: "keberlakuan:Berlaku". */
export function statusFilter(indicator: Indicator | RetiredIndicator): string {
  return `${STATUS_FILTER}:${'droppedBy' in indicator ? STATUS_VALUES.tidakBerlaku : STATUS_VALUES.berlaku}`;
}

export const FILTER_LEGENDS: Record<keyof FilterValues, string> = {
  tingkat: 'Tingkat',
  unit: 'Unit kerja',
  satuan: 'Satuan',
  'sumber data': 'Sumber data',
};

/** Every value each filter takes across the catalogue, in the decree's order of first use. */
export function filterOptions(indicators: readonly Indicator[]): Record<keyof FilterValues, string[]> {
  const options = { tingkat: new Set<string>(), unit: new Set<string>(), satuan: new Set<string>(), 'sumber data': new Set<string>() };
  for (const indicator of indicators) {
    const values = filterValues(indicator);
    for (const key of Object.keys(options) as (keyof FilterValues)[]) options[key].add(values[key]);
  }
  return {
    tingkat: [...options.tingkat],
    unit: [...options.unit],
    satuan: [...options.satuan],
    'sumber data': [...options['sumber data']],
  };
}
