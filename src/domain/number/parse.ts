/**
 * Reads a number the way Indonesian staff type it, into an exact `Decimal`.
 *
 * Accepted:
 * - a dot groups thousands and a comma marks decimals: "1.234.567", "75,5", "1.234.567,89", ",5";
 * - spaces (also no-break and thin spaces) may group thousands instead of dots: " 1 234 567 ";
 * - a unit typed with the figure is ignored: "Rp 2.500.000.000", "Rp2.500.000,50", "Rp. 5",
 *   "IDR 5", "12,5%", "125 orang", "3 dokumen" (a word unit after a space: "8o" is refused, as a
 *   typo for 80); a price tag's ",-" is dropped ("Rp 5.000,-");
 * - a leading minus ("-3", "−3", "-Rp 5", "Rp -5") gives a negative value: callers decide whether a
 *   negative is allowed for their quantity. A leading "+" is accepted.
 *
 * Ambiguous cases, decided:
 * - "1.234" is 1234: a dot is always a thousands separator, so every group after a dot must have
 *   exactly three digits ("1.234.567" is valid, "1.23.456" is not).
 * - "1.5", "75.25", "3.14159", ".5" and "0.500" are refused with a message asking for a comma:
 *   reading them as decimals would make "1.500" (1500) and "1.50" (1,5) mean very different things.
 * - "1,234" is 1,234 (one and a fraction), because the comma is the decimal mark. "1,234,567" and
 *   English "1,234.56" are refused (more than one comma, or a dot after the comma).
 * - Digits of other scripts or full-width digits ("٣", "３") are refused, not converted: the person
 *   sees the message and retypes, instead of a silent guess.
 * - "2,5 miliar", "5 juta", "10 rb" are refused: ignoring the word would read a thousand-million-fold
 *   smaller number, so the person is asked to type the figure in full.
 * - Exponent notation ("1e5", "1,5E3"), markup ("<b>5</b>", "&lt;") and anything else is refused.
 * - At most 15 digits (leading zeros and trailing zeros after the comma not counted), so every
 *   accepted value is also exact as a JavaScript number (below 2^53): up to Rp 9.999.999.999.999,99.
 */
import { type Decimal, normalize } from './decimal';

/** Why a text was not read as a number. */
export type ParseFailure =
  | 'empty'
  | 'markup'
  | 'exponent'
  | 'non-ascii-digit'
  | 'scale-word'
  | 'not-a-number'
  | 'separator'
  | 'decimal-dot'
  | 'too-long';

export type ParseResult =
  | { ok: true; value: Decimal }
  | { ok: false; reason: ParseFailure; message: string };

/** The most digits a number may have and still be computed exactly (see the module comment). */
export const MAX_DIGITS = 15;

// "scale-word" always names the word it refuses (see below).
const MESSAGES: Record<Exclude<ParseFailure, 'scale-word'>, string> = {
  empty: 'Isian masih kosong.',
  markup: 'Tulis angkanya saja, tanpa tanda < > atau kode HTML.',
  exponent: 'Notasi eksponen (misalnya 1e5) tidak dipakai. Tulis angka lengkap, misalnya 100.000.',
  'non-ascii-digit': 'Gunakan angka 0–9 biasa. Angka dari aksara lain atau angka lebar (misalnya ٣ atau ３) tidak dibaca.',
  'not-a-number': 'Tidak terbaca sebagai angka. Tulis angka seperti 1.234.567 atau 75,5.',
  separator: 'Pemisah tidak tepat. Titik memisahkan ribuan (setiap kelompok 3 angka) dan satu koma menandai desimal, misalnya 1.234.567,5.',
  'decimal-dot': 'Desimal ditulis dengan koma, misalnya 1,5 (bukan 1.5). Titik adalah pemisah ribuan.',
  'too-long': `Angka terlalu panjang untuk dihitung tepat: paling banyak ${MAX_DIGITS} digit.`,
};

