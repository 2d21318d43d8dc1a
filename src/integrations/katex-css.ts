/**
 * Only the part of KaTeX's stylesheet that a page's formulas use. KaTeX's stylesheet (29 KB, 8 KB
 * gzip) comes inline with every page that shows math (Formula.astro imports it), but one
 * indicator's formulas use a few dozen of its 230 rules and one or two of its 20 fonts. The
 * formulas are typeset at build time, so every class they use is in the page's HTML: the KaTeX
 * rules that need a class no element carries can go, and then the KaTeX fonts no rule names.
 * This runs on the built pages (./lean-pages.ts); under `astro dev` pages keep the whole sheet.
 *
 * Written here on PostCSS rather than with PurgeCSS: PurgeCSS trims a whole stylesheet, while here
 * only KaTeX's rules may go. The site's own rules stay, whatever the HTML holds: scripts add their
 * classes and states later.
 */
import postcss, { type AtRule, type Rule } from 'postcss';

/** Every class name on an element of the page (Astro and KaTeX write `class="..."`). */
export function pageClasses(html: string): Set<string> {
  return new Set([...html.matchAll(/\sclass="([^"]*)"/g)].flatMap(([, names]) => names!.split(/\s+/).filter(Boolean)));
}

/** KaTeX's rules are the ones whose every selector starts with one of its classes. */
const isKatexRule = (rule: Rule) => rule.selectors.every((selector) => /^\.katex\b/.test(selector.trim()));

/** A selector can match when every class it requires is on the page (`:not(...)` requires none). */
const canMatch = (selector: string, classes: Set<string>) =>
  [...selector.replace(/:not\([^)]*\)/g, '').matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].every(([, name]) => classes.has(name!));

const fontFamily = (face: AtRule) => /font-family:\s*["']?(KaTeX_[\w]+)/.exec(face.toString())?.[1];

/** The stylesheet without the KaTeX rules and fonts that nothing on the page uses. */
export function trimKatexCss(css: string, classes: Set<string>): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (isKatexRule(rule) && !rule.selectors.some((selector) => canMatch(selector, classes))) rule.remove();
  });
  const faces: AtRule[] = [];
  root.walkAtRules('font-face', (face) => {
    if (fontFamily(face)) faces.push(face);
  });
  const used = new Set<string>();
  root.walkDecls(/^font(-family)?$/, (decl) => {
    if (decl.parent?.type === 'atrule') return; // a font's own name
    for (const [name] of decl.value.matchAll(/KaTeX_\w+/g)) used.add(name);
  });
  for (const face of faces) {
    if (!used.has(fontFamily(face)!)) face.remove();
    // Only the WOFF2 file: every browser that runs the site's module scripts reads WOFF2, so the
    // WOFF and TrueType fallbacks would never be fetched.
    else face.walkDecls('src', (decl) => void (decl.value = decl.value.split(/,(?=\s*url\()/).find((source) => /format\(["']?woff2/.test(source)) ?? decl.value));
  }
  return root.toString();
}
