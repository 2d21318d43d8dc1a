/** Rasio: part / whole, without x 100%. */
import type { Decimal } from '../number/decimal';
import { divide, isExactAt, roundFraction } from '../number/fraction';
import { formatBySatuan, formatExactNumber } from '../number/format';
import { type Outcome, failure, success } from '../outcome';
import type { RatioFormula, Satuan } from './definition';
import { FIELD, REPORTED_DIGITS, type Realisation, equals, notNegative, notZeroDivisor, realisation } from './realisation';

/** part / whole, without x 100% (e.g. job seekers per vacancy). */
export function ratio(rumus: RatioFormula, part: Decimal, whole: Decimal, satuan: Satuan = 'rasio'): Outcome<Realisation> {
  const errors = [
    ...notNegative(FIELD.pembilang, rumus.pembilang.label, part),
    ...notNegative(FIELD.penyebut, rumus.penyebut.label, whole),
    ...notZeroDivisor(FIELD.penyebut, rumus.penyebut.label, whole),
  ];
  if (errors.length > 0) return failure(errors);
  const exact = divide(part, whole);
  const value = roundFraction(exact, REPORTED_DIGITS);
  const formatted = formatBySatuan(value, satuan);
  const steps = [
    `${formatExactNumber(part)} / ${formatExactNumber(whole)}`,
    `${equals(isExactAt(exact, REPORTED_DIGITS))} ${formatted}`,
  ];
  return success(realisation(value, satuan, { steps, warnings: [] }));
}
