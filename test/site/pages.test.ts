// The built pages: every indicator has its page with its name and a typeset formula; the other
// pages exist; math is rendered at build time, with no math JavaScript shipped.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtRecords } from '../support/records';
import { distDir, distFile, distHas } from '../support/dist';
import { distDocument, textOf } from '../support/dom';

const records = builtRecords();

describe('indicator pages', () => {
  it.each(records.map((r) => [r.url, r] as const))('%s', (url, r) => {
    const page = distDocument(url.slice(1));
    const text = textOf(page.querySelector('main'));
    expect(textOf(page.querySelector('h1'))).toBe(r.indikator);
    expect(text).toContain(r.sasaran.replace(/\s+/g, ' '));
    expect(text).toContain(r.penanggung_jawab);
    // KaTeX markup, with the MathML that screen readers read.
    expect(page.querySelector('.katex-display')).not.toBeNull();
    expect(page.querySelector('.katex-display math[display="block"]')?.getAttribute('xmlns')).toBe('http://www.w3.org/1998/Math/MathML');
    // The decree reference links to the decree's page.
    expect(page.querySelector('main a[href="/keputusan/"]')).not.toBeNull();
    expect(text.includes('Usulan situs, bukan dari keputusan')).toBe(r.rumus_usulan);
    expect(text.includes('Catatan redaksi — bukan bagian dari keputusan')).toBe(r.catatan.length > 0);
  });
});

describe('site pages', () => {
  it.each(['index.html', 'indikator/index.html', 'unit/index.html', 'keputusan/index.html', 'data/index.html', '404.html'])(
    '%s is in Indonesian and has a title and description',
    (path) => {
      expect(distFile(path)).toMatch(/^<!DOCTYPE html>/i);
      const page = distDocument(path);
      expect(page.querySelector('html')?.getAttribute('lang')).toBe('id');
      expect(textOf(page.querySelector('head > title'))).not.toBe('');
      expect(page.querySelector('meta[name="description"]')?.getAttribute('content')?.trim()).toBeTruthy();
    },
  );

  it('the home page puts the four IKU up front', () => {
    const hrefs = distDocument('index.html').querySelectorAll('main a').map((a) => a.getAttribute('href'));
    const iku = records.filter((x) => x.tingkat === 'IKU');
    expect(iku).toHaveLength(4);
    for (const r of iku) expect(hrefs).toContain(r.url);
  });

  it('the list of indicators links every indicator once, in the decree\'s order', () => {
    const links = distDocument('indikator/index.html')
      .querySelectorAll('main a')
      .map((a) => a.getAttribute('href') ?? '')
      .filter((href) => /^\/indikator\/[^/]+\/$/.test(href));
    expect(links).toEqual(records.map((r) => r.url));
  });

  it('ships a favicon', () => {
    expect(distHas('favicon.ico')).toBe(true);
  });

  it('ships no math JavaScript: formulas are typeset at build time', () => {
    const scripts = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
    for (const f of scripts) expect(distFile(join('_astro', f))).not.toMatch(/renderToString|katex/i);
  });

  it('ships no schema code: the calculators take only the types inferred from the content schema', () => {
    const scripts = readdirSync(join(distDir, '_astro')).filter((f) => f.endsWith('.js'));
    // `_zod` is the property every zod 4 schema carries, and `$Zod…` its class names; both survive minifying.
    for (const f of scripts) expect(distFile(join('_astro', f)), f).not.toMatch(/\b_zod\b|\$Zod/);
  });
});
