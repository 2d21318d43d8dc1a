/** Rasio: part / whole, without x 100%. */
import type { Decimal } from '../number/decimal';
import { formatExactNumber } from '../number/format';
import { type Outcome, failure, success } from '../outcome';
import type { RatioFormula, Satuan } from './definition';
import { divisorErrors, notNegative, quotient } from './quotient';
import { FIELD, type Realisation } from './realisation';

/** part / whole, without x 100% (e.g. job seekers per vacancy). */
export function ratio(rumus: RatioFormula, part: Decimal, whole: Decimal, satuan: Satuan = 'rasio'): Outcome<Realisation> {
  const errors = [
    ...notNegative(FIELD.pembilang, rumus.pembilang.label, part),
    ...divisorErrors(FIELD.penyebut, rumus.penyebut.label, whole),
  ];
  if (errors.length > 0) return failure(errors);
  return success(quotient(part, whole, satuan, `${formatExactNumber(part)} / ${formatExactNumber(whole)}`));
}
