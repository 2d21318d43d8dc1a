/** How the IKM's fractions are shown, in its headline and its NRR table. */
import { formatNumber } from '../../domain/number/format';
import { type Fraction, roundFraction } from '../../domain/number/fraction';

/** A fraction shown with `digits` digits after the comma, at least `min`. */
export const shown = (value: Fraction, digits: number, min = digits) => formatNumber(roundFraction(value, digits), { min, max: digits });
