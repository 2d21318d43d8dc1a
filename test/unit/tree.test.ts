// The performance tree: the head of the office with the IKU at the root, the bidang under it, the
// sub units under those; every indicator once; edges the decree does not state flagged as inferred.
import { describe, expect, it } from 'vitest';
import {
  buildPerformanceTree,
  subtreeIndicators,
  treeNodes,
  type TreeIndicator,
  type TreeNode,
  type TreeProblemKind,
  type TreeUnit,
  type UnitKind,
} from '../../src/catalogue/tree';
import { decreeOrder } from '../../src/catalogue/order';

function unit(id: string, jenis: UnitKind, urutan: number, induk?: string, indukDisimpulkan = true): TreeUnit {
  return { id, nama: id, jenis, urutan, induk, indukDisimpulkan: induk !== undefined && indukDisimpulkan };
}

/** An indicator at "Lampiran lampiran, tabel, NO nomor" of the decree. */
function indicator(id: string, unitId: string, lampiran: 'I' | 'II', tabel: number, nomor: number): TreeIndicator {
  return { id, indikator: id, tingkat: lampiran === 'I' ? 'IKU' : 'IK', unitId, lampiran, tabel, nomor };
}

// A small office: the head with two IKU, a Sekretariat with one sub bagian, and a bidang with two
// sub koordinator, given in scrambled order.
const UNITS: TreeUnit[] = [
  unit('sub-koord-b', 'sub-koordinator', 5, 'bidang'),
  unit('bidang', 'bidang', 2, 'kepala'),
  unit('sub-bagian', 'sub-bagian', 3, 'sekretariat'),
  unit('kepala', 'kepala', 0),
  unit('sub-koord-a', 'sub-koordinator', 4, 'bidang'),
  unit('sekretariat', 'sekretariat', 1, 'kepala'),
];
const INDICATORS: TreeIndicator[] = [
  indicator('ik-bidang-2', 'bidang', 'II', 2, 2),
  indicator('iku-2', 'kepala', 'I', 1, 2),
  indicator('ik-sub-koord-a', 'sub-koord-a', 'II', 4, 1),
  indicator('ik-sekretariat', 'sekretariat', 'II', 1, 1),
  indicator('iku-1', 'kepala', 'I', 1, 1),
  indicator('ik-bidang-1', 'bidang', 'II', 2, 1),
  indicator('ik-sub-bagian', 'sub-bagian', 'II', 3, 1),
];

const ids = (nodes: TreeNode[]) => nodes.map((n) => n.unit.id);
const allIndicatorIds = (tree: ReturnType<typeof buildPerformanceTree>) => [
  ...[tree.root, ...tree.detached].flatMap((n) => subtreeIndicators(n)),
  ...tree.unplaced,
].map((i) => i.id);

describe('buildPerformanceTree on a consistent office', () => {
  // The catalogue hands the tree its indicators in the decree's order.
  const tree = buildPerformanceTree(UNITS, [...INDICATORS].sort(decreeOrder([{ lampiran: 'I' }, { lampiran: 'II' }])));

  it('puts the head of the office at the root, with the IKU in the decree\'s order', () => {
    expect(tree.root.unit.id).toBe('kepala');
    expect(tree.root.edge).toBe('root');
    expect(tree.root.indicators.map((i) => i.id)).toEqual(['iku-1', 'iku-2']);
  });

  it.each([
    ['kepala', ['sekretariat', 'bidang']],
    ['sekretariat', ['sub-bagian']],
    ['bidang', ['sub-koord-a', 'sub-koord-b']],
    ['sub-koord-b', []],
  ])('places the children of %s by urutan', (parent, children) => {
    const node = treeNodes(tree.root).find((n) => n.unit.id === parent)!;
    expect(ids(node.children)).toEqual(children);
  });

  it.each([
    ['kepala', 0],
    ['bidang', 1],
    ['sub-koord-a', 2],
  ])('gives %s depth %i', (id, depth) => {
    expect(treeNodes(tree.root).find((n) => n.unit.id === id)!.depth).toBe(depth);
  });

  it('lists each unit\'s indicators in the decree\'s order', () => {
    const bidang = treeNodes(tree.root).find((n) => n.unit.id === 'bidang')!;
    expect(bidang.indicators.map((i) => i.id)).toEqual(['ik-bidang-1', 'ik-bidang-2']);
  });

  it('places every indicator exactly once', () => {
    const placed = allIndicatorIds(tree);
    expect([...placed].sort()).toEqual(INDICATORS.map((i) => i.id).sort());
    expect(new Set(placed).size).toBe(placed.length);
  });

  it('walks the tree in the decree\'s order of units, parents first', () => {
    expect(ids(treeNodes(tree.root))).toEqual(['kepala', 'sekretariat', 'sub-bagian', 'bidang', 'sub-koord-a', 'sub-koord-b']);
  });

  it('flags every unit-to-parent edge the decree does not state as inferred', () => {
    expect(treeNodes(tree.root).slice(1).map((n) => n.edge)).toEqual(Array(5).fill('inferred'));
  });

  it('reports nothing', () => {
    expect(tree.problems).toEqual([]);
    expect(tree.detached).toEqual([]);
    expect(tree.unplaced).toEqual([]);
  });
});

