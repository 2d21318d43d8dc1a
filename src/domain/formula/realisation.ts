/**
 * What every formula the decree writes itself (persentase, rasio, jumlah, cacah, nilai) gives
 * back: the realisation, in the indicator's unit, with its working. Each kind has its own module
 * (`percentage.ts`, `ratio.ts`, `sum.ts`, `count.ts`, `score.ts`), so a calculator loads only the
 * formula it computes; `compute.ts` gathers them.
 */
import type { Decimal } from '../number/decimal';
import { SATUAN_DIGITS, formatBySatuan } from '../number/format';
import type { Working } from '../outcome';
import type { FormulaDefinition, Satuan } from './definition';

/** A computed realisation. */
export interface Realisation extends Working {
  /**
   * The realisation as reported: rounded to what its unit shows (two decimals for a percentage).
   * Capaian is computed from this value, so its working can be checked by hand.
   */
  value: Decimal;
  satuan: Satuan;
  /** "78%", "Rp 12.400.000.000", "12 dokumen". */
  formatted: string;
  /** Money only: "Rp 12,4 miliar". */
  short?: string;
}

/** Stable keys of the inputs, used in `FieldError.field`. */
export const FIELD = {
  pembilang: 'pembilang',
  penyebut: 'penyebut',
  besaran: 'besaran',
  /** The list of entries as a whole ("add at least one"); one entry is `entryField(i)`. */
  entri: 'entri',
} as const;

/** The key of the i-th entry (from 0) of a sum. */
export function entryField(index: number): string {
  return `entri.${index}`;
}

export function isSatuan(value: string): value is Satuan {
  return Object.hasOwn(SATUAN_DIGITS, value);
}

/**
 * The unit a formula's result is written in. Percentages, money and IKM have a fixed one; for the
 * others the indicator's own `satuan` decides when it is a fitting unit (a score published as an
 * index shows two decimals).
 */
export function resultSatuan(rumus: FormulaDefinition, satuan?: string): Satuan {
  const { jenis } = rumus;
  if (jenis === 'persentase') return 'persen';
  if (jenis === 'jumlah') return rumus.uang ? 'rupiah' : 'jumlah';
  if (jenis === 'ikm') return 'indeks';
  if (satuan && isSatuan(satuan) && satuan !== 'persen' && satuan !== 'rupiah') return satuan;
  return jenis === 'rasio' ? 'rasio' : jenis === 'cacah' ? 'jumlah' : 'nilai';
}

export function realisation(value: Decimal, satuan: Satuan, working: Working, unitWord?: string): Realisation {
  return { value, satuan, formatted: formatBySatuan(value, satuan, unitWord), ...working };
}
