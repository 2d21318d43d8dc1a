/**
 * Rules that span several content files, which a per-file schema cannot see: every unit reference
 * resolves, no indicator is entered twice, and a formula the decree does not give is marked as the
 * site's proposal. (The rules of the decree's structure, such as which lampiran holds which level,
 * are in ./structure.) Each problem names the file and the field. The catalogue checks each decree's
 * indicator files on their own (./load), so a position or a name is unique within its decree.
 */
import type { CollectionEntry } from 'astro:content';
import type { FormulaKind, Satuan } from '../domain/formula/definition';
import { parseSections } from './sections';

type IndicatorData = CollectionEntry<'indikator'>['data'];

/** What the rules read of an indicator entry, typed by its collection's schema. */
export interface IndicatorEntryLike extends Pick<CollectionEntry<'indikator'>, 'id' | 'filePath' | 'body'> {
  data: Pick<
    IndicatorData,
    'tingkat' | 'lampiran' | 'tabel' | 'nomor' | 'indikator' | 'sumberData' | 'sumberDataSel' | 'satuan' | 'rumusKeputusan'
  > & {
    penanggungJawab: Pick<IndicatorData['penanggungJawab'], 'id'>;
    rumus: Pick<IndicatorData['rumus'], 'jenis' | 'usulan'>;
  };
}

/** What the rules read of a unit entry. */
export interface UnitEntryLike extends Pick<CollectionEntry<'unit'>, 'id' | 'filePath'> {
  data: { induk?: Pick<NonNullable<CollectionEntry<'unit'>['data']['induk']>, 'id'> | undefined };
}

export interface IntegrityProblem {
  file: string;
  field: string;
  message: string;
}

/** The formula kind each satuan must be computed with, where the satuan decides it. */
const KIND_FOR_SATUAN: Readonly<Record<Satuan, readonly FormulaKind[]>> = {
  persen: ['persentase'],
  rasio: ['rasio'],
  rupiah: ['jumlah'],
  jumlah: ['jumlah', 'cacah'],
  indeks: ['ikm', 'nilai'],
  nilai: ['sakip', 'nilai'],
};

/** All cross-file problems of the catalogue, in file order. */
export function findIntegrityProblems(
  indicators: readonly IndicatorEntryLike[],
  units: readonly UnitEntryLike[],
): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const unitIds = new Set(units.map((u) => u.id));
  const fileOf = (e: { id: string; filePath?: string | undefined }) => e.filePath ?? e.id;
  const report = (e: { id: string; filePath?: string | undefined }, field: string, message: string) =>
    problems.push({ file: fileOf(e), field, message });

  for (const unit of units) {
    const parent = unit.data.induk?.id;
    if (parent !== undefined && !unitIds.has(parent)) report(unit, 'induk', `unknown unit "${parent}"`);
  }

  const byPosition = new Map<string, IndicatorEntryLike>();
  const byName = new Map<string, IndicatorEntryLike>();
  for (const entry of indicators) {
    const d = entry.data;
    if (!unitIds.has(d.penanggungJawab.id)) {
      report(entry, 'penanggungJawab', `unknown unit "${d.penanggungJawab.id}" (no file in the unit collection)`);
    }
    const position = `${d.lampiran}/${d.tabel}/${d.nomor}`;
    const samePosition = byPosition.get(position);
    if (samePosition) {
      report(entry, 'nomor', `duplicate indicator: Lampiran ${d.lampiran} tabel ${d.tabel} NO ${d.nomor} is also ${fileOf(samePosition)}`);
    } else byPosition.set(position, entry);
    const sameName = byName.get(d.indikator);
    if (sameName) report(entry, 'indikator', `duplicate indicator: "${d.indikator}" is also ${fileOf(sameName)}`);
    else byName.set(d.indikator, entry);

    if ((d.sumberData === undefined) !== (d.sumberDataSel === undefined)) {
      report(entry, 'sumberDataSel', 'sumberData and sumberDataSel go together');
    }
    const kinds = KIND_FOR_SATUAN[d.satuan];
    if (!kinds.includes(d.rumus.jenis)) {
      report(entry, 'rumus.jenis', `"${d.rumus.jenis}" does not fit satuan ${d.satuan} (expected ${kinds.join(' or ')})`);
    }
    if (d.rumusKeputusan === undefined && d.rumus.usulan !== true) {
      report(entry, 'rumus.usulan', 'the decree gives no formula (no rumusKeputusan), so the formula must be marked usulan: true');
    }
    const sections = parseSections(entry.body ?? '');
    for (const problem of sections.problems) report(entry, 'body', problem);
  }
  return problems;
}
