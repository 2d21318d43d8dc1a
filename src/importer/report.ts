/** What the importer tells the user after a successful import: what to review, what to fill. */
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
