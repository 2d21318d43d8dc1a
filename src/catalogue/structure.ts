/**
 * The rules of the decree's and the office's structure that span content files: every indicator's
 * `lampiran` is an appendix the decree record declares, holding the indicator's level and laid out
 * as the record says (one table, or one table per unit), and every unit's `jenis` is a kind the
 * office record declares. Each problem names the file and the field, as in ./integrity.
 *
 * Pure: takes plain objects, so it is tested without Astro.
 */
import type { IntegrityProblem } from './integrity';

/** The kind of unit of the office's head, at the root of the performance tree. */
export const HEAD_KIND = 'kepala';

export interface AppendixLike {
  lampiran: string;
  tingkat: readonly string[];
  tabel: 'satu' | 'per-unit';
}

export interface StructureLike {
  /** The decree record's file and its appendices. */
  decree: { filePath?: string | undefined; appendices: readonly AppendixLike[] };
  /** The office record's kinds of unit. */
  unitKinds: readonly string[];
  units: readonly { id: string; filePath?: string | undefined; data: { jenis: string } }[];
  indicators: readonly {
    id: string;
    filePath?: string | undefined;
    data: { tingkat: string; lampiran: string; tabel: number; nomor: number; penanggungJawab: { id: string } };
  }[];
}

export function findStructureProblems({ decree, unitKinds, units, indicators }: StructureLike): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const report = (e: { id: string; filePath?: string | undefined }, field: string, message: string) =>
    problems.push({ file: e.filePath ?? e.id, field, message });

  for (const unit of units) {
    if (!unitKinds.includes(unit.data.jenis)) {
      report(unit, 'jenis', `unknown kind of unit "${unit.data.jenis}" (the office record's jenisUnit lists ${unitKinds.join(', ')})`);
    }
  }

  const appendixByCode = new Map(decree.appendices.map((a) => [a.lampiran, a]));
  const unitOfTable = new Map<string, { unit: string; file: string }>();
  for (const entry of indicators) {
    const d = entry.data;
    const appendix = appendixByCode.get(d.lampiran);
    if (!appendix) {
      const declared = decree.appendices.map((a) => a.lampiran).join(', ');
      report(entry, 'lampiran', `unknown lampiran "${d.lampiran}" (the decree record ${decree.filePath ?? ''} declares ${declared})`);
      continue;
    }
    if (!appendix.tingkat.includes(d.tingkat)) {
      report(entry, 'tingkat', `tingkat ${d.tingkat} is not held by lampiran ${d.lampiran}, which holds ${appendix.tingkat.join(' and ')}`);
    }
    if (appendix.tabel === 'satu' && d.tabel !== 1) {
      report(entry, 'tabel', `lampiran ${d.lampiran} is one table, so tabel must be 1, not ${d.tabel}`);
    }
    if (appendix.tabel === 'per-unit') {
      const key = `${d.lampiran}/${d.tabel}`;
      const first = unitOfTable.get(key);
      if (!first) unitOfTable.set(key, { unit: d.penanggungJawab.id, file: entry.filePath ?? entry.id });
      else if (first.unit !== d.penanggungJawab.id) {
        report(entry, 'penanggungJawab', `lampiran ${d.lampiran} has one table per unit, but tabel ${d.tabel} is also "${first.unit}"'s (${first.file})`);
      }
    }
  }
  return problems;
}
