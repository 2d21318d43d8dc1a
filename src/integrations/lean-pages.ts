/**
 * Once Astro has written the site, each page is left with only what it uses, which is what a
 * visitor downloads before the first paint (every stylesheet is inline):
 * - of KaTeX's stylesheet, the rules and fonts of the page's own formulas (./katex-css.ts), and of
 *   KaTeX's fonts, the characters of the site's formulas (./katex-fonts.ts);
 * - of the components' scoped styles, those of the components the page renders (./scoped-css.ts);
 * - in its Content Security Policy, the hashes of its own inline scripts and styles. Astro writes
 *   into every page the hashes of every inline script and style of the whole site (22 on the home
 *   page, which has two): about 0.6 KB gzip a page, and a wider policy than the page needs.
 * Its module scripts also move to the end of its body. A module script runs once the page is parsed
 * wherever it stands, but Astro writes a component's script where the component is, and the
 * header's scripts there made Chromium paint the header in a frame of its own, before the heading:
 * the indicator page's LCP then came a frame later, after more requests (measured with Lighthouse).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageClasses, trimKatexCss } from './katex-css';
import { cutKatexFonts, formulaCharacters, withFontNames } from './katex-fonts';
import { pageScopes, trimScopedCss } from './scoped-css';

/**
 * A comment, an inline style, or a script, in the order they come: a comment or a script's code is
 * passed over whole, so a "<style>" written inside one is not taken for a style.
 */
const CODE = /<!--[\s\S]*?-->|<style>([\s\S]*?)<\/style>|<script\b([^>]*)>([\s\S]*?)<\/script>/g;
/** A script element that runs no inline code: one with a src, or a data block such as JSON-LD. */
const NOT_INLINE_CODE = /\ssrc=|type="application\/(?:ld\+)?json"/;
const MODULE = /\stype="module"/;
const POLICY = /(<meta http-equiv="content-security-policy" content=")([^"]*)"/;

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** The policy's script-src and style-src list the given hashes, and no other. */
function withHashes(policy: string, hashes: { 'script-src': string[]; 'style-src': string[] }): string {
  return policy
    .split(';')
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name !== 'script-src' && name !== 'style-src') return directive;
      const space = /^\s*/.exec(directive)![0];
      return space + [name, ...sources.filter((s) => !s.startsWith("'sha256-")), ...new Set(hashes[name])].join(' ');
    })
    .join(';');
}

/**
 * The page with its KaTeX and scoped CSS trimmed, its module scripts at the end of its body, and a
 * policy of its own; `file` names it in an error.
 */
export function leanPage(html: string, file: string): string {
  const classes = pageClasses(html);
  const scopes = pageScopes(html);
  const hashes = { 'script-src': [] as string[], 'style-src': [] as string[] };
  const modules: string[] = [];
  const trimmed = html.replace(CODE, (whole, css: string | undefined, attributes: string | undefined, code: string | undefined) => {
    if (css !== undefined) {
      const kept = trimScopedCss(css.includes('KaTeX_') ? trimKatexCss(css, classes) : css, scopes);
      hashes['style-src'].push(sha256(kept));
      return `<style>${kept}</style>`;
    }
    if (code !== undefined && !NOT_INLINE_CODE.test(attributes!)) hashes['script-src'].push(sha256(code));
    if (code !== undefined && MODULE.test(attributes!)) {
      modules.push(whole);
      return '';
    }
    return whole;
  });
  const end = trimmed.lastIndexOf('</body>');
  if (modules.length > 0 && end < 0) throw new Error(`${file}: module scripts, and no </body> to put them before`);
  const page = modules.length > 0 ? trimmed.slice(0, end) + modules.join('') + trimmed.slice(end) : trimmed;
  if (!POLICY.test(page)) {
    if (hashes['script-src'].length + hashes['style-src'].length > 0) throw new Error(`${file}: inline scripts or styles, and no Content Security Policy`);
    return page;
  }
  return page.replace(POLICY, (_, start: string, policy: string) => `${start}${withHashes(policy, hashes)}"`);
}

export function leanPages(): AstroIntegration {
  return {
    name: 'katalog:lean-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const paths = (await readdir(site, { recursive: true })).filter((path) => path.endsWith('.html'));
        const characters = new Set<string>();
        for (const path of paths) for (const character of formulaCharacters(await readFile(join(site, path), 'utf8'))) characters.add(character);
        const fonts = await cutKatexFonts(site, characters);
        for (const path of paths) {
          const file = join(site, path);
          await writeFile(file, leanPage(withFontNames(await readFile(file, 'utf8'), fonts), path));
        }
        logger.info(`${paths.length} pages: KaTeX's rules cut to each page's formulas, scoped rules to its components, each policy to its page's own hashes`);
        logger.info(`${fonts.size} KaTeX fonts cut to the ${characters.size} characters of the site's formulas`);
      },
    },
  };
}
