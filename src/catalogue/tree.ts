/**
 * The performance tree (pohon kinerja): the head of the office with the four IKU at the root, the
 * Sekretariat and the bidang under it, and the sub bagian and sub koordinator under those, each
 * with the indicators the decree makes it answer for.
 *
 * The decree states only which unit answers for which indicator. It never states how the units
 * hang together, so every unit-to-parent edge comes from the unit's `induk`, which the site inferred
 * from the names (`indukDisimpulkan`). Each node says which kind of edge joins it to its parent, so
 * the page can draw inferred edges differently.
 *
 * Pure: takes plain arrays, so it is tested without Astro and works on any catalogue.
 */
import type { CollectionEntry } from 'astro:content';
import type { DecreePosition } from './order';
import { HEAD_KIND } from './structure';

/** A kind of unit, one of the office record's `jenisUnit` codes; `kepala` is the head of the office. */
export type UnitKind = CollectionEntry<'unit'>['data']['jenis'];
type Tingkat = CollectionEntry<'indikator'>['data']['tingkat'];

export interface TreeUnit {
  id: string;
  nama: string;
  jenis: UnitKind;
  /** The parent unit's id; absent for the head of the office. */
  induk?: string | undefined;
  /** True when the decree does not state the parent and the site inferred it. */
  indukDisimpulkan: boolean;
  urutan: number;
}

export interface TreeIndicator extends DecreePosition {
  id: string;
  indikator: string;
  tingkat: Tingkat;
  /** The id of the unit that answers for it (the decree's PENANGGUNG JAWAB). */
  unitId: string;
}

/**
 * How a node hangs from its parent: `root` for the head of the office, `stated` when the decree
 * names the parent, `inferred` when the site drew the edge, `detached` for a unit that could not be
 * attached to the tree (see `TreeProblem`).
 */
export type EdgeKind = 'root' | 'stated' | 'inferred' | 'detached';

export interface TreeNode<U extends TreeUnit = TreeUnit, I extends TreeIndicator = TreeIndicator> {
  unit: U;
  /** The unit's own indicators, in the decree's order. */
  indicators: I[];
  /** The units under it, by `urutan`. */
  children: TreeNode<U, I>[];
  edge: EdgeKind;
  /** 0 at the root. */
  depth: number;
}

export type TreeProblemKind =
  | 'unknown-parent'
  | 'no-parent'
  | 'cycle'
  | 'unknown-unit'
  | 'iku-below-root'
  | 'ik-at-root';

export interface TreeProblem {
  kind: TreeProblemKind;
  /** The unit or indicator the problem is about. */
  id: string;
  message: string;
}

export interface PerformanceTree<U extends TreeUnit = TreeUnit, I extends TreeIndicator = TreeIndicator> {
  root: TreeNode<U, I>;
  /**
   * Units that cannot be reached from the root (no parent, an unknown parent, or a cycle), each as
   * the top of its own subtree with `edge: 'detached'`, so their indicators are still shown once.
   */
  detached: TreeNode<U, I>[];
  /** Indicators whose unit is not among the units: shown nowhere else. */
  unplaced: I[];
  problems: TreeProblem[];
}

function byUrutan(a: TreeUnit, b: TreeUnit): number {
  return a.urutan - b.urutan || a.id.localeCompare(b.id);
}

/**
 * Builds the tree from the indicators in the decree's order (as the catalogue lists them). Throws
 * when there is not exactly one head of the office (`jenis: kepala`), since there is then no root to
 * hang anything from; every other inconsistency is reported in `problems` and the affected units and
 * indicators are still placed exactly once.
 */
