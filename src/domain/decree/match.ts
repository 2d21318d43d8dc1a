/**
 * One indicator across decrees. Each decree sets versions (one file per indicator per decree); a
 * version continues an earlier indicator when its name is the same once case and spaces are
 * normalised, or when its `sebelumnya` names that indicator's id (a rename the office confirms).
 * Otherwise it starts a new indicator, whose id is the version's slug. An indicator keeps the id it
 * got first, so its address never moves.
 *
 * Pure: plain objects in, plain objects out.
 */
import { normaliseName } from './number.ts';

export interface VersionFacts {
  decree: string;
  /** The file's name without extension: the indicator's id when it is its first version. */
  slug: string;
  /** The file, for messages. */
  file: string;
  indikator: string;
  sebelumnya?: string | undefined;
}

export interface MatchProblem {
  file: string;
  field: string;
  message: string;
}

export interface Matched<V extends VersionFacts> {
  id: string;
  /** Oldest first, one per decree that sets it. */
  versions: V[];
}

/** Groups versions into indicators, taking the decrees oldest first. */
export function matchVersions<V extends VersionFacts>(
  decreesOldestFirst: readonly string[],
  versions: readonly V[],
): { indicators: Matched<V>[]; problems: MatchProblem[] } {
  const indicators: Matched<V>[] = [];
  const byId = new Map<string, Matched<V>>();
  const byName = new Map<string, Matched<V>>();
  const problems: MatchProblem[] = [];
  for (const decree of decreesOldestFirst) {
    const own = versions.filter((v) => v.decree === decree).sort((a, b) => a.slug.localeCompare(b.slug));
    const placed: [V, Matched<V>][] = [];
    for (const version of own) {
      const taken = (m: Matched<V>) => m.versions.some((v) => v.decree === decree) || placed.some(([, p]) => p === m);
      let indicator: Matched<V> | undefined;
      if (version.sebelumnya !== undefined) {
        indicator = byId.get(version.sebelumnya);
        if (!indicator) {
          problems.push({ file: version.file, field: 'sebelumnya', message: `unknown indicator "${version.sebelumnya}" (no earlier decree sets an indicator with this id)` });
          continue;
        }
      } else indicator = byName.get(normaliseName(version.indikator));
      if (indicator && taken(indicator)) {
        problems.push({ file: version.file, field: version.sebelumnya !== undefined ? 'sebelumnya' : 'indikator', message: `indicator "${indicator.id}" already has a version in this decree` });
        continue;
      }
      if (!indicator) {
        if (byId.has(version.slug) || placed.some(([v]) => v.slug === version.slug && v !== version)) {
          problems.push({
            file: version.file,
            field: 'indikator',
            message: `the id "${version.slug}" already belongs to another indicator ("${byId.get(version.slug)?.versions.at(-1)?.indikator}"): name the file differently, or write sebelumnya: ${version.slug} if it is the same indicator`,
          });
          continue;
        }
        indicator = { id: version.slug, versions: [] };
      }
      placed.push([version, indicator]);
    }
    for (const [version, indicator] of placed) {
      if (indicator.versions.length === 0) {
        indicators.push(indicator);
        byId.set(indicator.id, indicator);
      }
      indicator.versions.push(version);
      byName.set(normaliseName(version.indikator), indicator);
    }
  }
  return { indicators, problems };
}
