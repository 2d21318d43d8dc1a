/**
 * The catalogue that already exists, read from a content folder for the importer (which runs without
 * Astro): each decree record, each indicator file as a version of the decree whose folder holds it,
 * and each unit. The build checks the same files against the schema; here they are only read.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { DecreeFacts } from '../domain/decree/status.ts';
import type { IndikatorData, UnitData } from './drafts.ts';

export interface ExistingDecree extends DecreeFacts {
  /** The file, relative to the content folder. */
  file: string;
  /** The whole record, as written. */
  record: Record<string, unknown> & { tentang: string; judul: string; kantor: string; lampiran: unknown[] };
}

export interface ExistingVersion {
  decree: string;
  slug: string;
  file: string;
  data: IndikatorData;
  body: string;
}

export interface ExistingContent {
  decrees: ExistingDecree[];
  versions: ExistingVersion[];
  units: { id: string; data: UnitData }[];
  /** The ids of the office records. */
  offices: string[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;

/** The files of a folder with an extension, as [id, name]; none when the folder is missing. */
function filesOf(dir: string, extension: string): [string, string][] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(extension))
    .map((e) => [e.name.slice(0, -extension.length).toLowerCase(), e.name]);
}

export function readContent(contentDir: string): ExistingContent {
  const yamlIn = (folder: string) => filesOf(join(contentDir, folder), '.yaml').map(([id, name]) => ({ id, name, data: parse(readFileSync(join(contentDir, folder, name), 'utf8')) }));
  const decrees = yamlIn('keputusan').map(({ id, name, data }): ExistingDecree => ({ id, file: `keputusan/${name}`, ...data, record: data }));
  const versions = decrees.flatMap((decree) =>
    filesOf(join(contentDir, 'indikator', decree.id), '.mdx').map(([slug, name]): ExistingVersion => {
      const file = `indikator/${decree.id}/${name}`;
      const match = FRONTMATTER.exec(readFileSync(join(contentDir, file), 'utf8'));
      if (!match) throw new Error(`${file}: no frontmatter between --- lines`);
      return { decree: decree.id, slug, file, data: parse(match[1]!) as IndikatorData, body: match[2]!.trim() };
    }),
  );
  const units = yamlIn('unit').map(({ id, data }) => ({ id, data: data as UnitData }));
  return { decrees, versions, units, offices: filesOf(join(contentDir, 'kantor'), '.yaml').map(([id]) => id) };
}
