/**
 * Indeks Kepuasan Masyarakat (IKM) as set by PermenPANRB No. 14 Tahun 2017 (Pedoman Penyusunan
 * Survei Kepuasan Masyarakat): nine unsur, answers scored 1-4, NRR per unsur, the weighted sum
 * (IKM unit value, 1-4) and its conversion to 25-100 with mutu A-D.
 *
 * The regulation's formula weights each unsur by 1/9, while its forms print the weight as 0,111;
 * which one a unit applies is not confirmed, so the weight is an option: exact 1/9 by default,
 * 0,111 on request (with it a survey where everyone answers 4 gives 99,90, not 100). Intermediate
 * values (NRR, weighted NRR) are kept exact, never rounded before the next step; the result is
 * rounded once, to two decimals, and graded on that rounded value as the regulation's table does.
 */
import { type Decimal, compare, decimal, decimalFromString, isInteger, round, sum, toBigInt } from './number/decimal';
import { type Fraction, divide, isExactAt, roundFraction } from './number/fraction';
import { formatExactNumber, formatNumber } from './number/format';
import { IKM_FIELD, IKM_MAX_ANSWER, IKM_UNSUR, IKM_WEIGHT_LABELS, type IkmWeight } from './ikm-survey';
import { type FieldError, type Outcome, type Working, failure, success } from './outcome';

export * from './ikm-survey';

/** PermenPANRB 14/2017: IKM unit value (1-4) x 25 gives the converted IKM (25-100). */
const CONVERSION = divide(decimal(25), decimal(1));

/** a x b, exactly: a divided by the reciprocal of b. */
function times(a: Fraction, b: Fraction): Fraction {
  return divide(a, { numerator: b.denominator, denominator: b.numerator });
}

/** The weights' exact values. */
export const IKM_WEIGHTS: Readonly<Record<IkmWeight, { text: string; value: Fraction }>> = {
  // PermenPANRB 14/2017: bobot nilai rata-rata tertimbang = 1 / jumlah unsur = 1/9.
  exact: { ...IKM_WEIGHT_LABELS.exact, value: divide(decimal(1), decimal(9)) },
  // PermenPANRB 14/2017, contoh formulir pengolahan: bobot ditulis 0,111.
  rounded: { ...IKM_WEIGHT_LABELS.rounded, value: divide(decimalFromString('0.111'), decimal(1)) },
};

export type IkmMutu = 'A' | 'B' | 'C' | 'D';

export interface IkmCategory {
  mutu: IkmMutu;
  kinerja: string;
  /** The interval of the converted IKM (25-100), as the regulation's table writes it. */
  intervalKonversi: string;
  /** The lowest converted value (two decimals) in this category. */
  min: Decimal;
}

/** PermenPANRB 14/2017, Lampiran: mutu and kinerja unit by interval konversi (each row of the table quoted above it). */
export const IKM_CATEGORIES: readonly IkmCategory[] = [
  // Lampiran: nilai persepsi 4, 3,5324-4,00 / 88,31-100,00 = A, Sangat Baik
  { mutu: 'A', kinerja: 'Sangat Baik', intervalKonversi: '88,31–100,00', min: decimalFromString('88.31') },
  // Lampiran: nilai persepsi 3, 3,0644-3,532 / 76,61-88,30 = B, Baik
  { mutu: 'B', kinerja: 'Baik', intervalKonversi: '76,61–88,30', min: decimalFromString('76.61') },
  // Lampiran: nilai persepsi 2, 2,60-3,064 / 65,00-76,60 = C, Kurang Baik
  { mutu: 'C', kinerja: 'Kurang Baik', intervalKonversi: '65,00–76,60', min: decimalFromString('65.00') },
  // Lampiran: nilai persepsi 1, 1,00-2,5996 / 25,00-64,99 = D, Tidak Baik
  { mutu: 'D', kinerja: 'Tidak Baik', intervalKonversi: '25,00–64,99', min: decimal(0) },
];

/** The category of a converted IKM, graded on the value rounded to two decimals. */
export function ikmCategory(converted: Decimal): IkmCategory {
  const rounded = round(converted, 2);
  return IKM_CATEGORIES.find((category) => compare(rounded, category.min) >= 0) ?? IKM_CATEGORIES[IKM_CATEGORIES.length - 1]!;
}

export interface IkmInput {
  /** Number of filled questionnaires. */
  respondents: Decimal;
  /** The total score of each unsur, in the regulation's order (nine values). */
  totals: readonly Decimal[];
}

