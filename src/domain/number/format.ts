/**
 * Numbers written the Indonesian way, as `Intl.NumberFormat('id-ID')` writes them: dot for
 * thousands, comma for decimals ("1.234.567", "61,7%", "Rp 12.400.000.000", "Rp 12,4 miliar").
 * Values are rounded exactly by `Decimal` (half away from zero) and their digits grouped as text,
 * so no digit of a large Rupiah figure passes through a binary float, and the calculator does not
 * carry Intl's formatter objects for what a regular expression does.
 */
import type { Satuan } from '../formula/definition';
import { type Decimal, fractionDigits, round, toPlainString } from './decimal';

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
const UP_TO_TWO: DigitsRule = { min: 0, max: 2 };
export const SATUAN_DIGITS: Readonly<Record<Satuan, DigitsRule>> = {
  persen: UP_TO_TWO,
  rupiah: UP_TO_TWO,
  jumlah: UP_TO_TWO,
  indeks: { min: 2, max: 2 },
  nilai: UP_TO_TWO,
  rasio: UP_TO_TWO,
};

/** "1.234.567", "75,5": rounded to `max` digits after the comma, showing at least `min`. */
export function formatNumber(value: Decimal, digits: DigitsRule = UP_TO_TWO): string {
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

/**
 * A value written in an indicator's unit: "78%", "Rp 12.400.000.000", "91,48", "12 dokumen"
 * (`unitWord` is the quantity's own unit, used for counts).
 */
export function formatBySatuan(value: Decimal, satuan: Satuan, unitWord?: string): string {
  if (satuan === 'rupiah') return formatRupiah(value);
  const figure = formatNumber(value, SATUAN_DIGITS[satuan]);
  return satuan === 'persen' ? `${figure}%` : satuan === 'jumlah' && unitWord ? `${figure} ${unitWord}` : figure;
}
