/**
 * A decree's status and relation in the words Indonesian legal sites use: "Berlaku", "Diubah dengan
 * ...", "Dicabut dengan ...", and "Mengubah ..." / "Mencabut ..." for the decree it amends or
 * replaces, which may be one the catalogue does not hold (then named as text only).
 */
import type { Decree, DecreeEntry } from './load';

export const STATUS_WORD = { berlaku: 'Berlaku', diubah: 'Diubah dengan', dicabut: 'Dicabut dengan' } as const;
export const RELATION_WORD = { mengubah: 'Mengubah', mencabut: 'Mencabut' } as const;

/** The decree it amends or replaces: its number and subject as written, and its record when held. */
export function relatedDecree(decree: Decree): { word: string; nomor: string; tentang: string; held: DecreeEntry | undefined } | undefined {
  const related = decree.data.mengubah ?? decree.data.mencabut;
  if (!decree.relation || !related) return undefined;
  return { word: RELATION_WORD[decree.relation], nomor: related.nomor, tentang: related.tentang, held: decree.earlier };
}

/** The indicators a decree sets, per appendix and level: "4 IKU dan 44 IK". */
export function decreeContents(decree: Decree, versions: readonly { decree: DecreeEntry; data: { lampiran: string; tingkat: string } }[], code: string): string {
  const own = versions.filter((v) => v.decree.id === decree.id && v.data.lampiran === code);
  return decree.data.lampiran
    .find((l) => l.lampiran === code)!
    .tingkat.map((tingkat) => `${own.filter((v) => v.data.tingkat === tingkat).length} ${tingkat}`)
    .join(' dan ');
}
