/**
 * An exact quotient of two decimals, kept as a fraction of BigInts until it is shown. Percentages,
 * NRR and capaian are rounded once, from the exact value, so a grade never depends on a binary
 * floating-point error or on rounding twice (88,3049999... is B, 88,305 rounds to 88,31 and is A).
 */
import { type Decimal, decimal, roundDivide } from './decimal';

export interface Fraction {
  readonly numerator: bigint;
  /** Always positive. */
  readonly denominator: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

function reduced(numerator: bigint, denominator: bigint): Fraction {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const sign = denominator < 0n ? -1n : 1n;
  const divisor = gcd(numerator, denominator) || 1n;
  return { numerator: (sign * numerator) / divisor, denominator: (sign * denominator) / divisor };
}

/** The exact value of a decimal as a fraction. */
export function fractionOf(value: Decimal): Fraction {
  return reduced(value.units, 10n ** BigInt(value.scale));
}

/** `top / bottom`, exactly. Throws a RangeError when `bottom` is zero: callers check first. */
export function divide(top: Decimal | Fraction, bottom: Decimal | Fraction): Fraction {
  const a = 'units' in top ? fractionOf(top) : top;
  const b = 'units' in bottom ? fractionOf(bottom) : bottom;
  return reduced(a.numerator * b.denominator, a.denominator * b.numerator);
}

export function multiplyFractions(a: Decimal | Fraction, b: Decimal | Fraction): Fraction {
  const x = 'units' in a ? fractionOf(a) : a;
  const y = 'units' in b ? fractionOf(b) : b;
  return reduced(x.numerator * y.numerator, x.denominator * y.denominator);
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  return reduced(a.numerator * b.denominator + b.numerator * a.denominator, a.denominator * b.denominator);
}

/** The fraction rounded to `scale` digits after the point, half away from zero. */
export function roundFraction(value: Fraction, scale: number): Decimal {
  const factor = 10n ** BigInt(scale);
  return decimal(roundDivide(value.numerator * factor, value.denominator), scale);
}

/** Whether the fraction has an exact decimal expansion of at most `scale` digits. */
export function isExactAt(value: Fraction, scale: number): boolean {
  return (value.numerator * 10n ** BigInt(scale)) % value.denominator === 0n;
}

/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compareFractions(a: Fraction, b: Fraction): -1 | 0 | 1 {
  const x = a.numerator * b.denominator;
  const y = b.numerator * a.denominator;
  return x < y ? -1 : x > y ? 1 : 0;
}