export interface IkmUnsurResult {
  nomor: number;
  nama: string;
  total: bigint;
  /** Nilai rata-rata per unsur: total / respondents. */
  nrr: Fraction;
  /** NRR x weight. */
  nrrTertimbang: Fraction;
}

export interface IkmResult extends Working {
  respondents: bigint;
  weight: IkmWeight;
  unsur: IkmUnsurResult[];
  /** IKM unit value (1-4): the sum of the weighted NRR. */
  unitValue: Fraction;
  /** Converted IKM (25-100), exact. */
  converted: Fraction;
  /** Converted IKM rounded to two decimals: the value reported and graded. */
  value: Decimal;
  /** "91,48". */
  formatted: string;
  category: IkmCategory;
}

/** Digits shown for the unit value and the unrounded converted value in the working. */
const WORKING_DIGITS = 4;

/**
 * The IKM from the number of respondents and each unsur's total score. Respondents must be a whole
 * number above 0; each total a whole number between respondents x 1 and respondents x 4.
 */
export function ikmScore(input: IkmInput, weight: IkmWeight = 'exact'): Outcome<IkmResult> {
  const errors: FieldError[] = [];
  const respondentsValid = isInteger(input.respondents) && compare(input.respondents, decimal(0)) > 0;
  if (!respondentsValid) {
    errors.push({ field: IKM_FIELD.responden, message: 'Jumlah responden harus bilangan bulat lebih dari 0.' });
  }
  if (input.totals.length !== IKM_UNSUR.length) throw new RangeError('IKM needs nine unsur totals');

  const n = input.respondents;
  IKM_UNSUR.forEach((nama, index) => {
    const total = input.totals[index]!;
    const field = IKM_FIELD.unsur(index + 1);
    const name = `Total nilai unsur ${index + 1} (${nama})`;
    if (!isInteger(total)) {
      errors.push({ field, message: `${name} harus bilangan bulat.` });
    } else if (respondentsValid) {
      const low = n; // every respondent answered 1
      const high = decimal(toBigInt(n) * BigInt(IKM_MAX_ANSWER)); // every respondent answered 4
      if (compare(total, low) < 0 || compare(total, high) > 0) {
        const count = formatExactNumber(n);
        errors.push({
          field,
          message: `${name} harus antara ${formatExactNumber(low)} (${count} × 1) dan ${formatExactNumber(high)} (${count} × 4).`,
        });
      }
    }
  });
  if (errors.length > 0) return failure(errors);

  const weightValue = IKM_WEIGHTS[weight].value;
  const unsur = IKM_UNSUR.map((nama, index): IkmUnsurResult => {
    const total = input.totals[index]!;
    const nrr = divide(total, n);
    return { nomor: index + 1, nama, total: toBigInt(total), nrr, nrrTertimbang: times(nrr, weightValue) };
  });
  const grandTotal = sum(input.totals);
  // The sum of the weighted NRR equals (sum of totals / respondents) x weight, since the weight is
  // the same for every unsur.
  const unitValue = times(divide(grandTotal, n), weightValue);
  const converted = times(unitValue, CONVERSION);
  const value = roundFraction(converted, 2);
  const formatted = formatNumber(value, { min: 2, max: 2 });
  const category = ikmCategory(value);

  const weightText = IKM_WEIGHTS[weight].text;
  const quotient = `${formatExactNumber(grandTotal)} / ${formatExactNumber(n)} × ${weightText}`;
  const approx = (fraction: Fraction): string =>
    `${isExactAt(fraction, WORKING_DIGITS) ? '=' : '≈'} ${formatNumber(roundFraction(fraction, WORKING_DIGITS), { min: 2, max: WORKING_DIGITS })}`;
  const steps = [
    `Jumlah total nilai 9 unsur = ${input.totals.map(formatExactNumber).join(' + ')} = ${formatExactNumber(grandTotal)}`,
    `Nilai IKM unit = Σ (NRR × ${weightText}) = ${quotient} ${approx(unitValue)}`,
    `IKM = nilai IKM unit × 25 = ${quotient} × 25 ${approx(converted)}`,
    `Dibulatkan dua desimal: ${formatted}, mutu ${category.mutu} (${category.kinerja}), interval ${category.intervalKonversi}`,
  ];
  return success({
    respondents: toBigInt(n),
    weight,
    unsur,
    unitValue,
    converted,
    value,
    formatted,
    category,
    steps,
    warnings: [],
  });
}
