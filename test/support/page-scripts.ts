// The JavaScript a built page loads, gzipped as the static server sends it: every script gathered
// from its HTML (classic and module scripts with their static imports, module preloads, the
// islands' components and renderers with their static imports, inline scripts), gzipped at level 9:
// each file alone, and the inline scripts together, as they travel in the page's one gzip stream
// (gzipped one by one, a 90-byte script would count 103 bytes). Dynamic imports are left out: they
// load only when asked for.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { distDir, distFile } from './dist';

const gzipBytes = (text: string) => gzipSync(text, { level: 9 }).length;

/** Decodes the few entities Astro writes inside attribute values. */
export const attribute = (value: string) => value.replace(/&amp;/g, '&').replace(/&quot;/g, '"');

/** The site path of a script's address as the page writes it (absolute, from the site root). */
export function fileOf(url: string, from = '/'): string {
  const path = new URL(url, `https://site.invalid${from}`).pathname;
  const file = join(distDir, decodeURIComponent(path));
  if (!existsSync(file)) throw new Error(`script ${url} (from ${from}) is not in the build`);
  return path;
}

/** `import ... from "x"`, `import "x"`, `export ... from "x"`: never `import("x")`. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{},\s]*?from\s*)?["']([^"']+\.m?js)["']/g;

export interface PageScripts {
  /** Site path of each script file, with its gzip size. */
  files: Map<string, number>;
  /** The inline scripts: how many, and their code's gzip size, all together. */
  inline: { count: number; bytes: number };
  /** The island's component and renderer, as the page names them. */
  islands: string[];
}

export function pageScripts(pagePath: string): PageScripts {
  const html = distFile(join(pagePath, 'index.html'));
  const files = new Map<string, number>();
  const add = (path: string) => {
    if (files.has(path)) return;
    const code = readFileSync(join(distDir, path), 'utf8');
    files.set(path, gzipBytes(code));
    for (const [, spec] of code.matchAll(STATIC_IMPORT)) add(fileOf(spec!, path));
  };
  const inlineCode: string[] = [];
  for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const src = /\ssrc="([^"]+)"/.exec(attrs!)?.[1];
    if (src) add(fileOf(attribute(src), `/${pagePath}`));
    else if (!/type="application\/(ld\+)?json"/.test(attrs!)) inlineCode.push(body!);
  }
  for (const [, href] of html.matchAll(/<link\b[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) add(fileOf(attribute(href!), `/${pagePath}`));
  const islands: string[] = [];
  for (const [, attrs] of html.matchAll(/<astro-island\b([^>]*)>/g)) {
    for (const name of ['component-url', 'renderer-url']) {
      const url = new RegExp(`\\s${name}="([^"]+)"`).exec(attrs!)?.[1];
      if (url) {
        islands.push(url);
        add(fileOf(attribute(url), `/${pagePath}`));
      }
    }
  }
  return { files, inline: { count: inlineCode.length, bytes: inlineCode.length ? gzipBytes(inlineCode.join('')) : 0 }, islands };
}

/** The files a script imports statically, one level deep. */
export function importsOf(path: string): string[] {
  const code = readFileSync(join(distDir, path), 'utf8');
  return [...code.matchAll(STATIC_IMPORT)].map(([, spec]) => fileOf(spec!, path));
}

/** The files a script imports statically at any depth, itself included. */
export function reachableFrom(path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  for (const file of importsOf(path)) reachableFrom(file, seen);
  return seen;
}

export const total = ({ files, inline }: PageScripts) => [...files.values()].reduce((sum, bytes) => sum + bytes, inline.bytes);

/** Each file with its gzip size, then the inline scripts: the listing a failed budget prints. */
export const listing = ({ files, inline }: PageScripts) => [...files].map(([file, size]) => `${file} ${size}`).join(', ') + `; ${inline.count} inline scripts ${inline.bytes}`;
