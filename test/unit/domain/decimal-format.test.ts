// Exact decimals for money, and Indonesian formatting.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  decimal,
  decimalFromString,
  multiply,
  round,
  sum,
  toNumber,
  toPlainString,
} from '../../../src/domain/number/decimal';
import { divide, roundFraction } from '../../../src/domain/number/fraction';
import {
  NBSP,
  formatBySatuan,
  formatExactNumber,
  formatNumber,
  formatPercent,
  formatRupiah,
} from '../../../src/domain/number/format';
import { formatRupiahShort } from '../../../src/domain/number/rupiah-short';
import { parseIndonesianNumber } from '../../../src/domain/number/parse';

const d = decimalFromString;
const plain = (value: ReturnType<typeof d>) => toPlainString(value);

describe('Decimal: Rupiah sums do not drift', () => {
  it('0,1 + 0,2 = 0,3 exactly (a float gives 0,30000000000000004)', () => {
    expect(compare(add(d('0.1'), d('0.2')), d('0.3'))).toBe(0);
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it('10 × Rp 0,10 = Rp 1,00', () => {
    const total = sum(Array.from({ length: 10 }, () => d('0.10')));
    expect(plain(total)).toBe('1.00');
    expect(formatRupiah(total)).toBe(`Rp${NBSP}1`);
  });

  it('1.000 × Rp 2.500.000.000,50 = Rp 2.500.000.000.500 exactly', () => {
    const total = sum(Array.from({ length: 1000 }, () => d('2500000000.50')));
    expect(plain(total)).toBe('2500000000500.00');
    expect(formatRupiah(total)).toBe(`Rp${NBSP}2.500.000.000.500`);
  });

  it('sums beyond 2^53 stay exact', () => {
    const total = sum(Array.from({ length: 10_000 }, () => d('999999999999.99')));
    expect(plain(total)).toBe('9999999999999900.00');
  });

  it('an empty sum is 0', () => {
    expect(plain(sum([]))).toBe('0');
  });

  it('rounds half away from zero', () => {
    expect(plain(round(d('88.305'), 2))).toBe('88.31');
    expect(plain(round(d('88.304999'), 2))).toBe('88.30');
    expect(plain(round(d('-0.5'), 0))).toBe('-1');
    expect(plain(round(d('2.5'), 0))).toBe('3');
  });

  it('multiplies exactly', () => {
    expect(plain(multiply(d('0.111'), d('9')))).toBe('0.999');
  });

  it('fractions round once, from the exact value', () => {
    // 1/3 × 100 = 33,333...
    expect(plain(roundFraction(divide(d('100'), d('3')), 2))).toBe('33.33');
    // 2/3 = 0,666...
    expect(plain(roundFraction(divide(d('2'), d('3')), 4))).toBe('0.6667');
  });

  it('property: a sum of 2-decimal amounts equals the sum of their sen as integers', () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 99_999_999_999_999n }), { maxLength: 50 }), (sen) => {
        const total = sum(sen.map((value) => decimal(value, 2)));
        expect(total.units * 10n ** BigInt(2 - total.scale)).toBe(sen.reduce((a, b) => a + b, 0n));
      }),
    );
  });
});

