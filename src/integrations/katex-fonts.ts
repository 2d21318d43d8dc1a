/**
 * KaTeX's fonts cut to the characters the site's formulas show. A KaTeX font holds whole alphabets
 * and their symbols (KaTeX_Main-Regular is 26 KB), while a catalogue's formulas are words and a few
 * signs: cut to the real catalogue's 60 or so characters, the font an indicator page fetches before
 * its first paint is 8 KB. The formulas are typeset at build time, so every character a KaTeX font
 * draws is in the built pages, inside `.katex-html` (the MathML beside it is for screen readers,
 * never drawn). Each cut font is named by the hash of its content, as Astro names its files, so a
 * browser never keeps a font cut for another build's characters.
 *
 * Run on the built site by ./lean-pages.ts, before each page's policy is hashed.
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Parser } from 'htmlparser2';
import subsetFont from 'subset-font';

/** KaTeX's stylesheet numbers equations through CSS counters, "(1)": characters no element holds. */
const COUNTER_CHARACTERS = '()0123456789';
/** A KaTeX font as Astro writes it: `_astro/KaTeX_Main-Regular.B22Nviop.woff2`. */
const KATEX_WOFF2 = /(?:^|[\\/])(KaTeX_[\w-]+)\.[\w-]+\.woff2$/;

/**
 * Every character of the page that KaTeX's fonts draw: the text of its `.katex-html`. Read with
 * htmlparser2's streaming parser rather than into a tree: every page of a large catalogue is read
 * (2,000 indicators, and the manual with all their formulas), and only the text of a few elements
 * is wanted.
 */
export function formulaCharacters(html: string): Set<string> {
  const characters = new Set<string>();
  if (!html.includes('katex-html')) return characters;
  let depth = 0; // how deep inside a `.katex-html` element the parser is; 0 outside one
  const parser = new Parser(
    {
      onopentag(_name, attributes) {
        if (depth > 0) depth++;
        else if (attributes['class']?.split(/\s+/).includes('katex-html')) depth = 1;
      },
      onclosetag() {
        if (depth > 0) depth--;
      },
      ontext(text) {
        if (depth > 0) for (const character of text) characters.add(character);
      },
    },
    // KaTeX's SVG writes `<path .../>`; entities in the text are decoded (`&amp;` is "&").
    { recognizeSelfClosing: true, decodeEntities: true },
  );
  parser.end(html);
  return characters;
}

/**
 * Replaces every KaTeX WOFF2 font under `site` by its cut to `characters`, under a new name.
 * Resolves to the renames (old file name to new); to none when no page shows a formula.
 */
export async function cutKatexFonts(site: string, characters: Set<string>): Promise<Map<string, string>> {
  const renames = new Map<string, string>();
  if (characters.size === 0) return renames;
  const text = [...characters].join('') + COUNTER_CHARACTERS;
  for (const path of await readdir(site, { recursive: true })) {
    const font = KATEX_WOFF2.exec(path);
    if (!font) continue;
    const file = join(site, path);
    const cut = await subsetFont(await readFile(file), text, { targetFormat: 'woff2' });
    const name = `${font[1]}.${createHash('sha256').update(cut).digest('base64url').slice(0, 8)}.woff2`;
    await writeFile(join(dirname(file), name), cut);
    await rm(file);
    renames.set(basename(path), name);
  }
  return renames;
}

/** The page with each renamed font's old file name replaced by its new one. */
export function withFontNames(html: string, renames: Map<string, string>): string {
  let page = html;
  for (const [from, to] of renames) page = page.replaceAll(from, to);
  return page;
}
