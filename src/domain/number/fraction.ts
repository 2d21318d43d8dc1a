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

// Not reduced to lowest terms: nothing needs it, and BigInts do not overflow.
function fraction(numerator: bigint, denominator: bigint): Fraction {
  if (denominator === 0n) throw new RangeError('Division by zero');
  return denominator < 0n ? { numerator: -numerator, denominator: -denominator } : { numerator, denominator };
}

/** The exact value of a decimal as a fraction. */
export function fractionOf(value: Decimal): Fraction {
  return fraction(value.units, 10n ** BigInt(value.scale));
}

/** `top / bottom`, exactly. Throws a RangeError when `bottom` is zero: callers check first. */
export function divide(top: Decimal | Fraction, bottom: Decimal | Fraction): Fraction {
  const a = 'units' in top ? fractionOf(top) : top;
  const b = 'units' in bottom ? fractionOf(bottom) : bottom;
  return fraction(a.numerator * b.denominator, a.denominator * b.numerator);
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
