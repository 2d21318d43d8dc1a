/**
 * The Manual IKU's table of contents: appendix by appendix in the decree's order, an appendix with
 * one table per unit table by table under its unit, every indicator with its number in the manual
 * (its place in the decree's order, from 1).
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

/** The indicators numbered in the order given (the decree's, as the catalogue lists them). */
export function numberIndicators(indicators: readonly Indicator[]): NumberedIndicator[] {
  return indicators.map((indicator, n) => ({ indicator, number: n + 1 }));
}

export function manualContents(numbered: readonly NumberedIndicator[]): ContentsGroup[] {
  const groups: ContentsGroup[] = [];
  for (const item of numbered) {
    const { appendix, data, unit } = item.indicator;
    const title = appendix.tabel === 'satu' ? `${appendix.nama} — ${appendix.tingkat.map((t) => TINGKAT_LABEL[t]).join(' dan ')}` : `${appendix.nama}, tabel ${data.tabel} — ${unit.data.nama}`;
    const last = groups[groups.length - 1];
    if (last?.title === title) last.items.push(item);
    else groups.push({ title, items: [item] });
  }
  return groups;
}
