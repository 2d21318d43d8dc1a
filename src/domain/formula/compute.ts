/**
 * The realisation of an indicator from the figures a person enters, for the formula kinds that the
 * decree writes itself: persentase, rasio, jumlah, cacah and nilai (IKM and SAKIP have their own
 * modules, `../ikm` and `../sakip`). Each function takes parsed decimals and returns the value,
 * its Indonesian formatting, and the working with the person's numbers substituted, or the errors
 * per input. Nothing here reads text or touches the page.
 */
import {
  type Decimal,
  compare,
  decimal,
  decimalFromNumber,
  fractionDigits,
  isInteger,
  isNegative,
  isZero,
  multiply,
  round,
  sum,
} from '../number/decimal';
import { divide, isExactAt, roundFraction } from '../number/fraction';
import { SATUAN_DIGITS, formatBySatuan, formatExactNumber, formatNumber, formatRupiahShort } from '../number/format';
import { type FieldError, type Outcome, type Working, failure, success } from '../outcome';
import type {
  CountFormula,
  FixedQuantity,
  FormulaDefinition,
  PercentageFormula,
  Quantity,
  RatioFormula,
  Satuan,
  ScoreFormula,
  SumFormula,
} from './definition';

/** A computed realisation. */
export interface Realisation extends Working {
  /**
   * The realisation as reported: rounded to what its unit shows (two decimals for a percentage).
   * Capaian is computed from this value, so its working can be checked by hand.
   */
  value: Decimal;
  satuan: Satuan;
  /** "78%", "Rp 12.400.000.000", "12 dokumen". */
  formatted: string;
  /** Money only: "Rp 12,4 miliar". */
  short?: string;
}

/** Stable keys of the inputs, used in `FieldError.field`. */
export const FIELD = {
  pembilang: 'pembilang',
  penyebut: 'penyebut',
  besaran: 'besaran',
  /** The list of entries as a whole ("add at least one"); one entry is `entryField(i)`. */
  entri: 'entri',
} as const;

/** The key of the i-th entry (from 0) of a sum. */
export function entryField(index: number): string {
  return `entri.${index}`;
}

/** Digits kept in a reported percentage or ratio. */
const REPORTED_DIGITS = 2;

const SATUAN_VALUES: readonly Satuan[] = ['persen', 'rupiah', 'jumlah', 'indeks', 'nilai', 'rasio'];

export function isSatuan(value: string): value is Satuan {
  return (SATUAN_VALUES as readonly string[]).includes(value);
}

/**
 * The unit a formula's result is written in. Percentages, money and IKM have a fixed one; for the
 * others the indicator's own `satuan` decides when it is a fitting unit (a score published as an
 * index shows two decimals).
 */
export function resultSatuan(rumus: FormulaDefinition, satuan?: string): Satuan {
  switch (rumus.jenis) {
    case 'persentase':
      return 'persen';
    case 'jumlah':
      return rumus.uang ? 'rupiah' : 'jumlah';
    case 'ikm':
      return 'indeks';
    default: {
      const fallback: Satuan = rumus.jenis === 'rasio' ? 'rasio' : rumus.jenis === 'cacah' ? 'jumlah' : 'nilai';
      return satuan && isSatuan(satuan) && satuan !== 'persen' && satuan !== 'rupiah' ? satuan : fallback;
    }
  }
}

function realisation(value: Decimal, satuan: Satuan, working: Working, unitWord?: string): Realisation {
  const result: Realisation = { value, satuan, formatted: formatBySatuan(value, satuan, unitWord), ...working };
  if (satuan === 'rupiah') result.short = formatRupiahShort(value);
  return result;
}

function notNegative(field: string, label: string, value: Decimal): FieldError[] {
  return isNegative(value) ? [{ field, message: `${label} tidak boleh negatif.` }] : [];
}

function notZeroDivisor(field: string, label: string, value: Decimal): FieldError[] {
  return isZero(value)
    ? [{ field, message: `${label} tidak boleh 0, karena pembagian dengan nol tidak dapat dihitung.` }]
    : [];
}

function isFixed(quantity: Quantity | FixedQuantity): quantity is FixedQuantity {
  return 'tetap' in quantity;
}

/** "=" when the shown value is exact, "≈" when it was rounded. */
function equals(exact: boolean): string {
  return exact ? '=' : '≈';
}

/**
 * part / whole x 100%. The whole is the decree's fixed number when it gives one (125 Orang), and
 * `whole` is then ignored. A part larger than its whole gives a warning, not an error, unless the
 * definition allows it (`bolehLebihDari100`).
 */
export function percentage(rumus: PercentageFormula, part: Decimal, whole?: Decimal): Outcome<Realisation> {
  const denominator = isFixed(rumus.penyebut) ? decimalFromNumber(rumus.penyebut.tetap) : whole;
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
  return success(realisation(total, satuan, { steps, warnings: [] }, unitWord));
}

/** A number of things: a whole number, not negative. */
export function count(rumus: CountFormula, value: Decimal, satuan: Satuan = 'jumlah'): Outcome<Realisation> {
  const { label } = rumus.besaran;
  if (isNegative(value)) return failure([{ field: FIELD.besaran, message: `${label} tidak boleh negatif.` }]);
  if (!isInteger(value)) return failure([{ field: FIELD.besaran, message: `${label} harus bilangan bulat.` }]);
  const result = realisation(value, satuan, { steps: [], warnings: [] }, rumus.besaran.satuan);
  result.steps.push(`${label} = ${result.formatted}`);
  return success(result);
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
  result.steps.push(`${label} = ${shown}${result.formatted} (skala ${formatExactNumber(min)}–${formatExactNumber(max)})`);
  return success(result);
}
