/**
 * The decree's own order, and how the site points into the decree. Both follow the decree record
 * (`content/keputusan/`): its appendices in the order it lists them, then table by table, then by NO.
 */
import type { CollectionEntry } from 'astro:content';

export type DecreePosition = Pick<CollectionEntry<'indikator'>['data'], 'lampiran' | 'tabel' | 'nomor'>;

/** What the order and the references need of an appendix of the decree record. */
export interface AppendixLayout {
  lampiran: string;
  /** "Lampiran I". */
  nama: string;
  tabel: 'satu' | 'per-unit';
}

/** Compares positions in the decree's order, given its appendices in their order. */
export function decreeOrder(appendices: readonly { lampiran: string }[]): (a: DecreePosition, b: DecreePosition) => number {
  const rank = new Map(appendices.map((a, index) => [a.lampiran, index]));
  const rankOf = (p: DecreePosition) => rank.get(p.lampiran) ?? appendices.length;
  return (a, b) => rankOf(a) - rankOf(b) || a.tabel - b.tabel || a.nomor - b.nomor;
}

/**
 * Where an indicator stands in the decree: "Lampiran I, NO 2" in an appendix of one table,
 * "Lampiran II, tabel 5, NO 2" in an appendix of one table per unit.
 */
export function decreeReference(appendix: AppendixLayout, p: DecreePosition): string {
  return appendix.tabel === 'satu'
    ? `${appendix.nama}, NO ${p.nomor}`
    : `${appendix.nama}, tabel ${p.tabel}, NO ${p.nomor}`;
}

/** "Lampiran I", or "Lampiran I dan Lampiran II": the appendices that hold indicators of a level. */
export function appendicesHolding(appendices: readonly (AppendixLayout & { tingkat: readonly string[] })[], tingkat: string): string {
  return appendices
    .filter((appendix) => appendix.tingkat.includes(tingkat))
    .map((appendix) => appendix.nama)
    .join(' dan ');
}
