/** Cacah: a number of things. */
import { type Decimal, isInteger, isNegative } from '../number/decimal';
import { type Outcome, failure, success } from '../outcome';
import type { CountFormula, Satuan } from './definition';
import { FIELD, type Realisation, realisation } from './realisation';

/** A number of things: a whole number, not negative. */
export function count(rumus: CountFormula, value: Decimal, satuan: Satuan = 'jumlah'): Outcome<Realisation> {
  const { label } = rumus.besaran;
  if (isNegative(value)) return failure([{ field: FIELD.besaran, message: `${label} tidak boleh negatif.` }]);
  if (!isInteger(value)) return failure([{ field: FIELD.besaran, message: `${label} harus bilangan bulat.` }]);
  const result = realisation(value, satuan, { steps: [], warnings: [] }, rumus.besaran.satuan);
  result.steps.push(`${label} = ${result.formatted}`);
  return success(result);
}
