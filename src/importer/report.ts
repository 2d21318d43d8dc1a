/** What the importer tells the user after a successful import: what to review, what to fill, what changed. */
import type { DecreeChanges } from '../domain/decree/changes.ts';
import type { Catalogue } from './drafts.ts';

export function reviewList(catalogue: Catalogue, indicatorFolder: string): string[] {
  const lines: string[] = [];
  for (const d of catalogue.indicators) {
    if (d.data.rumus.usulan) lines.push(`${indicatorFolder}/${d.slug}.mdx (baris ${d.line}): rumus usulan "${d.data.rumus.jenis}", satuan ${d.data.satuan}`);
  }
  for (const u of catalogue.units) {
    if (u.jenisDitebak) lines.push(`unit/${u.slug}.yaml: jenis unit tidak dikenali dari namanya, ditulis "bidang"`);
    if (!u.data.induk && u.data.jenis !== 'kepala') lines.push(`unit/${u.slug}.yaml: induk tidak diketahui; isi "induk" bila unit ini berada di bawah unit lain`);
  }
  return lines;
}

/** A field's value in a change list: quoted text, cut when long; "(kosong)" where there is none. */
function shown(value: string | undefined): string {
  if (value === undefined || value === '') return '(kosong)';
  const oneLine = value.replace(/\s+/g, ' ');
  return `"${oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine}"`;
}

/** What the new decree changed against the earlier one, in Indonesian, for the end of an import. */
export function changeList(changes: DecreeChanges, names: ReadonlyMap<string, string>, earlier: string): string[] {
  const named = (id: string) => `${id}: ${names.get(id) ?? ''}`;
  const section = (title: string, items: string[]) => (items.length > 0 ? [`${title} (${items.length}):`, ...items.map((i) => `  - ${i}`)] : [`${title}: tidak ada.`]);
  return [
    `Perubahan terhadap keputusan ${earlier}:`,
    ...section('Indikator ditambah', changes.added.map(named)),
    ...section('Indikator dihapus', changes.dropped.map(named)),
    ...section(
      'Indikator diubah',
      changes.changed.map(({ id, changes: fields }) => `${id}: ${fields.map((c) => `${c.field} ${shown(c.before)} → ${shown(c.after)}`).join('; ')}`),
    ),
    ...section(
      'Usulan ganti nama (bila benar sama, tulis "sebelumnya: <id lama>" di berkas barunya)',
      changes.renames.map((r) => `${r.from} → ${r.to} (kemiripan nama ${Math.round(r.similarity * 100)}%)`),
    ),
  ];
}
