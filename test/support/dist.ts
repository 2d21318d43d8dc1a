// Reads the built site in dist/.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './astro-build';

/** The tests build their own copy of the site, so a site being served from dist/ is left alone. */
export const distDir = process.env.KATALOG_TEST_DIST ?? join(projectRoot, 'test/.tmp/site');

export function distFile(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

export function distHas(path: string): boolean {
  return existsSync(join(distDir, path));
}
