/**
 * The catalogue as the pages see it: every decree of the office with its status, every indicator
 * across decrees with one version per decree that sets it, and, for the pages of today, the
 * indicators in force (their version in force) in the decree's order with their unit resolved. Checked
 * for cross-file consistency. Built once per build from the collections by ./site-data, which every
 * page and every open-data file reads.
 */
import type { CollectionEntry } from 'astro:content';
import { findIntegrityProblems } from './integrity';
import { decreeOrder, decreeReference } from './order';
import { findStructureProblems } from './structure';
import { termsIn, type GlossaryTerm } from './glossary';
import { assembleDecrees, matchIndicators, throwProblems, versionEntries, type Decree, type VersionEntry } from './decrees';

export type { Decree } from './decrees';
export type IndicatorEntry = CollectionEntry<'indikator'>;
export type UnitEntry = CollectionEntry<'unit'>;
export type DecreeEntry = CollectionEntry<'keputusan'>;
export type TermEntry = CollectionEntry<'istilah'>;
/** The office record, with the number of its decree in force in the form the site writes it. */
export type Office = CollectionEntry<'kantor'>['data'] & { nomorKeputusan: string };
/** An appendix of the decree: its code, name, number, subject, the levels it holds, its tables. */
export type Appendix = DecreeEntry['data']['lampiran'][number];

/** What one decree sets for an indicator: one content file. */
export interface IndicatorVersion {
  entry: IndicatorEntry;
  /** The decree that sets it: the folder of its file. */
  decree: DecreeEntry;
  data: IndicatorEntry['data'];
  unit: UnitEntry;
  /** The decree's appendix that lists it. */
  appendix: Appendix;
  /** Where it stands in its decree: "Lampiran II, tabel 5, NO 2". */
  reference: string;
  /** The decree's fourth column, verbatim (the file's body). */
  body: string;
}

/** An indicator across decrees, shown as its version in force (its last version once dropped). */
export interface Indicator extends IndicatorVersion {
  /** Its id within its office: the slug of its first version, so its address never moves. */
  id: string;
  /** One per decree that set it, oldest first. */
  versions: IndicatorVersion[];
}

/** An indicator that a later decree no longer holds. */
export interface RetiredIndicator extends Indicator {
  /** The decree that followed its last version's decree without it. */
  droppedBy: DecreeEntry;
}

export interface Catalogue {
  /** The indicators in force, in the decree's order. */
  indicators: Indicator[];
  /** Indicators no longer in force, in their last decree's order. */
  retired: RetiredIndicator[];
  units: UnitEntry[];
  /** The decree in force. */
  decree: DecreeEntry;
  /** Every decree of the office, oldest first, with its status and relations. */
  decrees: Decree[];
  /** The office that publishes the catalogue (`content/kantor/`). */
  office: Office;
  unitById: Map<string, UnitEntry>;
  /** Glossary entries, A to Z. */
  terms: TermEntry[];
}

/** The collections the catalogue is made of, as `getCollection()` returns them. */
export interface CatalogueCollections {
  indikator: IndicatorEntry[];
  unit: UnitEntry[];
  keputusan: DecreeEntry[];
  istilah: TermEntry[];
  kantor: CollectionEntry<'kantor'>[];
}

/** Checks each decree's own files (positions, names, units, structure); throws listing every problem. */
function assertDecreeContent(decrees: readonly Decree[], versions: readonly VersionEntry[], units: UnitEntry[], unitKinds: string[]): void {
  const problems = decrees.flatMap((decree) => {
    const own = versions.filter((v) => v.decree.id === decree.id).map((v) => v.entry);
    return [
      ...findIntegrityProblems(own, units),
      ...findStructureProblems({ decree: { filePath: decree.entry.filePath, appendices: decree.data.lampiran }, unitKinds, units, indicators: own }),
    ];
  });
  throwProblems("The catalogue's content is inconsistent", problems);
}

