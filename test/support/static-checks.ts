// Checks over the files of a built site that need no browser: the W3C Nu HTML Checker and internal
// links. Shared by the real site's tests and the second office's.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { expect, it } from 'vitest';
import { projectRoot } from './astro-build';

/** The HTML file of a page path from builtPages(). */
export function pageFile(page: string): string {
  return page.endsWith('.html') ? page : `${page}index.html`;
}

/** The W3C Nu HTML Checker's errors on the given pages of the site in `root`, as "path:line message". */
export function vnuErrors(root: string, pages: readonly string[]): { errors: string[]; status: number | null; error?: Error | undefined } {
  const jar = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');
  const files = pages.map((p) => join(root, pageFile(p)));
  const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
  const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: { url: string; message: string; lastLine?: number }[] }).messages;
  return {
    errors: messages.map((m) => `${m.url.replace(`file:${root}`, '')}:${m.lastLine ?? ''} ${m.message}`),
    status: run.status,
    error: run.error,
  };
}

/** The file a site path points to, or undefined. */
function targetFile(root: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split(/[?#]/)[0]!);
  const candidates = clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.map((c) => join(root, c)).find((f) => existsSync(f));
}

const idsByFile = new Map<string, Set<string>>();

/** The ids of a built HTML file, read once. */
function idsOf(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) {
    ids = new Set(parse(readFileSync(file, 'utf8')).querySelectorAll('[id]').map((e) => e.id));
    idsByFile.set(file, ids);
  }
  return ids;
}

/**
 * Every link on the given pages that does not resolve to a file of the site in `root` (or to a
 * fragment of it), and every link to another site except the licence's.
 */
export function brokenLinks(root: string, pages: readonly string[]): string[] {
  const broken: string[] = [];
  for (const page of pages) {
    const file = pageFile(page);
    const here = `/${page.endsWith('.html') ? page.replace(/[^/]*$/, '') : page}`;
    // The canonical address points at the public host, not at this build.
    const links = parse(readFileSync(join(root, file), 'utf8'))
      .querySelectorAll('[href]:not(link[rel="canonical"]), [src]')
      .flatMap((e) => (['href', 'src'] as const).filter((a) => e.hasAttribute(a)).map((a) => [a, e.getAttribute(a)!] as const));
    for (const [attr, value] of links) {
      if (/^(https?:|mailto:|data:|tel:)/.test(value)) {
        if (attr === 'src' || !value.startsWith('https://creativecommons.org/')) broken.push(`${file}: external ${attr} ${value}`);
        continue;
      }
      const url = new URL(value, `http://site${here}`);
      const target = url.pathname === here && value.startsWith('#') ? join(root, file) : targetFile(root, url.pathname);
      if (!target) {
        broken.push(`${file}: ${value}`);
        continue;
      }
      if (url.hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) {
        broken.push(`${file}: ${value} (no such fragment)`);
      }
    }
  }
  return broken;
}

/**
 * The two static checks of a whole built site, as tests: every page passes the W3C Nu HTML Checker,
 * and every internal link and fragment resolves. `site()` gives the built folder and its pages once
 * the suite's build has run.
 */
export function itPassesStaticChecks(site: () => { root: string; pages: readonly string[] }): void {
  it('every page passes the W3C Nu HTML Checker with no error', () => {
    const { root, pages } = site();
    const run = vnuErrors(root, pages);
    expect(run.error).toBeUndefined();
    expect(run.errors).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('every internal link and fragment resolves', () => {
    const { root, pages } = site();
    expect(pages.length).toBeGreaterThan(0);
    expect(brokenLinks(root, pages)).toEqual([]);
  });
}
