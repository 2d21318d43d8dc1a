/**
 * The Manual IKU's table of contents: Lampiran I, then each table of Lampiran II under its unit,
 * every indicator with its number in the manual (its place in the decree's order, from 1).
 */
import type { Indicator } from './load';
import { TINGKAT_LABEL } from './labels';

export interface NumberedIndicator {
  indicator: Indicator;
  number: number;
}

export interface ContentsGroup {
  title: string;
  items: NumberedIndicator[];
}

/** The indicators numbered in the order given (the decree's, from `loadCatalogue()`). */
export function numberIndicators(indicators: readonly Indicator[]): NumberedIndicator[] {
  return indicators.map((indicator, n) => ({ indicator, number: n + 1 }));
}

export function manualContents(numbered: readonly NumberedIndicator[]): ContentsGroup[] {
  const groups: ContentsGroup[] = [];
  for (const item of numbered) {
    const { lampiran, tabel } = item.indicator.data;
    const title =
      lampiran === 'I' ? `Lampiran I — ${TINGKAT_LABEL.IKU}` : `Lampiran II, tabel ${tabel} — ${item.indicator.unit.data.nama}`;
    const last = groups[groups.length - 1];
    if (last?.title === title) last.items.push(item);
    else groups.push({ title, items: [item] });
  }
  return groups;
}
