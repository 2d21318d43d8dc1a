// parseIndonesianNumber: what staff type, and what it is read as.
import { describe, expect, it } from 'vitest';
import { decimalFromString, toPlainString } from '../../../src/domain/number/decimal';
import { type ParseFailure, parseIndonesianNumber } from '../../../src/domain/number/parse';

function read(text: string): string {
  const result = parseIndonesianNumber(text);
  if (!result.ok) throw new Error(`${JSON.stringify(text)} was refused: ${result.message}`);
  return toPlainString(result.value);
}

describe('parseIndonesianNumber: accepted', () => {
  it.each([
    // [typed, read as (machine format)]
    ['1.234.567', '1234567'],
    ['75,5', '75.5'],
    ['1.234.567,89', '1234567.89'],
    ['Rp 2.500.000.000', '2500000000'],
    ['Rp2.500.000,50', '2500000.5'],
    ['rp. 5.000', '5000'],
    ['IDR 5.000', '5000'],
    ['Rp 5.000,-', '5000'],
    ['12,5%', '12.5'],
    ['12,5 %', '12.5'],
    [' 1 234 ', '1234'],
    ['1 234 567,5', '1234567.5'],
    ['1\u00a0234', '1234'], // no-break space, as Intl writes in some locales
    ['Rp\u00a012.400.000.000', '12400000000'], // as formatRupiah writes it
    ['125 orang', '125'],
    ['3 dokumen', '3'],
    ['12 org.', '12'],
    ['-3', '-3'],
    ['−3', '-3'], // U+2212 minus sign
    ['-Rp 5.000', '-5000'],
    ['Rp -5.000', '-5000'],
    ['+7', '7'],
    ['0', '0'],
    ['007', '7'],
    [',5', '0.5'],
    ['0,50', '0.5'],
    ['1.234', '1234'], // decided: a dot is always thousands
    ['1,234', '1.234'], // decided: a comma is always the decimal mark
    ['999.999.999.999.999', '999999999999999'], // 15 digits: the most accepted
    ['9.999.999.999.999,99', '9999999999999.99'],
    ['0,000000000000001', '0.000000000000001'],
    ['1\u200b234', '1234'], // zero-width space from a pasted document
  ])('%j is %s', (typed, expected) => {
    expect(read(typed)).toBe(expected);
  });

  it('keeps the value exact (a Decimal, not a float)', () => {
    const result = parseIndonesianNumber('0,1');
    expect(result).toEqual({ ok: true, value: decimalFromString('0.1') });
  });
});

describe('parseIndonesianNumber: refused, with a reason and an Indonesian message', () => {
  it.each<[string, ParseFailure]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-a-number'],
    ['Rp', 'not-a-number'],
    ['%', 'not-a-number'],
    ['-', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['12a34', 'not-a-number'],
    ['8o', 'not-a-number'], // a typo for 80, not 8 of a unit "o"
    ['125orang', 'not-a-number'], // a unit word needs a space
    ['1O0', 'not-a-number'],
    ['5 - 3', 'not-a-number'],
    ['--5', 'not-a-number'],
    ["1'234", 'not-a-number'],
    ['0x1F', 'not-a-number'],
    ['<b>5</b>', 'markup'],
    ['<script>alert(1)</script>', 'markup'],
    ['5&nbsp;000', 'markup'],
    ['1e5', 'exponent'],
    ['1E5', 'exponent'],
    ['1,5e3', 'exponent'],
    ['2e-3', 'exponent'],
    ['٣', 'non-ascii-digit'], // Arabic-Indic three
    ['１２３', 'non-ascii-digit'], // full-width digits
    ['१२', 'non-ascii-digit'], // Devanagari
    ['2,5 miliar', 'scale-word'],
    ['5 juta', 'scale-word'],
    ['10 rb', 'scale-word'],
    ['Rp 3 M', 'scale-word'],
    ['1 triliun', 'scale-word'],
    ['1.5', 'decimal-dot'],
    ['75.25', 'decimal-dot'],
    ['3.14159', 'decimal-dot'],
    ['.5', 'decimal-dot'],
    ['0.500', 'decimal-dot'], // looks like thousands but starts with 0: an English decimal
    ['1,234,567', 'separator'], // English thousands
    ['1,234.56', 'separator'], // English format
    ['1.23.456', 'separator'],
    ['1.2.3', 'separator'],
    ['1.234.', 'separator'],
    ['12.34,5', 'separator'],
    ['1 23', 'separator'],
    ['1 234.567', 'separator'], // spaces and dots mixed
    ['75,', 'separator'],
    ['1.000.000.000.000.000', 'too-long'], // 19 digits
    ['1.234.567.890.123.456', 'too-long'], // 16 digits
    ['0,1234567890123456', 'too-long'],
  ])('%j: %s', (typed, reason) => {
    const result = parseIndonesianNumber(typed);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message.length).toBeGreaterThan(10);
    }
  });

  it('asks for a comma when a dot looks like a decimal point', () => {
    const result = parseIndonesianNumber('1.5');
    expect(result.ok || result.message).toMatch(/koma/);
  });

  it('names the scale word it refuses', () => {
    const result = parseIndonesianNumber('2,5 miliar');
    expect(result.ok || result.message).toMatch(/“miliar”/);
  });

  it('never echoes markup back in its message', () => {
    const result = parseIndonesianNumber('<img src=x onerror=alert(1)>');
    expect(result.ok || result.message).not.toMatch(/img|onerror/);
  });
});