export function buildPerformanceTree<U extends TreeUnit, I extends TreeIndicator>(
  units: readonly U[],
  indicators: readonly I[],
): PerformanceTree<U, I> {
  const heads = units.filter((u) => u.jenis === HEAD_KIND);
  if (heads.length !== 1) {
    const found = heads.map((u) => u.id).join(', ') || 'none';
    throw new Error(`performance tree: expected exactly one unit with jenis "${HEAD_KIND}", found ${heads.length} (${found})`);
  }
  const head = heads[0]!;
  const problems: TreeProblem[] = [];
  const unitById = new Map(units.map((u) => [u.id, u]));

  const indicatorsByUnit = new Map<string, I[]>();
  const unplaced: I[] = [];
  for (const indicator of indicators) {
    if (!unitById.has(indicator.unitId)) {
      unplaced.push(indicator);
      problems.push({
        kind: 'unknown-unit',
        id: indicator.id,
        message: `indicator "${indicator.id}" names unknown unit "${indicator.unitId}"`,
      });
      continue;
    }
    const list = indicatorsByUnit.get(indicator.unitId) ?? [];
    list.push(indicator);
    indicatorsByUnit.set(indicator.unitId, list);
    if (indicator.tingkat === 'IKU' && indicator.unitId !== head.id) {
      problems.push({
        kind: 'iku-below-root',
        id: indicator.id,
        message: `IKU "${indicator.id}" belongs to "${indicator.unitId}", not to the head of the office "${head.id}"`,
      });
    } else if (indicator.tingkat === 'IK' && indicator.unitId === head.id) {
      problems.push({
        kind: 'ik-at-root',
        id: indicator.id,
        message: `IK "${indicator.id}" belongs to the head of the office "${head.id}", where only IKU are expected`,
      });
    }
  }

  const childrenOf = new Map<string, U[]>();
  for (const unit of units) {
    if (unit === head || unit.induk === undefined || !unitById.has(unit.induk)) continue;
    const list = childrenOf.get(unit.induk) ?? [];
    list.push(unit);
    childrenOf.set(unit.induk, list);
  }

  const placed = new Set<string>();
  const grow = (unit: U, edge: EdgeKind, depth: number): TreeNode<U, I> => {
    placed.add(unit.id);
    const children = (childrenOf.get(unit.id) ?? [])
      .filter((child) => !placed.has(child.id))
      .sort(byUrutan)
      .map((child) => grow(child, child.indukDisimpulkan ? 'inferred' : 'stated', depth + 1));
    return { unit, indicators: indicatorsByUnit.get(unit.id) ?? [], children, edge, depth };
  };
  const root = grow(head, 'root', 0);

  // Whatever the root does not reach: report why, then show each stray subtree on its own.
  const stray = units.filter((u) => !placed.has(u.id)).sort(byUrutan);
  const strayIds = new Set(stray.map((u) => u.id));
  for (const unit of stray) {
    if (unit.induk === undefined) {
      problems.push({ kind: 'no-parent', id: unit.id, message: `unit "${unit.id}" has no parent and is not the head of the office` });
    } else if (!unitById.has(unit.induk)) {
      problems.push({ kind: 'unknown-parent', id: unit.id, message: `unit "${unit.id}" names unknown parent "${unit.induk}"` });
    } else if (isOnCycle(unit, unitById)) {
      problems.push({ kind: 'cycle', id: unit.id, message: `unit "${unit.id}" is its own ancestor (parents: ${ancestry(unit, unitById)})` });
    }
  }
  const detached: TreeNode<U, I>[] = [];
  for (const unit of stray) {
    if (placed.has(unit.id)) continue;
    // Start a subtree at a unit whose parent is not itself stray, or, inside a cycle, at the first one.
    const parentIsStray = unit.induk !== undefined && strayIds.has(unit.induk);
    if (parentIsStray && !isOnCycle(unit, unitById)) continue;
    detached.push(grow(unit, 'detached', 0));
  }
  // Units hanging below a cycle are reached from the cycle's subtree; anything left is a bug here.
  for (const unit of stray) if (!placed.has(unit.id)) detached.push(grow(unit, 'detached', 0));

  return { root, detached, unplaced, problems };
}

function isOnCycle(unit: TreeUnit, unitById: ReadonlyMap<string, TreeUnit>): boolean {
  const seen = new Set<string>();
  for (let at = unit.induk; at !== undefined; at = unitById.get(at)?.induk) {
    if (at === unit.id) return true;
    if (seen.has(at)) return false;
    seen.add(at);
  }
  return false;
}

/** "a -> b -> a": the chain of parents from a unit until one repeats. */
function ancestry(unit: TreeUnit, unitById: ReadonlyMap<string, TreeUnit>): string {
  const chain = [unit.id];
  for (let at = unit.induk; at !== undefined; at = unitById.get(at)?.induk) {
    chain.push(at);
    if (chain.indexOf(at) !== chain.length - 1) break;
  }
  return chain.join(' -> ');
}

/** Every node of a subtree, parents before children. */
export function treeNodes<U extends TreeUnit, I extends TreeIndicator>(node: TreeNode<U, I>): TreeNode<U, I>[] {
  return [node, ...node.children.flatMap((child) => treeNodes(child))];
}

/** Every indicator of a subtree: the unit's own, then its children's, in tree order. */
export function subtreeIndicators<U extends TreeUnit, I extends TreeIndicator>(node: TreeNode<U, I>): I[] {
  return treeNodes(node).flatMap((n) => n.indicators);
}

/** The shape of the loaded catalogue that the tree needs (see `Catalogue` in ./load). */
export interface CatalogueLike {
  units: readonly {
    id: string;
    data: { nama: string; jenis: UnitKind; induk?: { id: string } | undefined; indukDisimpulkan: boolean; urutan: number };
  }[];
  indicators: readonly {
    id: string;
    unit: { id: string };
    data: DecreePosition & { indikator: string; tingkat: Tingkat };
  }[];
}

/** The tree of the loaded catalogue. */
export function catalogueTree(catalogue: CatalogueLike): PerformanceTree {
  return buildPerformanceTree(
    catalogue.units.map((u) => ({
      id: u.id,
      nama: u.data.nama,
      jenis: u.data.jenis,
      induk: u.data.induk?.id,
      indukDisimpulkan: u.data.indukDisimpulkan,
      urutan: u.data.urutan,
    })),
    catalogue.indicators.map((i) => ({
      id: i.id,
      indikator: i.data.indikator,
      tingkat: i.data.tingkat,
      unitId: i.unit.id,
      lampiran: i.data.lampiran,
      tabel: i.data.tabel,
      nomor: i.data.nomor,
    })),
  );
}

/**
 * How much text a subtree holds, as a rough measure of the room it needs when drawn: the
 * characters of its unit and indicator names, plus a fixed allowance per unit for its box.
 */
export function subtreeTextLoad(node: TreeNode): number {
  const UNIT_BOX_ALLOWANCE = 60;
  return treeNodes(node).reduce(
    (sum, n) => sum + UNIT_BOX_ALLOWANCE + n.unit.nama.length + n.indicators.reduce((s, i) => s + i.indikator.length, 0),
    0,
  );
}
