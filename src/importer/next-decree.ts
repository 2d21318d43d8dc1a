/**
 * Importing the next decree into a catalogue that has content: checks the command's decree (its
 * number, date, period and the held decree it amends or replaces), gives each imported row the id of
 * the indicator it continues (same name once case and spaces are normalised) or a new one, reuses the
 * units that exist and adds the new ones, and lists what changed against the earlier decree. Pure:
 * the command (scripts/impor.ts) reads the content and writes the files.
 */
import { decreeChanges, type DecreeChanges, type VersionFields } from '../domain/decree/changes.ts';
import { matchVersions } from '../domain/decree/match.ts';
import { normaliseName } from '../domain/decree/number.ts';
import { decreeChain, findDecree } from '../domain/decree/status.ts';
import type { ExistingContent, ExistingDecree } from './content.ts';
import { decreeDraft } from './decree-draft.ts';
import type { Catalogue, IndicatorDraft, IndikatorData, UnitDraft } from './drafts.ts';
import { slugify, uniqueSlug } from './slug.ts';

export interface DecreeOptions {
  nomor: string;
  tanggal: string;
  periode: string;
  mengubah?: string | undefined;
  mencabut?: string | undefined;
}

export interface NextDecreePlan {
  decreeId: string;
  record: Record<string, unknown>;
  /** The imported rows with their file names (the indicator's id where it continues one). */
  indicators: IndicatorDraft[];
  /** The units to write (new ones only) and how many existing ones the table names. */
  newUnits: UnitDraft[];
  reusedUnits: number;
  earlier: ExistingDecree | undefined;
  changes: DecreeChanges | undefined;
  /** Each indicator's name by id, for the change list. */
  names: Map<string, string>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The period "2027-2031", or a message saying why it makes no sense. */
function readPeriod(text: string): { awal: number; akhir: number } | string {
  const match = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(text.trim());
  if (!match) return `--periode "${text}" tidak masuk akal: tulis tahun awal dan akhir, misalnya 2027-2031.`;
  const [awal, akhir] = [Number(match[1]), Number(match[2])];
  if (awal > akhir) return `--periode ${text}: tahun awal (${awal}) sesudah tahun akhir (${akhir}).`;
  return { awal, akhir };
}

/** What the command's decree options say, checked against the held decrees; problems in Indonesian. */
export function checkDecree(content: ExistingContent, options: DecreeOptions) {
  const problems: string[] = [];
  const periode = readPeriod(options.periode);
  if (typeof periode === 'string') problems.push(periode);
  if (!DATE.test(options.tanggal) || Number.isNaN(Date.parse(options.tanggal))) problems.push(`--tanggal "${options.tanggal}" bukan tanggal: tulis YYYY-MM-DD, misalnya 2026-12-01.`);
  const held = findDecree(content.decrees, options.nomor);
  if (held) problems.push(`Keputusan ${options.nomor} sudah ada di katalog (${held.file}).`);
  if (options.mengubah && options.mencabut) problems.push('Pilih salah satu: --mengubah (perubahan dalam periode yang sama) atau --mencabut (keputusan untuk periode baru).');
  const kind: 'mengubah' | 'mencabut' | undefined = options.mengubah ? 'mengubah' : options.mencabut ? 'mencabut' : undefined;
  const nomor = options.mengubah ?? options.mencabut;
  if (!kind && content.decrees.length > 0) {
    problems.push('Katalog sudah memuat keputusan: sebutkan keputusan yang diubah (--mengubah <nomor>) atau yang dicabut (--mencabut <nomor>).');
  }
  const earlier = nomor ? findDecree(content.decrees, nomor) : undefined;
  if (nomor && !earlier) {
    const known = content.decrees.map((d) => d.nomorSitus).join(', ') || 'belum ada';
    problems.push(`Keputusan "${nomor}" tidak ada di katalog. Keputusan yang ada: ${known}.`);
  }
  if (earlier && kind && typeof periode !== 'string') {
    const chain = decreeChain(content.decrees);
    const state = chain.states.find((s) => s.id === earlier.id)!;
    const p = earlier.periode;
    if (chain.inForce !== earlier.id) {
      const inForce = content.decrees.find((d) => d.id === chain.inForce);
      problems.push(`Keputusan ${earlier.nomorSitus} tidak lagi berlaku (${state.status} oleh keputusan lain); yang berlaku: ${inForce?.nomorSitus}.`);
    }
    if (kind === 'mengubah' && (periode.awal !== p.awal || periode.akhir !== p.akhir)) {
      problems.push(`Perubahan tetap dalam periode keputusan yang diubah (${p.awal}-${p.akhir}); --periode ${options.periode} berbeda. Untuk periode baru, pakai --mencabut.`);
    }
    if (kind === 'mencabut' && periode.awal <= p.awal) {
      problems.push(`Keputusan pengganti memulai periode baru: --periode ${options.periode} harus mulai sesudah ${p.awal} (periode ${p.awal}-${p.akhir} keputusan yang dicabut). Untuk perubahan dalam periode yang sama, pakai --mengubah.`);
    }
    if (DATE.test(options.tanggal) && options.tanggal <= earlier.tanggal) {
      problems.push(`--tanggal ${options.tanggal} tidak sesudah tanggal keputusan ${earlier.nomorSitus} (${earlier.tanggal}).`);
    }
  }
  return { problems, periode, relation: earlier && kind ? { kind, earlier } : undefined };
}

/** The fields a change list compares, from a version's frontmatter and body. */
export function fieldsOf(data: IndikatorData, body: string): VersionFields {
  const { indikator, sasaran, tingkat, lampiran, tabel, nomor, penanggungJawab, sumberData, satuan, polaritas, rumusKeputusan } = data;
  return { indikator, sasaran, tingkat, lampiran, tabel, nomor, penanggungJawab: String(penanggungJawab), sumberData, satuan, polaritas, rumusKeputusan, penjelasan: body };
}

/** Units: a table's unit whose name (or a known spelling) is an existing unit's is that unit. */
function placeUnits(content: ExistingContent, units: readonly UnitDraft[]) {
  const existing = new Map<string, string>();
  for (const unit of content.units) {
    existing.set(unit.id, unit.id);
    for (const name of [unit.data.nama, ...(unit.data.ejaanLain ?? [])]) existing.set(slugify(name), unit.id);
  }
  const idOf = new Map(units.map((u) => [u.slug, existing.get(u.slug) ?? u.slug]));
  const next = Math.max(-1, ...content.units.map((u) => u.data.urutan)) + 1;
  const newUnits = units
    .filter((u) => !existing.has(u.slug))
    .map((u, index) => ({ ...u, data: { ...u.data, urutan: next + index, ...(u.data.induk && { induk: idOf.get(u.data.induk)! }) } }));
  return { idOf, newUnits, reusedUnits: units.length - newUnits.length };
}

export function planNextDecree(content: ExistingContent, drafts: Catalogue, options: DecreeOptions): NextDecreePlan | { problems: string[] } {
  const checked = checkDecree(content, options);
  if (checked.problems.length > 0 || typeof checked.periode === 'string') return { problems: checked.problems };
  const { relation, periode } = checked;
  const decreeId = `keputusan-${slugify(options.nomor)}`;
  const record = decreeDraft({ nomor: options.nomor, tanggal: options.tanggal, periode, relation, kantor: content.offices[0] ?? 'kantor' });

  // The indicators that exist, as the build matches them; a row continues the one of its name.
  const decreeIds = [...content.decrees].sort((a, b) => a.tanggal.localeCompare(b.tanggal)).map((d) => d.id);
  const matched = matchVersions(decreeIds, content.versions.map((v) => ({ ...v, indikator: v.data.indikator, sebelumnya: v.data.sebelumnya })));
  const byName = new Map<string, string>();
  const names = new Map<string, string>();
  for (const indicator of matched.indicators) {
    for (const v of indicator.versions) byName.set(normaliseName(v.indikator), indicator.id);
    names.set(indicator.id, indicator.versions.at(-1)!.indikator);
  }
  const taken = new Set([...content.versions.map((v) => v.slug), ...names.keys()]);
  const { idOf, newUnits, reusedUnits } = placeUnits(content, drafts.units);
  const indicators = drafts.indicators.map((draft): IndicatorDraft => {
    const id = byName.get(normaliseName(draft.data.indikator)) ?? uniqueSlug(draft.data.indikator, taken);
    names.set(id, draft.data.indikator);
    return { ...draft, slug: id, data: { ...draft.data, penanggungJawab: idOf.get(String(draft.data.penanggungJawab))! } };
  });

  const earlier = relation?.earlier;
  const idOfVersion = new Map(matched.indicators.flatMap((i) => i.versions.map((v) => [v.file, i.id] as const)));
  const changes = earlier
    ? decreeChanges(
        content.versions.filter((v) => v.decree === earlier.id).map((v) => ({ id: idOfVersion.get(v.file)!, fields: fieldsOf(v.data, v.body) })),
        indicators.map((d) => ({ id: d.slug, fields: fieldsOf(d.data, d.body) })),
      )
    : undefined;
  return { decreeId, record, indicators, newUnits, reusedUnits, earlier, changes, names };
}
