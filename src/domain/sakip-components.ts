/**
 * The four components of the SAKIP evaluation of PermenPANRB No. 88 Tahun 2021 and their maxima:
 * what a form needs, without the scoring (in `sakip.ts`, loaded only where a SAKIP score is
 * computed).
 */

export interface SakipComponent {
  /** Stable key, used in field names and URLs. */
  key: 'perencanaan' | 'pengukuran' | 'pelaporan' | 'evaluasi';
  nama: string;
  /** The component's weight: its highest score. */
  maks: number;
}

/** PermenPANRB 88/2021: the components and their weights (total 100). */
export const SAKIP_COMPONENTS: readonly SakipComponent[] = [
  { key: 'perencanaan', nama: 'Perencanaan Kinerja', maks: 30 }, // PermenPANRB 88/2021: bobot 30
  { key: 'pengukuran', nama: 'Pengukuran Kinerja', maks: 30 }, // PermenPANRB 88/2021: bobot 30
  { key: 'pelaporan', nama: 'Pelaporan Kinerja', maks: 15 }, // PermenPANRB 88/2021: bobot 15
  { key: 'evaluasi', nama: 'Evaluasi Akuntabilitas Kinerja Internal', maks: 25 }, // PermenPANRB 88/2021: bobot 25
];

/** The key of a component's input, used in `FieldError.field`. */
export function sakipField(key: SakipComponent['key']): string {
  return `komponen.${key}`;
}