describe('edge kinds', () => {
  it.each([
    ['a parent the site inferred', true, 'inferred'],
    ['a parent the decree states', false, 'stated'],
  ] as const)('marks %s', (_, disimpulkan, edge) => {
    const tree = buildPerformanceTree([unit('kepala', 'kepala', 0), unit('bidang', 'bidang', 1, 'kepala', disimpulkan)], []);
    expect(tree.root.children[0]!.edge).toBe(edge);
  });
});

describe('units the root does not reach', () => {
  const head = unit('kepala', 'kepala', 0);
  it.each([
    ['a unit without parent', [unit('lepas', 'bidang', 1)], 'no-parent', ['lepas']],
    ['a unit with an unknown parent', [unit('yatim', 'sub-bagian', 1, 'bidang-hilang')], 'unknown-parent', ['yatim']],
    ['two units that are each other\'s parent', [unit('a', 'bidang', 1, 'b'), unit('b', 'bidang', 2, 'a')], 'cycle', ['a']],
  ] as const)('reports %s and shows it detached, with its indicators', (_, extra, kind, detachedIds) => {
    const units = [head, ...extra];
    const indicators = extra.map((u, n) => indicator(`ik-${u.id}`, u.id, 'II', n + 1, 1));
    const tree = buildPerformanceTree(units, indicators);
    expect(tree.problems.map((p) => p.kind)).toContain(kind satisfies TreeProblemKind);
    expect(ids(tree.detached)).toEqual(detachedIds);
    expect(tree.detached.every((n) => n.edge === 'detached')).toBe(true);
    expect([...allIndicatorIds(tree)].sort()).toEqual(indicators.map((i) => i.id).sort());
  });

  it('keeps the children of a detached unit under it', () => {
    const tree = buildPerformanceTree(
      [head, unit('lepas', 'bidang', 1), unit('anak', 'sub-koordinator', 2, 'lepas')],
      [indicator('ik-anak', 'anak', 'II', 1, 1)],
    );
    expect(ids(tree.detached)).toEqual(['lepas']);
    expect(ids(tree.detached[0]!.children)).toEqual(['anak']);
    expect(tree.detached[0]!.children[0]!.edge).toBe('inferred');
    expect(tree.problems).toHaveLength(1);
  });
});

describe('indicators out of place', () => {
  const units = [unit('kepala', 'kepala', 0), unit('bidang', 'bidang', 1, 'kepala')];
  it.each([
    ['an indicator of an unknown unit', indicator('x', 'bidang-hilang', 'II', 1, 1), 'unknown-unit'],
    ['an IKU below the root', indicator('x', 'bidang', 'I', 1, 1), 'iku-below-root'],
    ['an IK at the root', indicator('x', 'kepala', 'II', 1, 1), 'ik-at-root'],
  ] as const)('reports %s and still places it once', (_, entry, kind) => {
    const tree = buildPerformanceTree(units, [entry]);
    expect(tree.problems).toEqual([expect.objectContaining({ kind, id: 'x' })]);
    expect(allIndicatorIds(tree)).toEqual(['x']);
  });
});

describe('the root', () => {
  it.each([
    ['no head of the office', [unit('bidang', 'bidang', 1)]],
    ['two heads of the office', [unit('kepala', 'kepala', 0), unit('kepala-2', 'kepala', 1)]],
  ])('refuses %s', (_, units) => {
    expect(() => buildPerformanceTree(units, [])).toThrow(/exactly one unit with jenis "kepala"/);
  });
});
