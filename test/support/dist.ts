// Reads the built site in dist/.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from './astro-build';

export const distDir = join(projectRoot, 'dist');

export function distFile(path: string): string {
  return readFileSync(join(distDir, path), 'utf8');
}

export function distHas(path: string): boolean {
  return existsSync(join(distDir, path));
}
