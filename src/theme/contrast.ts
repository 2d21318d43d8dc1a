/**
 * WCAG 2.1 contrast ratio of two sRGB colours written as `#rrggbb`. Written here because it is a
 * dozen lines of the standard's own formula and no kept library in the project provides it
 * (axe-core has one, but only inside its browser bundle).
 */

/** Relative luminance, WCAG 2.1 "relative luminance" definition. */
function luminance(hex: string): number {
  const channel = (at: number) => {
    const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** (L1 + 0.05) / (L2 + 0.05), lighter over darker: 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** WCAG 2.1 SC 1.4.3 (AA): normal text needs 4.5:1. */
export const AA_TEXT_CONTRAST = 4.5;

export const HEX_COLOUR = /^#[0-9a-f]{6}$/i;
