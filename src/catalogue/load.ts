/**
 * The catalogue as the pages see it: every indicator in the decree's order with its unit resolved,
 * checked once for cross-file consistency. Every page and every open-data file reads from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { assertIntegrity } from './integrity';
import { decreeOrder, decreeReference } from './order';
import { assertStructure } from './structure';
import { termsIn, type GlossaryTerm } from './glossary';

export type IndicatorEntry = CollectionEntry<'indikator'>;
/** An indicator's frontmatter, as its collection's schema types it. */
export type IndicatorData = IndicatorEntry['data'];
export type UnitEntry = CollectionEntry<'unit'>;
export type DecreeEntry = CollectionEntry<'keputusan'>;
export type TermEntry = CollectionEntry<'istilah'>;
export type Office = CollectionEntry<'kantor'>['data'];
/** An appendix of the decree: its code, name, number, subject, the levels it holds, its tables. */
export type Appendix = DecreeEntry['data']['lampiran'][number];

export interface Indicator {
  entry: IndicatorEntry;
  id: string;
  data: IndicatorData;
  unit: UnitEntry;
  /** The decree's appendix that lists it. */
  appendix: Appendix;
  /** Where it stands in the decree: "Lampiran II, tabel 5, NO 2". */
  reference: string;
}

export interface Catalogue {
  indicators: Indicator[];
  units: UnitEntry[];
  decree: DecreeEntry;
  /** The office that publishes the catalogue (`content/kantor/`). */
  office: Office;
  unitById: Map<string, UnitEntry>;
  /** Glossary entries, A to Z. */
  terms: TermEntry[];
}

let cached: Promise<Catalogue> | undefined;

async function build(): Promise<Catalogue> {
  const [entries, units, decrees, terms, offices] = await Promise.all([
    getCollection('indikator'),
    getCollection('unit'),
    getCollection('keputusan'),
    getCollection('istilah'),
    getCollection('kantor'),
  ]);
  assertIntegrity(entries, units);
  const decree = decrees[0];
  if (!decree || decrees.length !== 1) {
    throw new Error(`content/keputusan/: expected exactly one decree record, found ${decrees.length}`);
  }
  const office = offices[0];
  if (!office || offices.length !== 1) {
    throw new Error(`content/kantor/: expected exactly one office record, found ${offices.length}`);
  }
  const appendices = decree.data.lampiran;
  assertStructure({
    decree: { filePath: decree.filePath, appendices },
    unitKinds: office.data.jenisUnit.map((k) => k.kode),
    units,
    indicators: entries,
  });
  const unitById = new Map(units.map((u) => [u.id, u]));
  const appendixByCode = new Map(appendices.map((a) => [a.lampiran, a]));
  const inDecreeOrder = decreeOrder(appendices);
  const indicators = entries
    .map((entry) => {
      const appendix = appendixByCode.get(entry.data.lampiran)!;
      return {
        entry,
        id: entry.id,
        data: entry.data,
        unit: unitById.get(entry.data.penanggungJawab.id)!,
        appendix,
        reference: decreeReference(appendix, entry.data),
      };
    })
    .sort((a, b) => inDecreeOrder(a.data, b.data));
  units.sort((a, b) => a.data.urutan - b.data.urutan);
  terms.sort((a, b) => a.data.istilah.localeCompare(b.data.istilah, 'id'));
  return { indicators, units, decree, office: office.data, unitById, terms };
}

/** The whole catalogue, loaded and checked once per build. */
export function loadCatalogue(): Promise<Catalogue> {
  if (import.meta.env.DEV) return build(); // content may change while the dev server runs
  cached ??= build();
  return cached;
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
