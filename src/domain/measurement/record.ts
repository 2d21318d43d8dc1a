/**
 * One published figure of an indicator: a row of `content/capaian/<tahun>.csv`, as staff write it.
 * Pure data, shared by the CSV reader and writer, the annual rules and the pages.
 */
import type { Decimal } from '../number/decimal';

/** The reporting periods: the four quarters (triwulan) and the year. */
export const PERIODS = ['TW1', 'TW2', 'TW3', 'TW4', 'TAHUN'] as const;
export type Periode = (typeof PERIODS)[number];
export type Quarter = Exclude<Periode, 'TAHUN'>;
export const QUARTERS = PERIODS.filter((p): p is Quarter => p !== 'TAHUN');

/** How a period is written out on a page: "Triwulan I", "Tahunan". */
export const PERIODE_LABEL: Readonly<Record<Periode, string>> = {
  TW1: 'Triwulan I',
  TW2: 'Triwulan II',
  TW3: 'Triwulan III',
  TW4: 'Triwulan IV',
  TAHUN: 'Tahunan',
};

/** The columns of the CSV file, in the order the site writes them. */
export const CAPAIAN_COLUMNS = ['indikator', 'periode', 'target', 'realisasi', 'pembilang', 'penyebut', 'sumber', 'catatan'] as const;
export type CapaianColumn = (typeof CAPAIAN_COLUMNS)[number];

/** One row: an indicator's target and realisation for one period, with the parts it is computed from. */
export interface CapaianRow {
  /** The indicator's id: the segment of its page path (`/indikator/<id>/`). */
  indikator: string;
  periode: Periode;
  /** In the indicator's satuan, as its page shows it (percent as 61,7). */
  target?: Decimal | undefined;
  realisasi?: Decimal | undefined;
  /** Numerator and denominator of a persentase or rasio, given together or not at all. */
  pembilang?: Decimal | undefined;
  penyebut?: Decimal | undefined;
  /** The document the figure comes from: "LKjIP 2024". */
  sumber?: string | undefined;
  catatan?: string | undefined;
}