/** Words that multiply a figure; a person typing them means a bigger number than the digits. */
const SCALE_WORDS = new Set(['ribu', 'rb', 'k', 'juta', 'jt', 'miliar', 'milyar', 'm', 'triliun', 'trilyun', 't']);

// Zero-width characters and soft hyphens that come along when text is pasted from documents.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// "Rp 5.000,-": the price-tag way of writing "no sen".
const NO_SEN = /,\s*[-–—]$/;
const NON_ASCII_DIGIT = /(?![0-9])\p{Nd}/u;
const EXPONENT = /\d\s*e\s*[-+−]?\s*\d/i;
// sign, currency, sign, number body, unit: a "%", or words after a space ("orang", "orang/tahun").
// A letter right after a digit is not a unit: "8o" is a typo for 80, not 8 of something.
const SHAPE = /^([-−+]?)\s*(?:(?:rp\.?|idr)\s*)?([-−+]?)([\d.,\s]*?)((?:\s*%|\s+\p{L})[\p{L}\p{M}%\s./]*)?$/iu;

/** What refuses a text before its shape is read, in order. */
const EARLY_CHECKS: [RegExp, ParseFailure][] = [
  [/^$/, 'empty'],
  [/[<>]|&#?\w+;/, 'markup'],
  [NON_ASCII_DIGIT, 'non-ascii-digit'],
  [EXPONENT, 'exponent'],
];

function fail(reason: ParseFailure, message = MESSAGES[reason as Exclude<ParseFailure, 'scale-word'>]): ParseResult {
  return { ok: false, reason, message };
}

// The part before the comma: plain digits, or groups of three after dots, or after spaces.
const GROUPED_BY_DOTS = /^[1-9]\d{0,2}(\.\d{3})+$/;
const GROUPED_BY_SPACES = /^[1-9]\d{0,2}(\s+\d{3})+$/;

/** Reads Indonesian-typed number text; see the module comment for what is accepted. */
export function parseIndonesianNumber(input: string): ParseResult {
  const text = input.replace(INVISIBLE, '').trim().replace(NO_SEN, '');
  for (const [pattern, reason] of EARLY_CHECKS) if (pattern.test(text)) return fail(reason);

  const [, sign1, sign2, body = '', unit = ''] = SHAPE.exec(text) ?? [];
  if (sign1 === undefined || (sign1 && sign2)) return fail('not-a-number');
  const scaleWord = unit
    .toLowerCase()
    .split(/[\s./]+/)
    .find((word) => SCALE_WORDS.has(word));
  if (scaleWord) {
    return fail('scale-word', `Tulis angka lengkap tanpa kata “${scaleWord}”, misalnya 2.500.000.000 untuk 2,5 miliar.`);
  }
  if (!/\d/.test(body)) return fail('not-a-number');

  const [integerText = '', fraction, more] = body.trim().split(',');
  if (more !== undefined) return fail('separator');
  if (fraction !== undefined && !/^\d+$/.test(fraction)) {
    return fail('separator', /^\s*$/.test(fraction) ? 'Lengkapi angka di belakang koma, atau hapus komanya.' : undefined);
  }
  const integer = integerText.trim();
  if (!/^\d*$/.test(integer) && !(integer.includes('.') ? GROUPED_BY_DOTS : GROUPED_BY_SPACES).test(integer)) {
    // A single dot that is not a thousands separator is most likely a decimal point ("1.5", "0.500").
    return fail(fraction === undefined && /^\d*\.\d*$/.test(integer) ? 'decimal-dot' : 'separator');
  }
  const digits = integer.replace(/\D/g, '');
  if ((digits.replace(/^0+/, '') + (fraction ?? '').replace(/0+$/, '')).length > MAX_DIGITS) return fail('too-long');
  const units = BigInt((digits || '0') + (fraction ?? ''));
  const negative = (sign1 || sign2) === '-' || (sign1 || sign2) === '−';
  return { ok: true, value: normalize({ units: negative ? -units : units, scale: fraction?.length ?? 0 }) };
}
