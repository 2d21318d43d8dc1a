/** Persentase: part / whole x 100%. */
import { type Decimal, compare, decimal, decimalFromNumber, multiply } from '../number/decimal';
import { formatExactNumber } from '../number/format';
import { type Outcome, failure, success } from '../outcome';
import type { PercentageFormula } from './definition';
import { divisorErrors, notNegative, quotient } from './quotient';
import { FIELD, type Realisation } from './realisation';

/**
 * part / whole x 100%. The whole is the decree's fixed number when it gives one (125 Orang), and
 * `whole` is then ignored. A part larger than its whole gives a warning, not an error, unless the
 * definition allows it (`bolehLebihDari100`).
 */
export function percentage(rumus: PercentageFormula, part: Decimal, whole?: Decimal): Outcome<Realisation> {
  const { pembilang, penyebut } = rumus;
  const denominator = 'tetap' in penyebut ? decimalFromNumber(penyebut.tetap) : whole;
  const errors = notNegative(FIELD.pembilang, pembilang.label, part);
  if (denominator) errors.push(...divisorErrors(FIELD.penyebut, penyebut.label, denominator));
  else errors.push({ field: FIELD.penyebut, message: `Isi ${penyebut.label}.` });
  if (!denominator || errors.length > 0) return failure(errors);

  const partText = formatExactNumber(part);
  const wholeText = formatExactNumber(denominator);
  const warnings =
    !rumus.bolehLebihDari100 && compare(part, denominator) > 0
      ? [
          `${pembilang.label} (${partText}) lebih besar daripada ${penyebut.label} (${wholeText}), ` +
            'sehingga hasilnya lebih dari 100%. Periksa kembali kedua angka.',
        ]
      : [];
  return success(quotient(multiply(part, decimal(100)), denominator, 'persen', `${partText} / ${wholeText} × 100%`, warnings));
}