/** The whole catalogue from its collections; fails, naming the file, where they do not fit together. */
export function buildCatalogue(collections: CatalogueCollections): Catalogue {
  const { indikator: entries, unit: units, keputusan: decreeEntries, istilah: terms, kantor: offices } = collections;
  const officeEntry = offices[0];
  if (!officeEntry || offices.length !== 1) {
    throw new Error(`content/kantor/: expected exactly one office record, found ${offices.length}`);
  }
  const { decrees, inForce } = assembleDecrees(decreeEntries, officeEntry.id);
  const versionFiles = versionEntries(entries, decrees);
  assertDecreeContent(decrees, versionFiles, units, officeEntry.data.jenisUnit.map((k) => k.kode));
  const unitById = new Map(units.map((u) => [u.id, u]));

  const version = ({ entry, decree }: VersionEntry): IndicatorVersion => {
    const appendix = decree.data.lampiran.find((a) => a.lampiran === entry.data.lampiran)!;
    const unit = unitById.get(entry.data.penanggungJawab.id)!;
    return { entry, decree, data: entry.data, unit, appendix, reference: decreeReference(appendix, entry.data), body: entry.body ?? '' };
  };
  const all = matchIndicators(versionFiles, decrees).map(({ id, versions }): Indicator => {
    const list = versions.map(version);
    return { ...list.at(-1)!, id, versions: list };
  });
  const decreeRank = new Map(decrees.map((d, index) => [d.id, index]));
  const inOrder = (a: Indicator, b: Indicator) =>
    decreeRank.get(a.decree.id)! - decreeRank.get(b.decree.id)! || decreeOrder(a.decree.data.lampiran)(a.data, b.data);
  const indicators = all.filter((i) => i.decree.id === inForce.id).sort(inOrder);
  const retired = all
    .filter((i) => i.decree.id !== inForce.id)
    .map((i): RetiredIndicator => ({ ...i, droppedBy: decrees.find((d) => d.id === i.decree.id)!.by ?? inForce.entry }))
    .sort(inOrder);
  units.sort((a, b) => a.data.urutan - b.data.urutan);
  terms.sort((a, b) => a.data.istilah.localeCompare(b.data.istilah, 'id'));
  const office: Office = { ...officeEntry.data, nomorKeputusan: inForce.data.nomorSitus };
  return { indicators, retired, units, decree: inForce.entry, decrees, office, unitById, terms };
}

/** The indicators a unit answers for, in the decree's order. */
export function indicatorsOfUnit(catalogue: Catalogue, unitId: string): Indicator[] {
  return catalogue.indicators.filter((i) => i.unit.id === unitId);
}

function asGlossaryTerm(term: TermEntry): GlossaryTerm {
  return { id: term.id, istilah: term.data.istilah, kepanjangan: term.data.kepanjangan };
}

/** Everything the decree says of an indicator, as one text to look for terms in. */
function indicatorText(indicator: Indicator): string {
  const d = indicator.data;
  return [d.indikator, d.sasaran, indicator.entry.body ?? '', d.sumberData ?? '', d.rumusKeputusan ?? ''].join('\n');
}

/** The glossary terms an indicator uses, in the order they first appear. */
export function termsOfIndicator(catalogue: Catalogue, indicator: Indicator): TermEntry[] {
  const byId = new Map(catalogue.terms.map((t) => [t.id, t]));
  return termsIn(indicatorText(indicator), catalogue.terms.map(asGlossaryTerm)).map((t) => byId.get(t.id)!);
}

/** The indicators that use a glossary term, in the decree's order. */
export function indicatorsUsingTerm(catalogue: Catalogue, term: TermEntry): Indicator[] {
  const glossaryTerm = asGlossaryTerm(term);
  return catalogue.indicators.filter((i) => termsIn(indicatorText(i), [glossaryTerm]).length > 0);
}
