/**
 * A part divided by a whole, as persentase and rasio compute it: the checks on the two quantities
 * and the quotient as reported. Their own module, so that only those calculators load it.
 */
import { type Decimal, isNegative, isZero } from '../number/decimal';
import { divide, isExactAt, roundFraction } from '../number/fraction';
import type { FieldError } from '../outcome';
import type { Satuan } from './definition';
import { type Realisation, realisation } from './realisation';

/** Digits kept in a reported percentage or ratio. */
const REPORTED_DIGITS = 2;

export function notNegative(field: string, label: string, value: Decimal): FieldError[] {
  return isNegative(value) ? [{ field, message: `${label} tidak boleh negatif.` }] : [];
}

/** What is wrong with a whole that a part is divided by: negative, or 0. */
export function divisorErrors(field: string, label: string, value: Decimal): FieldError[] {
  return isZero(value)
    ? [{ field, message: `${label} tidak boleh 0, karena pembagian dengan nol tidak dapat dihitung.` }]
    : notNegative(field, label, value);
}

/**
 * top / bottom as reported (rounded to two decimals), with the working: `formula` with the
 * person's numbers, then "= 78%" when the reported value is exact or "≈ 33,33%" when rounded.
 */
export function quotient(top: Decimal, bottom: Decimal, satuan: Satuan, formula: string, warnings: string[] = []): Realisation {
  const exact = divide(top, bottom);
  const result = realisation(roundFraction(exact, REPORTED_DIGITS), satuan, { steps: [formula], warnings });
  result.steps.push(`${isExactAt(exact, REPORTED_DIGITS) ? '=' : '≈'} ${result.formatted}`);
  return result;
}
