// Every HTML page of the built site, as paths from the site root ('indikator/x/').
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { distDir } from './dist';

export function builtPages(root: string = distDir): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!['_astro', 'pagefind'].includes(entry.name)) walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(root, path).replace(/\\/g, '/');
        pages.push(rel === 'index.html' ? '' : rel.replace(/index\.html$/, ''));
      }
    }
  };
  walk(root);
  return pages.sort();
}
