/**
 * The counts that guidance prose may quote, by the name the prose uses (`<Angka nama="iku" />`), so
 * that no page or content file types a number that the catalogue can change.
 */
import type { Catalogue } from './load';
import { catalogueTree, treeNodes, type PerformanceTree } from './tree';

export const FIGURE_NAMES = [
  /** Every indicator. */
  'indikator',
  'iku',
  'ik',
  /** Every unit the decree names. */
  'unit',
  /** Units that hold at least one IK. */
  'unitDenganIk',
  /** The head of the office's own indicators. */
  'indikatorPuncak',
  /** Units directly under the head of the office. */
  'unitDiBawahPuncak',
  /** Units one level further down (sub bagian, sub koordinator). */
  'subUnit',
  /** Boxes in the performance tree: one per unit. */
  'kotakPohon',
  /** Tables of Lampiran II. */
  'tabelPerUnit',
  /** Unit-to-parent lines in the tree, and those the site inferred. */
  'hubunganAntarunit',
  'hubunganDisimpulkan',
  /** Glossary entries. */
  'istilah',
  /** Indicators with an editorial note; decree formulas written upside down; formulas the site proposes. */
  'indikatorBercatatan',
  'rumusTerbalik',
  'rumusUsulan',
  /** Indicators where higher is better, and where lower is better. */
  'polaritasNaik',
  'polaritasTurun',
] as const;

export type FigureName = (typeof FIGURE_NAMES)[number];
export type Figures = Record<FigureName, number>;

export function isFigureName(name: string): name is FigureName {
  return (FIGURE_NAMES as readonly string[]).includes(name);
}

/** Every figure of the catalogue (its tree passed in where it is already drawn). */
export function catalogueFigures(catalogue: Catalogue, tree: PerformanceTree = catalogueTree(catalogue)): Figures {
  const { indicators, units, terms } = catalogue;
  const nodes = [tree.root, ...tree.detached].flatMap((n) => treeNodes(n));
  const unitEdges = nodes.filter((n) => n.edge === 'inferred' || n.edge === 'stated');
  const ik = indicators.filter((i) => i.data.tingkat === 'IK');
  return {
    indikator: indicators.length,
    iku: indicators.length - ik.length,
    ik: ik.length,
    unit: units.length,
    unitDenganIk: new Set(ik.map((i) => i.unit.id)).size,
    indikatorPuncak: tree.root.indicators.length,
    unitDiBawahPuncak: tree.root.children.length,
    subUnit: tree.root.children.flatMap((n) => n.children).length,
    kotakPohon: nodes.length,
    tabelPerUnit: new Set(indicators.filter((i) => i.appendix.tabel === 'per-unit').map((i) => `${i.data.lampiran} ${i.data.tabel}`)).size,
    hubunganAntarunit: unitEdges.length,
    hubunganDisimpulkan: unitEdges.filter((n) => n.edge === 'inferred').length,
    istilah: terms.length,
    indikatorBercatatan: indicators.filter((i) => i.data.catatan.length > 0).length,
    rumusTerbalik: indicators.filter((i) => 'terbalikDalamKeputusan' in i.data.rumus && i.data.rumus.terbalikDalamKeputusan).length,
    rumusUsulan: indicators.filter((i) => i.data.rumus.usulan === true).length,
    polaritasNaik: indicators.filter((i) => i.data.polaritas === 'naik').length,
    polaritasTurun: indicators.filter((i) => i.data.polaritas === 'turun').length,
  };
}
