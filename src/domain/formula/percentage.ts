/** Persentase: part / whole x 100%. */
import { type Decimal, compare, decimal, decimalFromNumber, multiply } from '../number/decimal';
import { divide, isExactAt, roundFraction } from '../number/fraction';
import { formatBySatuan, formatExactNumber } from '../number/format';
import { type Outcome, failure, success } from '../outcome';
import type { PercentageFormula } from './definition';
import { FIELD, REPORTED_DIGITS, type Realisation, equals, notNegative, notZeroDivisor, realisation } from './realisation';

/**
 * part / whole x 100%. The whole is the decree's fixed number when it gives one (125 Orang), and
 * `whole` is then ignored. A part larger than its whole gives a warning, not an error, unless the
 * definition allows it (`bolehLebihDari100`).
 */
export function percentage(rumus: PercentageFormula, part: Decimal, whole?: Decimal): Outcome<Realisation> {
  const denominator = 'tetap' in rumus.penyebut ? decimalFromNumber(rumus.penyebut.tetap) : whole;
  const errors = notNegative(FIELD.pembilang, rumus.pembilang.label, part);
  if (denominator === undefined) {
    errors.push({ field: FIELD.penyebut, message: `Isi ${rumus.penyebut.label}.` });
  } else {
    errors.push(...notNegative(FIELD.penyebut, rumus.penyebut.label, denominator));
    errors.push(...notZeroDivisor(FIELD.penyebut, rumus.penyebut.label, denominator));
  }
  if (errors.length > 0 || denominator === undefined) return failure(errors);

  const exact = divide(multiply(part, decimal(100)), denominator);
  const value = roundFraction(exact, REPORTED_DIGITS);
  const partText = formatExactNumber(part);
  const wholeText = formatExactNumber(denominator);
  const warnings: string[] = [];
  if (!rumus.bolehLebihDari100 && compare(part, denominator) > 0) {
    warnings.push(
      `${rumus.pembilang.label} (${partText}) lebih besar daripada ${rumus.penyebut.label} (${wholeText}), ` +
        'sehingga hasilnya lebih dari 100%. Periksa kembali kedua angka.',
    );
  }
  const formatted = formatBySatuan(value, 'persen');
  const steps = [`${partText} / ${wholeText} × 100%`, `${equals(isExactAt(exact, REPORTED_DIGITS))} ${formatted}`];
  return success(realisation(value, 'persen', { steps, warnings }));
}