describe('formatting (id-ID)', () => {
  it.each([
    [d('1234567'), '1.234.567'],
    [d('1234'), '1.234'],
    [d('999'), '999'],
    [d('0'), '0'],
    [d('75.5'), '75,5'],
    [d('75.555'), '75,56'],
    [d('-3'), '-3'],
    [d('-0.001'), '0'], // rounds to zero: no "-0"
    [d('12345678901234567.89'), '12.345.678.901.234.567,89'],
  ])('formatNumber %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected);
  });

  it.each([
    [d('61.7'), '61,7%'],
    [d('78'), '78%'],
    [d('107.142857'), '107,14%'],
    [d('87.5'), '87,5%'],
    [d('33.335'), '33,34%'],
  ])('formatPercent %s', (value, expected) => {
    expect(formatPercent(value)).toBe(expected);
  });

  it.each([
    [d('12400000000'), `Rp${NBSP}12.400.000.000`],
    [d('2500000000.5'), `Rp${NBSP}2.500.000.000,50`],
    [d('2500000000.50'), `Rp${NBSP}2.500.000.000,50`],
    [d('1.00'), `Rp${NBSP}1`],
    [d('0.05'), `Rp${NBSP}0,05`],
    [d('-5000'), `-Rp${NBSP}5.000`],
  ])('formatRupiah %s', (value, expected) => {
    expect(formatRupiah(value)).toBe(expected);
  });

  it.each([
    [d('12400000000'), `Rp${NBSP}12,4 miliar`],
    [d('2500000000.50'), `Rp${NBSP}2,5 miliar`],
    [d('1234567'), `Rp${NBSP}1,23 juta`],
    [d('3000000000000'), `Rp${NBSP}3 triliun`],
    [d('1500000000000000'), `Rp${NBSP}1.500 triliun`],
    [d('999999999'), `Rp${NBSP}1 miliar`], // rounds up to the next name
    [d('994999'), `Rp${NBSP}994.999`], // under a million: in full
    // Still in full: Intl's compact form names the value's own magnitude ("995 ribu"), so the short
    // reading starts at one million rather than at what rounds to it.
    [d('999995'), `Rp${NBSP}999.995`],
    [d('1000000'), `Rp${NBSP}1 juta`],
    [d('-12400000000'), `-Rp${NBSP}12,4 miliar`],
  ])('formatRupiahShort %s', (value, expected) => {
    expect(formatRupiahShort(value)).toBe(expected);
  });

  it('formatExactNumber shows every digit read', () => {
    expect(formatExactNumber(d('2500000000.5'))).toBe('2.500.000.000,5');
    expect(formatExactNumber(d('0.111'))).toBe('0,111');
  });

  it.each([
    ['persen', d('61.7'), '61,7%'],
    ['rupiah', d('12400000000'), `Rp${NBSP}12.400.000.000`],
    ['jumlah', d('12'), '12 dokumen'],
    ['indeks', d('91.4751'), '91,48'],
    ['indeks', d('100'), '100,00'],
    ['nilai', d('75.75'), '75,75'],
    ['rasio', d('0.75'), '0,75'],
  ] as const)('formatBySatuan %s %s', (satuan, value, expected) => {
    expect(formatBySatuan(value, satuan, 'dokumen')).toBe(expected);
  });
});

describe('round trip: parse(format(x)) = x', () => {
  const back = (text: string) => {
    const result = parseIndonesianNumber(text);
    if (!result.ok) throw new Error(`${text}: ${result.message}`);
    return result.value;
  };

  it('for integers up to 15 digits', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -999_999_999_999_999n, max: 999_999_999_999_999n }), (units) => {
        const value = decimal(units);
        expect(compare(back(formatNumber(value)), value)).toBe(0);
      }),
    );
  });

  it('for 2-decimal values, as numbers and as Rupiah', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -999_999_999_999_999n, max: 999_999_999_999_999n }), (units) => {
        const value = decimal(units, 2);
        expect(compare(back(formatNumber(value)), value)).toBe(0);
        expect(compare(back(formatRupiah(value)), value)).toBe(0);
      }),
    );
  });

  it('for percentages', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 100_000n }), (units) => {
        const value = decimal(units, 2);
        expect(compare(back(formatPercent(value)), value)).toBe(0);
      }),
    );
  });

  it('toNumber is the nearest float, and exact for whole numbers the parser accepts', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999_999n }), (units) => {
        expect(toNumber(decimal(units))).toBe(Number(units));
        expect(Math.round(toNumber(decimal(units, 2)) * 100)).toBe(Number(units));
      }),
    );
  });
});
