// KaTeX's fonts are cut to the characters that the site's formulas draw
// (src/integrations/katex-fonts.ts): a formula keeps every glyph it shows, and the font fetched
// before an indicator page's first paint shrinks.
import { mkdtemp, readFile, readdir, rm, copyFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fontverter from 'fontverter';
import * as hb from 'harfbuzzjs';
import katex from 'katex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutKatexFonts, formulaCharacters, withFontNames } from '../../../src/integrations/katex-fonts';

const KATEX_MAIN = createRequire(import.meta.url).resolve('katex/dist/fonts/KaTeX_Main-Regular.woff2');

/** The characters a WOFF2 font maps to glyphs. */
async function charactersOf(woff2: Buffer): Promise<string> {
  const face = new hb.Face(new hb.Blob(await fontverter.convert(woff2, 'sfnt')));
  return [...face.collectUnicodes()].map((code) => String.fromCodePoint(code)).join('');
}

describe("the characters of a page's formulas", () => {
  // The decree's formula for "Presentase Tenaga Kerja yang Terlindungi", as the site typesets it.
  const formula = katex.renderToString('\\frac{\\text{Jumlah Peserta}}{\\text{Tenaga Kerja}} \\times 100\\%', { output: 'htmlAndMathml' });

  it("are those KaTeX's HTML draws, not the TeX source that its MathML carries", () => {
    const characters = formulaCharacters(`<p>Halaman</p>${formula}`);
    for (const character of 'JumlahPesertTngKj×10%') expect(characters).toContain(character);
    expect(characters).not.toContain('\\'); // \frac and \text are in the MathML annotation only
    expect(characters).not.toContain('H'); // "Halaman" is body text, in the site's own font
  });

  it('are the characters drawn, not the entities that write them', () => {
    const ampersand = katex.renderToString('\\text{Pelayanan} \\& \\text{Perizinan}', { output: 'htmlAndMathml' });
    expect(ampersand).toContain('&amp;');
    const characters = formulaCharacters(ampersand);
    expect(characters).toContain('&');
    expect(characters).not.toContain(';');
  });

  it('are none on a page without a formula', () => {
    expect(formulaCharacters('<p>Jumlah Peserta</p>').size).toBe(0);
  });
});

describe('a KaTeX font cut to the characters of the formulas', () => {
  let site: string;
  let renames: Map<string, string>;
  beforeAll(async () => {
    site = await mkdtemp(join(tmpdir(), 'katex-fonts-'));
    await mkdir(join(site, '_astro'));
    await copyFile(KATEX_MAIN, join(site, '_astro', 'KaTeX_Main-Regular.B22Nviop.woff2'));
    renames = await cutKatexFonts(site, new Set('Jumlah Peserta×%'));
  });
  afterAll(() => rm(site, { recursive: true, force: true }));

  it('replaces the font under a name of its own content, and the old file is gone', async () => {
    const name = renames.get('KaTeX_Main-Regular.B22Nviop.woff2')!;
    expect(name).toMatch(/^KaTeX_Main-Regular\.[\w-]{8}\.woff2$/);
    expect(await readdir(join(site, '_astro'))).toEqual([name]);
  });

  it('keeps a glyph for every character of the formulas, and the digits and brackets of equation numbers', async () => {
    const kept = await charactersOf(await readFile(join(site, '_astro', renames.get('KaTeX_Main-Regular.B22Nviop.woff2')!)));
    for (const character of 'JumlahPesrt×%()0123456789') expect(kept).toContain(character);
    expect(kept).not.toContain('Q'); // in KaTeX's font (below), in no formula
    expect(await charactersOf(await readFile(KATEX_MAIN))).toContain('Q');
  });

  it('is smaller than the whole font', async () => {
    const cut = await readFile(join(site, '_astro', renames.get('KaTeX_Main-Regular.B22Nviop.woff2')!));
    expect(cut.length).toBeLessThan((await readFile(KATEX_MAIN)).length / 2);
  });

  it("is what the pages' stylesheets then name", () => {
    const css = '@font-face{font-family:KaTeX_Main;src:url(/_astro/KaTeX_Main-Regular.B22Nviop.woff2)format("woff2")}';
    expect(withFontNames(css, renames)).toBe(`@font-face{font-family:KaTeX_Main;src:url(/_astro/${renames.get('KaTeX_Main-Regular.B22Nviop.woff2')})format("woff2")}`);
  });

  it('is not made when no page shows a formula', async () => {
    expect((await cutKatexFonts(site, new Set())).size).toBe(0);
  });
});
