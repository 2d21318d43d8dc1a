/** Nilai: a score read from an external assessment. */
import { type Decimal, compare, decimalFromNumber, round } from '../number/decimal';
import { SATUAN_DIGITS, formatExactNumber } from '../number/format';
import { type Outcome, failure, success } from '../outcome';
import type { Satuan, ScoreFormula } from './definition';
import { FIELD, type Realisation, realisation } from './realisation';

/** "0–100": an assessment's scale, as the form's hint and the working write it. */
export function scaleText(rumus: ScoreFormula): string {
  return `${formatExactNumber(decimalFromNumber(rumus.min))}–${formatExactNumber(decimalFromNumber(rumus.maks))}`;
}

/** A score read from an external assessment, within the assessment's scale [min, maks]. */
export function score(rumus: ScoreFormula, value: Decimal, satuan: Satuan = 'nilai'): Outcome<Realisation> {
  const { label } = rumus.besaran;
  const min = decimalFromNumber(rumus.min);
  const max = decimalFromNumber(rumus.maks);
  if (compare(value, min) < 0 || compare(value, max) > 0) {
    return failure([
      {
        field: FIELD.besaran,
        message: `${label} harus antara ${formatExactNumber(min)} dan ${formatExactNumber(max)}.`,
      },
    ]);
  }
  const reported = round(value, SATUAN_DIGITS[satuan].max);
  const result = realisation(reported, satuan, { steps: [], warnings: [] });
  const shown = compare(reported, value) === 0 ? '' : `${formatExactNumber(value)} ≈ `;
  result.steps.push(`${label} = ${shown}${result.formatted} (skala ${scaleText(rumus)})`);
  return success(result);
}
