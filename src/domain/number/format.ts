/**
 * Numbers written the Indonesian way, by `Intl.NumberFormat('id-ID')`: dot for thousands, comma
 * for decimals ("1.234.567", "61,7%", "Rp 12.400.000.000"). Values are handed to Intl as decimal
 * strings, which it formats exactly (rounding half away from zero, like `Decimal`), so no digit of
 * a large Rupiah figure passes through a binary float. Intl ships with the browser: it costs the
 * calculator no bytes. Reading numbers back is the one thing Intl cannot do (`parse.ts`).
 */
import type { Satuan } from '../formula/definition';
import { type Decimal, fractionDigits, round, toPlainString } from './decimal';

/** The no-break space Intl writes between "Rp" and the figure, so the two never wrap apart. */
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

const formatters = new Map<string, Intl.NumberFormat>();

/** One formatter per set of options, made on first use. */
function formatter(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = JSON.stringify(options);
  let format = formatters.get(key);
  if (!format) {
    // 'negative': a value that rounds to zero is "0", never "-0".
    format = new Intl.NumberFormat('id-ID', { signDisplay: 'negative', ...options });
    formatters.set(key, format);
  }
  return format;
}

/** "1.234.567", "75,5": rounded to `max` digits after the comma, showing at least `min`. */
export function formatNumber(value: Decimal, digits: DigitsRule = UP_TO_TWO): string {
  return formatter({ minimumFractionDigits: digits.min, maximumFractionDigits: digits.max }).format(toPlainString(value));
}

/**
 * A value with all its digits, as it was read: "2.500.000.000,5", "0,111", "1.234.567". (Intl
 * allows up to 100 digits after the comma; values read by the parser have at most 15.)
 */
export function formatExactNumber(value: Decimal): string {
  return formatNumber(value, { min: 0, max: fractionDigits(value) });
}

/** "61,7%", "107,14%": a value already in percent (61,7, not 0,617). */
export function formatPercent(value: Decimal, digits: DigitsRule = SATUAN_DIGITS.persen): string {
  const { min, max } = digits;
  return formatter({ style: 'unit', unit: 'percent', minimumFractionDigits: min, maximumFractionDigits: max }).format(toPlainString(value));
}

/** "Rp 12.400.000.000", or with sen "Rp 2.500.000.000,50" (sen always two digits). */
export function formatRupiah(value: Decimal): string {
  const sen = fractionDigits(round(value, 2)) > 0 ? 2 : 0;
  return formatter({ style: 'currency', currency: 'IDR', minimumFractionDigits: sen, maximumFractionDigits: sen }).format(toPlainString(value));
}

/**
 * A value written in an indicator's unit: "78%", "Rp 12.400.000.000", "91,48", "12 dokumen"
 * (`unitWord` is the quantity's own unit, used for counts).
 */
export function formatBySatuan(value: Decimal, satuan: Satuan, unitWord?: string): string {
  if (satuan === 'rupiah') return formatRupiah(value);
  if (satuan === 'persen') return formatPercent(value);
  const figure = formatNumber(value, SATUAN_DIGITS[satuan]);
  return satuan === 'jumlah' && unitWord ? `${figure} ${unitWord}` : figure;
}
