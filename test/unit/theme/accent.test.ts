import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { accentProblems, accentStylesheet } from '../../../src/theme/accent';
import { contrastRatio } from '../../../src/theme/contrast';
import { DEFAULT_ACCENT, THEME_BACKGROUNDS } from '../../../src/theme/palette';

describe('WCAG 2.1 contrast ratio', () => {
  it.each([
    // Black on white is the largest ratio WCAG defines: (1 + 0.05) / (0 + 0.05) = 21.
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    // #777777: channel 0x77/255 = 0.4667 -> ((0.4667 + 0.055) / 1.055)^2.4 = 0.1845; (1.05) / (0.2345) = 4.48.
    ['#777777', '#ffffff', 4.48],
    // #767676 is the lightest grey that passes AA on white: 4.54.
    ['#767676', '#ffffff', 4.54],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
    expect(contrastRatio(b, a)).toBeCloseTo(ratio, 2);
  });
});

describe('accent colours', () => {
  it('the site’s own accents pass AA on every background of their theme', () => {
    expect(accentProblems('terang', DEFAULT_ACCENT.terang)).toEqual([]);
    expect(accentProblems('gelap', DEFAULT_ACCENT.gelap)).toEqual([]);
  });

  it('refuses a colour too light for the light theme, naming it, the background and the ratio', () => {
    // #ffbf47 (a yellow): L = 0.2126 x 1 + 0.7152 x 0.521 + 0.0722 x 0.063 = 0.590; on #ffffff (1.05) / (0.640) = 1.64:1.
    const problems = accentProblems('terang', '#ffbf47');
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toContain('#ffbf47');
    expect(problems[0]).toContain('tema terang');
    expect(problems[0]).toContain('#ffffff');
    expect(problems[0]).toMatch(/1,\d\d:1/);
  });

  it('refuses a colour too dark for the dark theme', () => {
    // The light theme's own accent #0b5cad on the dark background #121417 is about 2.6:1.
    expect(accentProblems('gelap', '#0b5cad')).not.toEqual([]);
  });

  it('writes one custom property per theme, the dark one for both ways of choosing dark', () => {
    const css = accentStylesheet({ terang: '#1d4f91', gelap: '#9cc8ff' });
    expect(css).toContain('html:root{--color-accent:#1d4f91}');
    expect(css.match(/--color-accent:#9cc8ff/g)).toHaveLength(2);
  });
});

describe('the palette that accents are checked against', () => {
  // The values are written twice, in CSS and in src/theme/palette.ts: this keeps them equal.
  const css = readFileSync(new URL('../../../src/styles/global.css', import.meta.url), 'utf8');
  const block = (selector: string) => css.slice(css.indexOf(selector)).split('}')[0]!;
  const token = (text: string, name: string) => text.match(new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i'))?.[1];

  it.each([
    ['terang', ':root {'],
    ['gelap', ":root[data-theme='dark'] {"],
  ] as const)('%s theme matches global.css', (theme, selector) => {
    for (const [name, value] of Object.entries(THEME_BACKGROUNDS[theme])) {
      expect(token(block(selector), name), name).toBe(value);
    }
    expect(token(block(selector), '--color-accent')).toBe(DEFAULT_ACCENT[theme]);
  });
});
