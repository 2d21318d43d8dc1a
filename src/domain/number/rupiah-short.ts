/**
 * The short reading of a Rupiah amount ("Rp 12,4 miliar"), shown beside a sum of money. Its own
 * module, so that only the calculators of money carry it.
 */
import { type Decimal, compare, decimal, isNegative, toPlainString } from './decimal';
import { NBSP, formatRupiah } from './format';

/**
 * Intl's compact long form ("12,4 miliar", "1,23 juta", "1.500 triliun"). The figure is formatted
 * alone and "Rp" put before it: Intl's compact currency form writes "Rp 12,4 M" instead.
 */
const COMPACT = new Intl.NumberFormat('id-ID', {
  notation: 'compact',
  compactDisplay: 'long',
  maximumFractionDigits: 2,
  useGrouping: true,
});

const ONE_MILLION = decimal(1_000_000);

/**
 * A short reading of a Rupiah amount: "Rp 12,4 miliar", "Rp 1,23 juta", "Rp 3 triliun" (up to two
 * digits after the comma, rounded half away from zero). The name is the one the rounded amount
 * reaches, so Rp 999.999.999 reads "Rp 1 miliar". Amounts under one million are written in full.
 */
export function formatRupiahShort(value: Decimal): string {
  const negative = isNegative(value);
  const size = negative ? { ...value, units: -value.units } : value;
  if (compare(size, ONE_MILLION) < 0) return formatRupiah(value);
  return `${negative ? '-' : ''}Rp${NBSP}${COMPACT.format(toPlainString(size))}`;
}
