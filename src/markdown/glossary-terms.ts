/**
 * The glossary's terms read straight from the content folder, for the Markdown pipeline, which runs
 * before Astro's collections can be queried. They are read with the collection's own schema; a file
 * that does not fit is left out here, and the collection fails the build naming it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, basename } from 'node:path';
import { parse } from 'yaml';
import { contentDir } from '../catalogue/content-dir';
import type { GlossaryTerm } from '../catalogue/glossary';
import { istilahSchema } from '../schema/istilah';

export function readGlossaryTerms(dir: string = join(contentDir, 'istilah')): GlossaryTerm[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  } catch {
    return [];
  }
  return files.flatMap((file) => {
    const read = istilahSchema.safeParse(parse(readFileSync(join(dir, file), 'utf8')));
    return read.success ? [{ id: basename(file, '.yaml'), istilah: read.data.istilah, kepanjangan: read.data.kepanjangan }] : [];
  });
}
