/**
 * What the pages say of time: an indicator's history (each decree that set it, and for each change
 * the earlier and the new text of the changed fields, as a word diff), what a decree changed
 * against the held decree before it (added, dropped, changed), and the line "Menurut Keputusan ...
 * No. ..., berlaku sejak ..." that pages following one decree show. The comparisons themselves are
 * src/domain/decree/changes.ts; this module gives them the pages' words.
 */
import { decreeChanges, versionChanges, type VersionField, type VersionFields } from '../domain/decree/changes';
import { wordDiff, type WordRun } from '../domain/decree/word-diff';
import type { Catalogue, Decree, DecreeEntry, Indicator, IndicatorVersion } from './load';
import { POLARITAS_LABEL, SATUAN_LABEL } from './labels';

/** The name of each compared field, as the decree's table and the indicator page call it. */
export const FIELD_LABEL: Record<VersionField, string> = {
  indikator: 'Indikator',
  sasaran: 'Sasaran',
  tingkat: 'Tingkat',
  lampiran: 'Lampiran',
  tabel: 'Tabel',
  nomor: 'NO',
  penanggungJawab: 'Penanggung jawab',
  sumberData: 'Sumber data',
  satuan: 'Satuan',
  polaritas: 'Polaritas',
  rumusKeputusan: 'Rumus menurut keputusan',
  penjelasan: 'Makna, alasan pemilihan, perhitungan atau penjelasan',
};

/** A version's fields as the pages write them (the unit by its name, codes by their labels). */
export function versionFields(version: IndicatorVersion): VersionFields {
  const d = version.data;
  return {
    indikator: d.indikator,
    sasaran: d.sasaran,
    tingkat: d.tingkat,
    lampiran: d.lampiran,
    tabel: d.tabel,
    nomor: d.nomor,
    penanggungJawab: version.unit.data.nama,
    sumberData: d.sumberData,
    satuan: SATUAN_LABEL[d.satuan],
    polaritas: POLARITAS_LABEL[d.polaritas],
    rumusKeputusan: d.rumusKeputusan,
    penjelasan: version.body,
  };
}

export interface FieldDiff {
  field: VersionField;
  label: string;
  before: string | undefined;
  after: string | undefined;
  /** The words kept, removed and added; empty where one side is absent. */
  runs: WordRun[];
}

export interface HistoryStep {
  version: IndicatorVersion;
  /** What this version changed against the one before it (none for the first). */
  changes: FieldDiff[];
}

/** An indicator's versions, oldest first, each with the fields it changed. */
export function indicatorHistory(indicator: Indicator): HistoryStep[] {
  return indicator.versions.map((version, index) => {
    const previous = indicator.versions[index - 1];
    const changes = previous
      ? versionChanges(versionFields(previous), versionFields(version)).map((c) => ({
          ...c,
          label: FIELD_LABEL[c.field],
          runs: c.before !== undefined && c.after !== undefined ? wordDiff(c.before, c.after) : [],
        }))
      : [];
    return { version, changes };
  });
}

export interface DecreeChangeList {
  /** The held decree it is compared with; absent where the catalogue does not hold it. */
  earlier: DecreeEntry | undefined;
  added: Indicator[];
  dropped: Indicator[];
  changed: { indicator: Indicator; fields: string[] }[];
}

/** The version of each indicator a decree sets, by indicator id. */
function versionsOf(catalogue: Catalogue, decreeId: string): Map<string, { indicator: Indicator; version: IndicatorVersion }> {
  const all = [...catalogue.indicators, ...catalogue.retired];
  return new Map(
    all.flatMap((indicator) =>
      indicator.versions.filter((v) => v.decree.id === decreeId).map((version) => [indicator.id, { indicator, version }] as const),
    ),
  );
}

/** What a decree changed against the held decree it amends or replaces. */
export function decreeChangeList(catalogue: Catalogue, decree: Decree): DecreeChangeList {
  if (!decree.earlier) return { earlier: undefined, added: [], dropped: [], changed: [] };
  const before = versionsOf(catalogue, decree.earlier.id);
  const after = versionsOf(catalogue, decree.id);
  const fields = (map: typeof before) => [...map].map(([id, { version }]) => ({ id, fields: versionFields(version) }));
  const changes = decreeChanges(fields(before), fields(after));
  const indicator = (id: string) => (after.get(id) ?? before.get(id))!.indicator;
  return {
    earlier: decree.earlier,
    added: changes.added.map(indicator),
    dropped: changes.dropped.map(indicator),
    changed: changes.changed.map((c) => ({ indicator: indicator(c.id), fields: c.changes.map((f) => FIELD_LABEL[f.field]) })),
  };
}
