/**
 * Only the scoped styles of the Astro components a page renders. Astro bundles a page's CSS from
 * every component its code imports, rendered or not: every indicator page carries the chart's
 * rules, though only pages with published figures draw a chart. A component's scoped rules name
 * its `[data-astro-cid-…]` attribute, which Astro writes on each element the component renders;
 * a rule that requires an attribute no element of the page carries can match nothing, and goes.
 * Unscoped rules (global.css, KaTeX, `:global(...)`) stay: scripts add their classes later. This
 * runs on the built pages (./lean-pages.ts); under `astro dev` pages keep every rule.
 */
import postcss, { type Container } from 'postcss';

const SCOPE = /data-astro-cid-([a-z0-9]+)/g;

/** The component scopes that elements of the page carry (in its markup, its styles left out). */
export function pageScopes(html: string): Set<string> {
  const markup = html.replace(/<style\b[^>]*>[\s\S]*?<\/style>/g, '');
  return new Set([...markup.matchAll(SCOPE)].map(([, id]) => id!));
}

/** A selector can match when every scope it requires is on the page. */
const canMatch = (selector: string, scopes: Set<string>) => [...selector.matchAll(SCOPE)].every(([, id]) => scopes.has(id!));

/** An at-rule (`@media`) left without rules goes too. */
function removeEmpty(container: Container): void {
  container.each((node) => {
    if (node.type !== 'atrule' || !node.nodes) return;
    removeEmpty(node);
    if (node.nodes.length === 0) node.remove();
  });
}

/** The stylesheet without the scoped rules of components the page does not render. */
export function trimScopedCss(css: string, scopes: Set<string>): string {
  if (!css.includes('data-astro-cid-')) return css;
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (!rule.selectors.some((selector) => canMatch(selector, scopes))) rule.remove();
  });
  removeEmpty(root);
  return root.toString();
}
