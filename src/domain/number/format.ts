/**
 * Numbers written the Indonesian way, as `Intl.NumberFormat('id-ID')` writes them: dot for
 * thousands, comma for decimals ("1.234.567", "61,7%", "Rp 12.400.000.000", "Rp 12,4 miliar").
 * Values are rounded exactly by `Decimal` (half away from zero) and their digits grouped as text,
 * so no digit of a large Rupiah figure passes through a binary float, and the calculator does not
 * carry Intl's formatter objects for what a regular expression does.
 */
import type { Satuan } from '../formula/definition';
import { type Decimal, compare, decimal, fractionDigits, isNegative, round, toPlainString } from './decimal';

/** No-break space between "Rp" and the figure, so the two never wrap onto separate lines. */
export const NBSP = '\u00a0';

/** How many digits after the comma a value shows: at least `min`, at most `max`. */
export interface DigitsRule {
  min: number;
  max: number;
}

/**
 * Digits after the comma for each indicator unit. Percentages, ratios and scores show up to two
 * (trailing zeros dropped: "78%", "61,7%"); an index always two ("91,48"); counts are whole.
 */
export const SATUAN_DIGITS: Readonly<Record<Satuan, DigitsRule>> = {
  persen: { min: 0, max: 2 },
  rupiah: { min: 0, max: 2 },
  jumlah: { min: 0, max: 2 },
  indeks: { min: 2, max: 2 },
  nilai: { min: 0, max: 2 },
  rasio: { min: 0, max: 2 },
};

/** "1.234.567", "75,5": rounded to `max` digits after the comma, showing at least `min`. */
export function formatNumber(value: Decimal, digits: DigitsRule = { min: 0, max: 2 }): string {
  // `round` gives exactly `max` digits after the point: "-1234.50".
  const [integer = '', fraction = ''] = toPlainString(round(value, digits.max)).split('.');
  const shown = fraction.slice(0, digits.min) + fraction.slice(digits.min).replace(/0+$/, '');
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, '.');
  return shown ? `${grouped},${shown}` : grouped;
}

/** A value with all its digits, as it was read: "2.500.000.000,5", "0,111", "1.234.567". */
export function formatExactNumber(value: Decimal): string {
  const digits = fractionDigits(value);
  return formatNumber(value, { min: 0, max: digits });
}

/** "61,7%", "107,14%": a value already in percent (61,7, not 0,617). */
export function formatPercent(value: Decimal, digits: DigitsRule = SATUAN_DIGITS.persen): string {
  return `${formatNumber(value, digits)}%`;
}

/** "Rp 12.400.000.000", or with sen "Rp 2.500.000.000,50" (sen always two digits). */
export function formatRupiah(value: Decimal): string {
  const rounded = round(value, 2);
  const sen = fractionDigits(rounded) > 0 ? 2 : 0;
  const figure = formatNumber(rounded, { min: sen, max: sen });
  return figure.startsWith('-') ? `-Rp${NBSP}${figure.slice(1)}` : `Rp${NBSP}${figure}`;
}

/** Indonesian names of large amounts, largest first. */
const MAGNITUDES = [
  { word: 'triliun', exponent: 12 },
  { word: 'miliar', exponent: 9 },
  { word: 'juta', exponent: 6 },
] as const;

/**
 * A short reading of a Rupiah amount: "Rp 12,4 miliar", "Rp 1,23 juta", "Rp 3 triliun" (up to two
 * digits after the comma, rounded half away from zero). The largest unit that the rounded amount
 * reaches is used, so Rp 999.999.999 reads "Rp 1 miliar". Amounts under one million (after
 * rounding) are written in full.
 */
export function formatRupiahShort(value: Decimal): string {
  const negative = isNegative(value);
  const units = negative ? -value.units : value.units;
  for (const { word, exponent } of MAGNITUDES) {
    const scaled = round({ units, scale: value.scale + exponent }, 2);
    if (compare(scaled, decimal(1)) >= 0) {
      return `${negative ? '-' : ''}Rp${NBSP}${formatNumber(scaled)} ${word}`;
    }
  }
  return formatRupiah(value);
}

/**
 * A value written in an indicator's unit: "78%", "Rp 12.400.000.000", "91,48", "12 dokumen"
 * (`unitWord` is the quantity's own unit, used for counts).
 */
export function formatBySatuan(value: Decimal, satuan: Satuan, unitWord?: string): string {
  switch (satuan) {
    case 'persen':
      return formatPercent(value);
    case 'rupiah':
      return formatRupiah(value);
    case 'jumlah': {
      const figure = formatNumber(value, SATUAN_DIGITS.jumlah);
      return unitWord ? `${figure} ${unitWord}` : figure;
    }
    default:
      return formatNumber(value, SATUAN_DIGITS[satuan]);
  }
}
