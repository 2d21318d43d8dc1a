/**
 * An exact decimal number: an integer count of units of 10^-scale (BigInt), so Rupiah with sen add
 * up without drift (0,1 + 0,2 is 0,3, and ten times Rp 0,10 is exactly Rp 1,00). Values are
 * immutable plain objects; every function returns a new one. Rounding, where a function rounds, is
 * half away from zero ("pembulatan biasa": 88,305 -> 88,31; -0,5 -> -1).
 */

export interface Decimal {
  /** The value times 10^scale. */
  readonly units: bigint;
  /** How many digits after the decimal point `units` carries (>= 0). */
  readonly scale: number;
}

const pow10 = (exponent: number): bigint => 10n ** BigInt(exponent);

/**
 * A decimal of `units` x 10^-scale; `decimal(12345n, 2)` is 123,45. For code: `units` is a BigInt
 * or a safe integer, `scale` a whole number (a fractional number throws; an unsafe one would not
 * be exact).
 */
export function decimal(units: bigint | number, scale = 0): Decimal {
  return { units: BigInt(units), scale };
}

/**
 * Reads a plain machine-format number ("-1234.5", "0.111"): for constants in code and tests, not
 * for what people type (see `parseIndonesianNumber`). Throws on anything else.
 */
export function decimalFromString(text: string): Decimal {
  const match = /^(-?\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new SyntaxError(`Not a plain decimal: ${text}`);
  const fraction = match[2] ?? '';
  return { units: BigInt(match[1] + fraction), scale: fraction.length };
}

/**
 * A JavaScript number as a decimal, from its shortest round-trip text (0.111 is 0,111 exactly,
 * not the binary value nearest to it). For numbers written in content and code, such as a
 * decree's fixed 125; throws on NaN, infinities and exponent-sized numbers.
 */
export function decimalFromNumber(value: number): Decimal {
  return decimalFromString(String(value));
}

/** The same value carried at `scale` digits, at least its own. */
function widened(value: Decimal, scale: number): bigint {
  return value.units * pow10(scale - value.scale);
}

/** The same value carried at `scale` digits; throws if that would lose digits. */
export function rescale(value: Decimal, scale: number): Decimal {
  if (scale >= value.scale) return { units: widened(value, scale), scale };
  const divisor = pow10(value.scale - scale);
  if (value.units % divisor !== 0n) throw new RangeError('Rescaling would lose digits');
  return { units: value.units / divisor, scale };
}

/** The same value without trailing zeros after the point (1,50 -> 1,5; 2,00 -> 2). */
export function normalize(value: Decimal): Decimal {
  let { units, scale } = value;
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [widened(a, scale), widened(b, scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x + y, scale };
}

export function subtract(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = aligned(a, b);
  return { units: x - y, scale };
}

export function multiply(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** The exact sum of a list (0 for an empty list). */
export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce(add, decimal(0));
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(value: Decimal): boolean {
  return value.units === 0n;
}

export function isNegative(value: Decimal): boolean {
  return value.units < 0n;
}

export function isInteger(value: Decimal): boolean {
  return value.units % pow10(value.scale) === 0n;
}

/** Digits after the decimal point once trailing zeros are dropped (12,50 -> 1). */
export function fractionDigits(value: Decimal): number {
  return normalize(value).scale;
}

/** `numerator / denominator` (denominator > 0) rounded to an integer, half away from zero. */
export function roundDivide(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const quotient = (magnitude * 2n + denominator) / (denominator * 2n);
  return negative ? -quotient : quotient;
}

/** The value rounded to `scale` digits after the point, half away from zero. */
export function round(value: Decimal, scale: number): Decimal {
  return { units: scale >= value.scale ? widened(value, scale) : roundDivide(value.units, pow10(value.scale - scale)), scale };
}

/** The integer part's value as a BigInt (truncated toward zero); for whole numbers. */
export function toBigInt(value: Decimal): bigint {
  return value.units / pow10(value.scale);
}

/**
 * The value as a JavaScript number. Exact for what `parseIndonesianNumber` accepts (at most 15
 * digits); larger sums may round in the last digit, so compute with Decimal, not with this.
 */
export function toNumber(value: Decimal): number {
  return Number(toPlainString(value));
}

/** Machine format without grouping: "-1234.50" (keeps the scale's trailing zeros). */
export function toPlainString({ units, scale }: Decimal): `${number}` {
  const digits = (units < 0n ? -units : units).toString().padStart(scale + 1, '0');
  const point = digits.length - scale;
  return `${units < 0n ? '-' : ''}${digits.slice(0, point)}${scale > 0 ? `.${digits.slice(point)}` : ''}` as `${number}`;
}
