/**
 * The glossary's terms read straight from the content folder, for the Markdown pipeline, which runs
 * before Astro's collections can be queried. The collection schema still validates these files.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../catalogue/content-dir';
import type { GlossaryTerm } from '../catalogue/glossary';

export function readGlossaryTerms(dir: string = join(contentDir, 'istilah')): GlossaryTerm[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  } catch {
    return [];
  }
  return files.map((file) => {
    const data = parse(readFileSync(join(dir, file), 'utf8')) as { istilah?: unknown; kepanjangan?: unknown };
    return {
      id: basename(file, '.yaml'),
      istilah: String(data.istilah ?? ''),
      kepanjangan: typeof data.kepanjangan === 'string' ? data.kepanjangan : undefined,
    };
  });
}
