/**
 * What changed: between two versions of an indicator (field by field, before and after, for its
 * history), and between two decrees (indicators added, dropped and changed, and the likely renames
 * among the added and dropped, for the importer to propose and the office to confirm).
 *
 * Pure: plain objects in, plain objects out.
 */

/** The fields of a version that a change list compares, in the order it lists them. */
export const VERSION_FIELDS = [
  'indikator',
  'sasaran',
  'tingkat',
  'lampiran',
  'tabel',
  'nomor',
  'penanggungJawab',
  'sumberData',
  'satuan',
  'polaritas',
  'rumusKeputusan',
  'penjelasan',
] as const;
export type VersionField = (typeof VERSION_FIELDS)[number];
/** A version's comparable fields, as text or number; absent where the decree gives none. */
export type VersionFields = Partial<Record<VersionField, string | number | undefined>>;

export interface FieldChange {
  field: VersionField;
  before: string | undefined;
  after: string | undefined;
}

const asText = (value: string | number | undefined) => (value === undefined ? undefined : String(value).trim());

/** The fields whose value differs between two versions, in VERSION_FIELDS order. */
export function versionChanges(before: VersionFields, after: VersionFields): FieldChange[] {
  return VERSION_FIELDS.flatMap((field) => {
    const [b, a] = [asText(before[field]), asText(after[field])];
    return b === a ? [] : [{ field, before: b, after: a }];
  });
}

/**
 * How alike two names are, from 0 to 1: the Dice coefficient of their sets of words (twice the shared
 * words over the sum of both counts). Written here rather than taken from a library: word sets are
 * what tell a renamed indicator ("Persentase Pengaduan yang terselesaikan" and "Persentase Pengaduan
 * Masyarakat yang Terselesaikan": 2 x 4 / (4 + 5) = 0.89), and it is four lines.
 */
export function nameSimilarity(a: string, b: string): number {
  const words = (s: string) => new Set(s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((w) => y.has(w)).length;
  return x.size + y.size === 0 ? 0 : (2 * shared) / (x.size + y.size);
}

/** Names at least this alike are proposed as a rename. */
export const RENAME_THRESHOLD = 0.6;

export interface DecreeIndicator {
  id: string;
  fields: VersionFields;
}

export interface RenameProposal {
  /** The dropped indicator's id and the added version's id. */
  from: string;
  to: string;
  similarity: number;
}

export interface DecreeChanges {
  added: string[];
  dropped: string[];
  changed: { id: string; changes: FieldChange[] }[];
  renames: RenameProposal[];
}

/** What a decree changed against the one before it, indicators matched by id. */
export function decreeChanges(earlier: readonly DecreeIndicator[], later: readonly DecreeIndicator[]): DecreeChanges {
  const before = new Map(earlier.map((i) => [i.id, i]));
  const after = new Map(later.map((i) => [i.id, i]));
  const added = later.filter((i) => !before.has(i.id));
  const dropped = earlier.filter((i) => !after.has(i.id));
  const changed = later.flatMap((i) => {
    const old = before.get(i.id);
    const changes = old ? versionChanges(old.fields, i.fields) : [];
    return changes.length > 0 ? [{ id: i.id, changes }] : [];
  });
  const candidates = dropped
    .flatMap((d) => added.map((a) => ({ from: d.id, to: a.id, similarity: nameSimilarity(String(d.fields.indikator ?? ''), String(a.fields.indikator ?? '')) })))
    .filter((p) => p.similarity >= RENAME_THRESHOLD)
    .sort((p, q) => q.similarity - p.similarity || p.from.localeCompare(q.from) || p.to.localeCompare(q.to));
  const renames: RenameProposal[] = [];
  for (const proposal of candidates) {
    if (renames.some((r) => r.from === proposal.from || r.to === proposal.to)) continue;
    renames.push(proposal);
  }
  return { added: added.map((i) => i.id), dropped: dropped.map((i) => i.id), changed, renames };
}
