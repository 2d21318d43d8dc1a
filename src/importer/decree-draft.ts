/**
 * The record of a decree the importer adds: what the command knows (number, date, period, the decree
 * it amends or replaces, the office, the appendices' layout of the earlier decree), and every other
 * field marked `[ISI: ...]` for the office to fill from the decree's text. The build refuses a record
 * that still holds such a mark, so a draft is never published.
 */
import { toFill as fill } from '../domain/decree/draft.ts';
import type { ExistingDecree } from './content.ts';

export interface DecreeDraftInput {
  nomor: string;
  tanggal: string;
  periode: { awal: number; akhir: number };
  relation?: { kind: 'mengubah' | 'mencabut'; earlier: ExistingDecree } | undefined;
  /** The office record's id, for a first decree. */
  kantor: string;
}

/** The first decree's appendices, as the import table lays them out: Lampiran I of IKU, Lampiran II per unit of IK. */
const FIRST_APPENDICES = [
  { lampiran: 'I', nama: 'Lampiran I', tingkat: ['IKU'], tabel: 'satu' },
  { lampiran: 'II', nama: 'Lampiran II', tingkat: ['IK'], tabel: 'per-unit' },
];

export function decreeDraft({ nomor, tanggal, periode, relation, kantor }: DecreeDraftInput): Record<string, unknown> {
  const earlier = relation?.earlier.record;
  const appendices = (earlier?.lampiran ?? FIRST_APPENDICES) as Record<string, unknown>[];
  return {
    kantor: earlier?.kantor ?? kantor,
    judul: earlier?.judul ?? fill('judul keputusan, seperti tertulis'),
    nomor,
    nomorSitus: nomor,
    tentang: fill('tentang, seperti tertulis dalam keputusan'),
    periode,
    ...(relation && { [relation.kind]: { nomor: relation.earlier.nomorSitus, tentang: relation.earlier.record.tentang } }),
    menimbang: [fill('menimbang, satu butir per baris')],
    mengingat: [fill('mengingat, satu butir per baris')],
    memperhatikan: [fill('memperhatikan, satu butir per baris')],
    memutuskan: [{ diktum: fill('KESATU'), isi: fill('isi diktum') }],
    ditetapkanDi: earlier?.['ditetapkanDi'] ?? fill('tempat ditetapkan'),
    tanggal,
    penandatangan: [{ bagian: fill('badan keputusan atau lampiran'), jabatan: fill('jabatan'), nama: fill('nama'), nip: fill('NIP') }],
    lampiran: appendices.map((a) => ({ ...a, nomor: fill(`nomor ${String(a['nama'])}`), tentang: fill(`tentang ${String(a['nama'])}`) })),
  };
}
