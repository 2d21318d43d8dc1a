// axe-core in a real page: every WCAG 2.0, 2.1 and 2.2 A/AA rule and axe's best practices.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/**
 * The violations on the page as "rule: target" lines, empty when there are none. `only` limits the
 * run to some rules (a theme switch changes colours, so colour contrast is all that needs re-running).
 */
export async function axeViolations(page: Page, only?: string[]): Promise<string[]> {
  // Evaluated through DevTools, so the page's Content Security Policy does not block it.
  await page.evaluate(axeSource);
  const runOnly = only ? { type: 'rule', values: only } : { type: 'tag', values: TAGS };
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, runOnly);
  return violations;
}

/**
 * axe in the light theme (every rule), then the dark theme (the colour rules: a theme switch changes
 * nothing else), leaving the page in the light theme.
 */
export async function axeBothThemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await axeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = await axeViolations(page, ['color-contrast', 'link-in-text-block']);
  await page.emulateMedia({ colorScheme: 'light' });
  return { light, dark };
}
