/**
 * From the table's rows to the catalogue's entries: fills the blank cells that continue a merged cell
 * from the row above (marked `gabungan`, as the catalogue marks them), checks every row, recognises or
 * proposes each formula, and gathers the units named as PENANGGUNG JAWAB. Pure: nothing is written.
 */
import type { z } from 'astro/zod';
import type { indikatorSchema, unitSchema } from '../content.config.ts';
import { bodyOf, paragraphsOf } from './body.ts';
import { chooseFormula } from './formula.ts';
import { uniqueSlug, slugify } from './slug.ts';
import { COLUMNS, type ImportProblem, type TableRow } from './table.ts';

export type IndikatorData = z.input<typeof indikatorSchema>;
export type UnitData = z.input<typeof unitSchema>;
type UnitJenis = UnitData['jenis'];

export interface IndicatorDraft {
  line: number;
  slug: string;
  data: IndikatorData;
  body: string;
}

export interface UnitDraft {
  slug: string;
  data: UnitData;
  /** True when the unit's kind was not recognised from its name and the importer chose `bidang`. */
  jenisDitebak: boolean;
}

export interface Catalogue {
  indicators: IndicatorDraft[];
  units: UnitDraft[];
  problems: ImportProblem[];
}

const LAMPIRAN: Record<string, IndikatorData['lampiran']> = { I: 'I', II: 'II', '1': 'I', '2': 'II' };

/** The site's standard notes for what the importer had to decide. */
export const NOTES = {
  usulan: {
    judul: 'Rumus usulan situs',
    teks:
      'Rumus pada halaman ini usulan situs: kolom penjelasan keputusan tidak memuat rumus berbentuk ' +
      '"A / B x 100%". Rumus ini perlu ditinjau dan disesuaikan dengan keputusan.',
  },
  tanpaSumber: {
    judul: 'Sumber data tidak disebutkan',
    teks:
      'Kolom SUMBER DATA pada baris ini kosong, dan tidak ada sumber data yang tertulis pada baris di ' +
      'atasnya dalam tabel yang sama. Keputusan tidak menyebutkan sumber data untuk indikator ini.',
  },
} as const;

/** The unit's kind from the first words of its name, as the decree names units. */
export function unitKind(name: string): UnitJenis | undefined {
  const n = name.toLowerCase().replace(/\s+/g, ' ');
  if (/^kepala\b/.test(n)) return 'kepala';
  if (/^(bidang )?sekretariat\b|^sekretaris\b/.test(n)) return 'sekretariat';
  if (/^bidang\b/.test(n)) return 'bidang';
  if (/^sub ?bagian\b|^subbag\b/.test(n)) return 'sub-bagian';
  if (/^sub ?koordinator\b/.test(n)) return 'sub-koordinator';
  return undefined;
}

/** Decides the units: one per name (case and spacing aside), in order of first mention. */
function draftUnits(names: readonly string[]): { units: UnitDraft[]; idOf: Map<string, string> } {
  const units: UnitDraft[] = [];
  const idOf = new Map<string, string>();
  const bySlug = new Map<string, UnitDraft>();
  for (const name of names) {
    const slug = slugify(name);
    const known = bySlug.get(slug);
    if (known) {
      if (known.data.nama !== name && !known.data.ejaanLain!.includes(name)) known.data.ejaanLain!.push(name);
    } else {
      const jenis = unitKind(name);
      const unit: UnitDraft = { slug, data: { nama: name, jenis: jenis ?? 'bidang', urutan: units.length, ejaanLain: [] }, jenisDitebak: !jenis };
      units.push(unit);
      bySlug.set(slug, unit);
    }
    idOf.set(name, slug);
  }
  // The decree gives no organisation chart: a bidang or the secretariat sits under the one head, a
  // sub-bagian under the one secretariat, where there is exactly one. Marked as inferred.
  const only = (jenis: UnitJenis) => {
    const found = units.filter((u) => u.data.jenis === jenis);
    return found.length === 1 ? found[0] : undefined;
  };
  const parentKind: Partial<Record<UnitJenis, UnitJenis>> = { bidang: 'kepala', sekretariat: 'kepala', 'sub-bagian': 'sekretariat' };
  for (const unit of units) {
    const kind = parentKind[unit.data.jenis];
    const parent = kind && only(kind);
    if (!parent) continue;
    unit.data.induk = parent.slug;
    unit.data.indukDisimpulkan = true;
    unit.data.catatan = [
      {
        judul: 'Induk disimpulkan',
        teks: `Keputusan tidak menyebut susunan organisasi. Situs menempatkan unit ini di bawah ${parent.data.nama} menurut jenis unitnya.`,
      },
    ];
  }
  for (const unit of units) if (unit.data.ejaanLain!.length === 0) delete unit.data.ejaanLain;
  return { units, idOf };
}

interface Filled {
  lampiran: IndikatorData['lampiran'];
  tabel: number;
  sasaran: string;
  penanggungJawab: string;
  sumberData?: string | undefined;
}

