// The built pages: every indicator has its page with its name and a typeset formula; the other
// pages exist; math is rendered at build time, with no math JavaScript shipped.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtRecords } from '../support/records';
import { distDir, distFile, distHas } from '../support/dist';

const records = builtRecords();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('indicator pages', () => {
  it.each(records.map((r) => [r.url, r] as const))('%s', (url, r) => {
    const html = distFile(join(url, 'index.html'));
    expect(html).toMatch(new RegExp(`<h1[^>]*>${escapeRegExp(escapeHtml(r.indikator))}</h1>`));
    expect(html).toContain(escapeHtml(r.sasaran));
    expect(html).toContain(escapeHtml(r.penanggung_jawab));
    // KaTeX markup, with the MathML that screen readers read.
    expect(html).toMatch(/class="katex-display"/);
    expect(html).toMatch(/<math xmlns="http:\/\/www\.w3\.org\/1998\/Math\/MathML" display="block">/);
    // The decree reference links to the decree's page.
    expect(html).toContain('href="/keputusan/"');
    if (r.rumus_usulan) expect(html).toContain('Usulan situs, bukan dari keputusan');
    if (r.catatan.length > 0) expect(html).toContain('Catatan redaksi — bukan bagian dari keputusan');
  });
});

describe('site pages', () => {
  it.each(['index.html', 'indikator/index.html', 'unit/index.html', 'keputusan/index.html', 'data/index.html', '404.html'])(
    '%s is in Indonesian and has a title and description',
    (page) => {
      const html = distFile(page);
      expect(html).toMatch(/^<!DOCTYPE html><html lang="id">/i);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]+">/);
    },
  );

  it('the home page puts the four IKU up front', () => {
    const html = distFile('index.html');
    for (const r of records.filter((x) => x.tingkat === 'IKU')) expect(html).toContain(`href="${r.url}"`);
  });

  it('the list of indicators links every indicator once, in the decree\'s order', () => {
    const html = distFile('indikator/index.html');
    const links = [...html.matchAll(/href="(\/indikator\/[^"]+\/)"/g)].map((m) => m[1]);
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
