/** Jumlah: a list of entries added up, exactly. */
import { type Decimal, fractionDigits, isInteger, isNegative, sum } from '../number/decimal';
import { formatBySatuan, formatExactNumber, formatNumber } from '../number/format';
import { formatRupiahShort } from '../number/rupiah-short';
import { type FieldError, type Outcome, failure, success } from '../outcome';
import type { Satuan, SumFormula } from './definition';
import { FIELD, type Realisation, entryField, realisation } from './realisation';

/** Entries listed in full in the working; longer lists are shortened with "…". */
const MAX_LISTED_ENTRIES = 8;

/**
 * The exact sum of a list of entries: Rupiah with at most two digits of sen when the definition
 * is about money, whole numbers otherwise. Never negative. At least one entry is needed.
 */
export function sumEntries(rumus: SumFormula, entries: readonly Decimal[]): Outcome<Realisation> {
  const label = rumus.entri.label;
  if (entries.length === 0) {
    return failure([{ field: FIELD.entri, message: `Isi paling sedikit satu entri ${label}.` }]);
  }
  const errors: FieldError[] = [];
  entries.forEach((entry, index) => {
    const field = entryField(index);
    const name = `Entri ${index + 1}`;
    if (isNegative(entry)) errors.push({ field, message: `${name} tidak boleh negatif.` });
    else if (rumus.uang && fractionDigits(entry) > 2) {
      errors.push({ field, message: `${name}: Rupiah paling banyak 2 angka di belakang koma (sen).` });
    } else if (!rumus.uang && !isInteger(entry)) {
      errors.push({ field, message: `${name} harus bilangan bulat.` });
    }
  });
  if (errors.length > 0) return failure(errors);

  const total = sum(entries);
  const satuan: Satuan = rumus.uang ? 'rupiah' : 'jumlah';
  const unitWord = rumus.uang ? undefined : rumus.entri.satuan;
  // Money shows its sen as two digits (2.500.000.000,50), as on an LKPM.
  const terms = entries.map((entry) =>
    rumus.uang && fractionDigits(entry) > 0 ? formatNumber(entry, { min: 2, max: 2 }) : formatExactNumber(entry),
  );
  const listed =
    terms.length > MAX_LISTED_ENTRIES ? [...terms.slice(0, 3), '…', ...terms.slice(-1)] : terms;
  const formatted = formatBySatuan(total, satuan, unitWord);
  const steps = [`${listed.join(' + ')} (${entries.length} entri)`, `= ${formatted}`];
  const result = realisation(total, satuan, { steps, warnings: [] }, unitWord);
  if (rumus.uang) result.short = formatRupiahShort(total);
  return success(result);
}