/** Reads every row; any problem is reported with its line, and then no entry is returned. */
export function draftCatalogue(rows: readonly TableRow[]): Catalogue {
  const problems: ImportProblem[] = [];
  const problem = (row: TableRow, message: string) => problems.push({ line: row.line, message });
  const accepted: { row: TableRow; filled: Filled; nomor: number; pjSel: 'tertulis' | 'gabungan'; sdSel?: 'tertulis' | 'gabungan' }[] = [];
  let above: Filled | undefined;

  for (const row of rows) {
    const c = row.cells;
    const before = problems.length;
    const lampiran = c.lampiran ? LAMPIRAN[c.lampiran.toUpperCase()] : above?.lampiran;
    if (!lampiran) problem(row, c.lampiran ? `${COLUMNS.lampiran} "${c.lampiran}" tidak dikenal: tulis I (IKU) atau II (IK).` : `${COLUMNS.lampiran} kosong.`);
    const tabel = c.tabel ? (/^\d+$/.test(c.tabel) && Number(c.tabel) > 0 ? Number(c.tabel) : undefined) : above?.tabel;
    if (tabel === undefined) problem(row, c.tabel ? `${COLUMNS.tabel} "${c.tabel}" bukan bilangan bulat positif.` : `${COLUMNS.tabel} kosong.`);
    const nomorText = /^(\d+)\.?$/.exec(c.nomor)?.[1];
    if (!nomorText || Number(nomorText) === 0) problem(row, c.nomor ? `${COLUMNS.nomor} "${c.nomor}" bukan nomor urut.` : `${COLUMNS.nomor} kosong.`);
    if (!c.indikator) problem(row, `${COLUMNS.indikator} kosong.`);

    // A merged cell continues only within its own table.
    const sameTable = above && above.lampiran === lampiran && above.tabel === tabel ? above : undefined;
    const sasaran = c.sasaran || sameTable?.sasaran;
    const penanggungJawab = c.penanggungJawab.replace(/\s+/g, ' ') || sameTable?.penanggungJawab;
    // Without a valid LAMPIRAN and TABEL the row's table is unknown, and so is what its blank cells continue.
    if (lampiran && tabel !== undefined) {
      if (!sasaran) problem(row, `${COLUMNS.sasaran} kosong, dan tidak ada baris di atasnya dalam tabel yang sama.`);
      if (!penanggungJawab) problem(row, `${COLUMNS.penanggungJawab} kosong, dan tidak ada baris di atasnya dalam tabel yang sama.`);
    }
    const sumberData = c.sumberData || sameTable?.sumberData;

    if (!lampiran || tabel === undefined || !sasaran || !penanggungJawab) continue;
    const filled: Filled = { lampiran, tabel, sasaran, penanggungJawab, sumberData };
    // A bad row still continues its merged cells into the rows below, so one mistake is reported once.
    above = filled;
    if (problems.length > before) continue;
    accepted.push({
      row,
      filled,
      nomor: Number(nomorText),
      pjSel: c.penanggungJawab ? 'tertulis' : 'gabungan',
      ...(sumberData ? { sdSel: c.sumberData ? 'tertulis' : 'gabungan' } : {}),
    });
  }

  const byPosition = new Map<string, number>();
  const byName = new Map<string, number>();
  for (const { row, filled, nomor } of accepted) {
    const position = `${filled.lampiran}/${filled.tabel}/${nomor}`;
    const samePosition = byPosition.get(position);
    if (samePosition !== undefined) problem(row, `Lampiran ${filled.lampiran} tabel ${filled.tabel} NO ${nomor} sudah ada di baris ${samePosition}.`);
    else byPosition.set(position, row.line);
    const sameName = byName.get(row.cells.indikator);
    if (sameName !== undefined) problem(row, `Indikator "${row.cells.indikator}" sudah ada di baris ${sameName}.`);
    else byName.set(row.cells.indikator, row.line);
  }
  if (problems.length > 0) return { indicators: [], units: [], problems: problems.sort((a, b) => a.line - b.line) };

  const { units, idOf } = draftUnits(accepted.map((a) => a.filled.penanggungJawab));
  const slugs = new Set<string>();
  const indicators = accepted.map(({ row, filled, nomor, pjSel, sdSel }): IndicatorDraft => {
    const indikator = row.cells.indikator.replace(/\s+/g, ' ');
    const paragraphs = paragraphsOf(row.cells.penjelasan);
    const { paragraph, satuan, rumus, rumusKeputusan } = chooseFormula(paragraphs, indikator);
    const catatan = [...(rumus.usulan ? [NOTES.usulan] : []), ...(filled.sumberData ? [] : [NOTES.tanpaSumber])];
    const data: IndikatorData = {
      tingkat: filled.lampiran === 'I' ? 'IKU' : 'IK',
      lampiran: filled.lampiran,
      tabel: filled.tabel,
      nomor,
      sasaran: filled.sasaran.replace(/\s+/g, ' '),
      indikator,
      penanggungJawab: idOf.get(filled.penanggungJawab)!,
      penanggungJawabSel: pjSel,
      ...(filled.sumberData ? { sumberData: filled.sumberData.replace(/\s+/g, ' '), sumberDataSel: sdSel } : {}),
      satuan,
      polaritas: 'naik',
      ...(rumusKeputusan ? { rumusKeputusan } : {}),
      rumus,
      ...(catatan.length > 0 ? { catatan: catatan.map((n) => ({ ...n })) } : {}),
    };
    return { line: row.line, slug: uniqueSlug(indikator, slugs), data, body: bodyOf(paragraphs, paragraph) };
  });
  return { indicators, units, problems: [] };
}
