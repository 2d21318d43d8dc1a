// KaTeX's stylesheet cut to a page's formulas (src/integrations/katex-css.ts), on a small sheet in
// KaTeX's own form and on KaTeX's real output.
import katex from 'katex';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageClasses, trimKatexCss } from '../../../src/integrations/katex-css';

const SHEET = [
  '@font-face{font-family:KaTeX_Main;font-weight:400;src:url(/_astro/KaTeX_Main-Regular.woff2)format("woff2"),url(/_astro/KaTeX_Main-Regular.woff)format("woff"),url(/_astro/KaTeX_Main-Regular.ttf)format("truetype")}',
  '@font-face{font-family:KaTeX_Math;src:url(/_astro/KaTeX_Math-Italic.woff2)format("woff2")}',
  '.katex{font:normal 1.21em KaTeX_Main,Times New Roman,serif}',
  '.katex .mfrac .frac-line{border-bottom-style:solid}',
  '.katex .mathnormal{font-family:KaTeX_Math;font-style:italic}',
  '.katex .sizing.reset-size1.size2{font-size:1.2em}',
  '.formula .katex{overflow-x:auto}',
  '.menu-toggle[aria-expanded=true]{background:red}',
  '@media print{.katex .mord{color:#000}.js-only{display:none}}',
].join('');

describe("KaTeX's stylesheet cut to a page", () => {
  it('keeps the KaTeX rules whose classes are all on the page, and every rule of the site', () => {
    const css = trimKatexCss(SHEET, pageClasses('<span class="katex"><span class="mfrac"><span class="frac-line"></span></span><span class="sizing reset-size1"></span></span>'));
    expect(css).toContain('.katex .mfrac .frac-line{');
    expect(css).toContain('.katex{font:');
    // "size2" is on no element: the rule that needs it goes; so does .mathnormal, and with it
    // KaTeX_Math, the font only that rule named.
    expect(css).not.toContain('size2');
    expect(css).not.toContain('mathnormal');
    expect(css).not.toContain('KaTeX_Math');
    expect(css).not.toContain('.mord');
    // The site's rules stay even where the page has none of their classes yet (scripts add them).
    expect(css).toContain('.formula .katex{overflow-x:auto}');
    expect(css).toContain('.menu-toggle[aria-expanded=true]');
    expect(css).toContain('.js-only{display:none}');
  });

  it('keeps a kept font as its WOFF2 file only', () => {
    const css = trimKatexCss(SHEET, new Set(['katex']));
    expect(css).toContain('font-family:KaTeX_Main;font-weight:400;src:url(/_astro/KaTeX_Main-Regular.woff2)format("woff2")}');
    expect(css).not.toMatch(/\.woff\)|\.ttf/);
  });

  it("keeps what KaTeX's own rendering of a fraction needs, from KaTeX's own stylesheet", () => {
    const html = katex.renderToString(String.raw`\frac{a}{b} \times 100\%`, { displayMode: true, output: 'htmlAndMathml' });
    const full = readFileSync(new URL('../../../node_modules/katex/dist/katex.min.css', import.meta.url), 'utf8');
    const css = trimKatexCss(full, pageClasses(html));
    expect(css.length).toBeLessThan(full.length / 3);
    for (const rule of ['.katex .vlist-t{', '.katex .mfrac .frac-line{', '.katex .mathnormal{', '.katex-display>.katex{']) expect(css).toContain(rule);
    expect(css.match(/@font-face/g)?.length).toBeGreaterThanOrEqual(2); // KaTeX_Main and KaTeX_Math
    expect(css).not.toContain('KaTeX_Fraktur');
  });
});
