// A page keeps the scoped styles of the Astro components it renders, and no other
// (src/integrations/scoped-css.ts); its own and unscoped rules stay.
import { describe, expect, it } from 'vitest';
import { pageScopes, trimScopedCss } from '../../../src/integrations/scoped-css';

// The chart's rules come with every indicator page; an indicator without figures draws no chart.
const css =
  'p{margin:0}' +
  '.chart[data-astro-cid-chart1]{margin:1rem}' +
  '.chart[data-astro-cid-chart1] text{fill:red}' +
  '@media (min-width:48rem){.chart[data-astro-cid-chart1]{width:50%}}' +
  '@media print{.note[data-astro-cid-note1]{border:0}.chart[data-astro-cid-chart1]{display:none}}' +
  '.note[data-astro-cid-note1],.chart[data-astro-cid-chart1] .x{color:blue}';

describe('scoped styles of components a page does not render', () => {
  it('reads the scopes from the markup, not from the styles', () => {
    const html = `<style>${css}</style><p class="note" data-astro-cid-note1>Belum ada.</p>`;
    expect([...pageScopes(html)]).toEqual(['note1']);
  });

  it('drops the rules of the chart the page does not draw, and an @media left empty', () => {
    expect(trimScopedCss(css, new Set(['note1']))).toBe(
      'p{margin:0}@media print{.note[data-astro-cid-note1]{border:0}}.note[data-astro-cid-note1],.chart[data-astro-cid-chart1] .x{color:blue}',
    );
  });

  it('keeps every rule on a page that renders both components', () => {
    expect(trimScopedCss(css, new Set(['note1', 'chart1']))).toBe(css);
  });

  it('leaves a stylesheet without scoped rules as it is', () => {
    expect(trimScopedCss('.katex{font:1em KaTeX_Main}', new Set())).toBe('.katex{font:1em KaTeX_Main}');
  });
});
