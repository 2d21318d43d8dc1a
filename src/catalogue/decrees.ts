/**
 * The decrees of the office and the indicators they set, assembled from the content: each decree's
 * status and the decree in force (src/domain/decree/status.ts), each indicator file as a version of
 * the decree whose folder holds it (`content/indikator/<decree id>/<slug>.mdx`), and the versions
 * matched into indicators across decrees (src/domain/decree/match.ts). A file outside a decree's
 * folder, a relation that cannot be, or a rename to an unknown id fails the build naming the file.
 */
import type { CollectionEntry } from 'astro:content';
import { decreeChain, type DecreeStatus, type Relation } from '../domain/decree/status';
import { matchVersions } from '../domain/decree/match';
import { unfilled } from '../domain/decree/draft';
import type { IntegrityProblem } from './integrity';

type DecreeEntry = CollectionEntry<'keputusan'>;
type IndicatorEntry = CollectionEntry<'indikator'>;

/** A decree with what the catalogue derives of it. */
export interface Decree {
  entry: DecreeEntry;
  id: string;
  data: DecreeEntry['data'];
  /** berlaku (in force), diubah (amended by `by`), dicabut (replaced by `by`). */
  status: DecreeStatus;
  /** The held decree that amended or replaced it. */
  by: DecreeEntry | undefined;
  /** How it relates to an earlier decree (its `mengubah` or `mencabut`), and that decree when held. */
  relation: Relation | undefined;
  earlier: DecreeEntry | undefined;
}

/** Throws one error listing every problem (each once), naming file and field. */
export function throwProblems(title: string, problems: readonly IntegrityProblem[]): void {
  if (problems.length === 0) return;
  const lines = [...new Set(problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`))];
  throw new Error(`${title}:\n${lines.join('\n')}`);
}

/** Every decree with its status, oldest first, and the one in force. */
export function assembleDecrees(entries: readonly DecreeEntry[], officeId: string): { decrees: Decree[]; inForce: Decree } {
  const fileOf = (id: string) => entries.find((e) => e.id === id)?.filePath ?? id;
  const problems: IntegrityProblem[] = entries
    .filter((e) => e.data.kantor.id !== officeId)
    .map((e) => ({ file: fileOf(e.id), field: 'kantor', message: `unknown office "${e.data.kantor.id}" (the office record is "${officeId}")` }));
  for (const entry of entries) {
    for (const field of unfilled(entry.data)) {
      problems.push({ file: fileOf(entry.id), field, message: 'still marked [ISI: ...]: copy the decree\'s own words here (the importer drafted this record)' });
    }
  }
  const chain = decreeChain(entries.map((e) => ({ id: e.id, ...e.data })));
  problems.push(...chain.problems.map((p) => ({ file: fileOf(p.id), field: p.field, message: p.message })));
  throwProblems('The decrees do not fit together', problems);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const decrees = chain.states.map((state): Decree => {
    const entry = byId.get(state.id)!;
    return {
      entry,
      id: entry.id,
      data: entry.data,
      status: state.status,
      by: state.by ? byId.get(state.by) : undefined,
      relation: state.relation,
      earlier: state.earlier ? byId.get(state.earlier) : undefined,
    };
  });
  const inForce = decrees.find((d) => d.id === chain.inForce);
  if (!inForce) throw new Error('content/keputusan/: no decree record (a catalogue holds at least one decree)');
  return { decrees, inForce };
}

/** An indicator file as a version: its decree (the folder) and its own slug. */
export interface VersionEntry {
  entry: IndicatorEntry;
  decree: DecreeEntry;
  slug: string;
}

/** Each indicator file with the decree of its folder; a file outside a decree's folder fails the build. */
export function versionEntries(entries: readonly IndicatorEntry[], decrees: readonly Decree[]): VersionEntry[] {
  const byId = new Map(decrees.map((d) => [d.id, d.entry]));
  const problems: IntegrityProblem[] = [];
  const versions = entries.flatMap((entry) => {
    const [folder, slug, ...rest] = entry.id.split('/');
    const decree = folder !== undefined && slug !== undefined && rest.length === 0 ? byId.get(folder) : undefined;
    if (decree && slug) return [{ entry, decree, slug }];
    problems.push({
      file: entry.filePath ?? entry.id,
      field: 'file',
      message: `an indicator file lives in the folder of its decree, indikator/<decree id>/<id>.mdx (decree ids: ${[...byId.keys()].join(', ')})`,
    });
    return [];
  });
  throwProblems('Indicator files outside a decree', problems);
  return versions;
}

/** The versions grouped into indicators across decrees (oldest version first), with their ids. */
export function matchIndicators(versions: readonly VersionEntry[], decrees: readonly Decree[]): { id: string; versions: VersionEntry[] }[] {
  const facts = versions.map((v) => ({
    version: v,
    decree: v.decree.id,
    slug: v.slug,
    file: v.entry.filePath ?? v.entry.id,
    indikator: v.entry.data.indikator,
    sebelumnya: v.entry.data.sebelumnya,
  }));
  const { indicators, problems } = matchVersions(decrees.map((d) => d.id), facts);
  throwProblems('Indicators across decrees do not match up', problems);
  return indicators.map((i) => ({ id: i.id, versions: i.versions.map((f) => f.version) }));
}
