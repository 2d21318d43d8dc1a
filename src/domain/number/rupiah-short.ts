/**
 * The short reading of a Rupiah amount ("Rp 12,4 miliar"), shown beside a sum of money. Its own
 * module, so that only the calculators of money carry it.
 */
import { type Decimal, compare, decimal, isNegative, round } from './decimal';
import { NBSP, formatNumber, formatRupiah } from './format';

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
