/**
 * The status of each decree an office holds, and the decree in force, derived from the relations the
 * decrees state (`mengubah`: it amends an earlier one; `mencabut`: it replaces one), never typed.
 * A relation may name a decree the catalogue does not hold (it is then shown as text only).
 *
 * Pure: plain objects in, plain objects out.
 */
import { namesDecree } from './number.ts';

export interface DecreeFacts {
  id: string;
  /** The number as the decree writes it, and as the site writes it. */
  nomor: string;
  nomorSitus: string;
  /** The date it was set (YYYY-MM-DD). */
  tanggal: string;
  periode: { awal: number; akhir: number };
  mengubah?: { nomor: string } | undefined;
  mencabut?: { nomor: string } | undefined;
}

/** `berlaku`: in force; `diubah`: amended by a later decree; `dicabut`: replaced by a later decree. */
export type DecreeStatus = 'berlaku' | 'diubah' | 'dicabut';
export type Relation = 'mengubah' | 'mencabut';

export interface DecreeState {
  id: string;
  status: DecreeStatus;
  /** The held decree that amended or replaced it. */
  by?: string | undefined;
  /** How it relates to an earlier decree, and that decree's id when the catalogue holds it. */
  relation?: Relation | undefined;
  earlier?: string | undefined;
}

export interface DecreeProblem {
  id: string;
  field: string;
  message: string;
}

export interface DecreeChain {
  /** Every decree with its state, oldest first (by date, then id). */
  states: DecreeState[];
  /** The decree in force: the newest held decree that no held decree replaces. */
  inForce: string | undefined;
  problems: DecreeProblem[];
}

/** Oldest first: by date, then by id so the order never depends on file order. */
export function byDate<T extends { id: string; tanggal: string }>(a: T, b: T): number {
  return a.tanggal.localeCompare(b.tanggal) || a.id.localeCompare(b.id);
}

function relationOf(decree: DecreeFacts): { relation: Relation; nomor: string } | undefined {
  if (decree.mengubah) return { relation: 'mengubah', nomor: decree.mengubah.nomor };
  if (decree.mencabut) return { relation: 'mencabut', nomor: decree.mencabut.nomor };
  return undefined;
}

/** The held decree a number names (the site's form or the decree's own), if any. */
export function findDecree<T extends Pick<DecreeFacts, 'nomor' | 'nomorSitus'>>(decrees: readonly T[], nomor: string): T | undefined {
  return decrees.find((d) => namesDecree(nomor, [d.nomorSitus, d.nomor]));
}

export function decreeChain(decrees: readonly DecreeFacts[]): DecreeChain {
  const sorted = [...decrees].sort(byDate);
  const problems: DecreeProblem[] = [];
  const states = new Map<string, DecreeState>(sorted.map((d) => [d.id, { id: d.id, status: 'berlaku' }]));
  for (const decree of sorted) {
    const related = relationOf(decree);
    if (!related) continue;
    const state = states.get(decree.id)!;
    state.relation = related.relation;
    const earlier = findDecree(sorted, related.nomor);
    if (!earlier) continue; // a decree the catalogue does not hold: shown as text
    const field = `${related.relation}.nomor`;
    if (earlier.id === decree.id) {
      problems.push({ id: decree.id, field, message: 'a decree cannot amend or replace itself' });
      continue;
    }
    if (byDate(earlier, decree) >= 0) {
      problems.push({ id: decree.id, field, message: `${earlier.nomorSitus} (${earlier.tanggal}) is not older than this decree (${decree.tanggal})` });
      continue;
    }
    if (related.relation === 'mengubah' && (earlier.periode.awal !== decree.periode.awal || earlier.periode.akhir !== decree.periode.akhir)) {
      const p = earlier.periode;
      problems.push({ id: decree.id, field: 'periode', message: `an amendment keeps the period of the decree it amends (${p.awal}-${p.akhir})` });
    }
    const target = states.get(earlier.id)!;
    if (target.by) {
      problems.push({ id: decree.id, field, message: `${earlier.nomorSitus} is already amended or replaced by ${target.by}` });
      continue;
    }
    state.earlier = earlier.id;
    target.status = related.relation === 'mengubah' ? 'diubah' : 'dicabut';
    target.by = decree.id;
  }
  const replaced = new Set([...states.values()].filter((s) => s.status === 'dicabut').map((s) => s.id));
  const inForce = sorted.filter((d) => !replaced.has(d.id)).at(-1)?.id;
  // Every decree but the one in force must be amended or replaced by a held decree.
  for (const state of states.values()) {
    if (state.status === 'berlaku' && state.id !== inForce) {
      problems.push({
        id: state.id,
        field: 'mengubah',
        message: `two decrees would be in force (${state.id} and ${inForce}): the newer must name this one in mengubah or mencabut`,
      });
    }
  }
  return { states: sorted.map((d) => states.get(d.id)!), inForce, problems };
}
