/**
 * What every formula the decree writes itself (persentase, rasio, jumlah, cacah, nilai) gives
 * back: the realisation, in the indicator's unit, with its working. Each kind has its own module
 * (`percentage.ts`, `ratio.ts`, `sum.ts`, `count.ts`, `score.ts`), so a calculator loads only the
 * formula it computes; `compute.ts` gathers them.
 */
import { type Decimal, isNegative, isZero } from '../number/decimal';
import { formatBySatuan, formatRupiahShort } from '../number/format';
import type { FieldError, Working } from '../outcome';
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

/** Digits kept in a reported percentage or ratio. */
export const REPORTED_DIGITS = 2;

const SATUAN_VALUES: readonly Satuan[] = ['persen', 'rupiah', 'jumlah', 'indeks', 'nilai', 'rasio'];

export function isSatuan(value: string): value is Satuan {
  return (SATUAN_VALUES as readonly string[]).includes(value);
}

/**
 * The unit a formula's result is written in. Percentages, money and IKM have a fixed one; for the
 * others the indicator's own `satuan` decides when it is a fitting unit (a score published as an
 * index shows two decimals).
 */
export function resultSatuan(rumus: FormulaDefinition, satuan?: string): Satuan {
  switch (rumus.jenis) {
    case 'persentase':
      return 'persen';
    case 'jumlah':
      return rumus.uang ? 'rupiah' : 'jumlah';
    case 'ikm':
      return 'indeks';
    default: {
      const fallback: Satuan = rumus.jenis === 'rasio' ? 'rasio' : rumus.jenis === 'cacah' ? 'jumlah' : 'nilai';
      return satuan && isSatuan(satuan) && satuan !== 'persen' && satuan !== 'rupiah' ? satuan : fallback;
    }
  }
}

export function realisation(value: Decimal, satuan: Satuan, working: Working, unitWord?: string): Realisation {
  const result: Realisation = { value, satuan, formatted: formatBySatuan(value, satuan, unitWord), ...working };
  if (satuan === 'rupiah') result.short = formatRupiahShort(value);
  return result;
}

export function notNegative(field: string, label: string, value: Decimal): FieldError[] {
  return isNegative(value) ? [{ field, message: `${label} tidak boleh negatif.` }] : [];
}

export function notZeroDivisor(field: string, label: string, value: Decimal): FieldError[] {
  return isZero(value)
    ? [{ field, message: `${label} tidak boleh 0, karena pembagian dengan nol tidak dapat dihitung.` }]
    : [];
}

/** "=" when the shown value is exact, "≈" when it was rounded. */
export function equals(exact: boolean): string {
  return exact ? '=' : '≈';
}
