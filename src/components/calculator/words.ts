/**
 * The fixed words around each formula kind's inputs: legends, hints and the labels of choices.
 * The page writes them: `CalculatorIsland.astro` gives an island its kind's words as a prop (bytes:
 * see the README's budgets), and a page that renders a kind's inputs itself (the worksheet) passes
 * the same object. One definition of each phrase. The words
 * every kind shares (buttons, error summary, output) are `FORM_WORDS`, given the same way.
 */
import { IKM_WEIGHT_LABELS } from '../../domain/ikm-survey';
import type { FormulaDefinition } from '../../domain/formula/definition';
import { SAKIP_COMPONENTS } from '../../domain/sakip-components';

/** "30, 30, 15 dan 25": the components' weights. */
const sakipWeights = SAKIP_COMPONENTS.map((component) => component.maks);

/** The words of every calculator: its buttons, error summary and output. */
export const FORM_WORDS = {
  submit: 'Hitung',
  clear: 'Kosongkan isian',
  summaryTitle: 'Ada isian yang perlu diperbaiki',
  /** Before how an input's text was read. */
  readAs: 'Dibaca sebagai:',
  working: 'Cara menghitung:',
  warning: 'Perhatian:',
  /** "Capaian terhadap target: 95,00%, kategori Sangat Tinggi". */
  achievement: { before: 'Capaian terhadap target:', category: 'kategori' },
  /** The output before every input is filled. */
  waiting: 'Hasil dan cara menghitungnya tampil di sini setelah semua isian terisi.',
  /** The output while inputs are faulty: "Hasil belum dapat dihitung: perbaiki 2 isian yang ditandai." */
  blocked: { before: 'Hasil belum dapat dihitung: perbaiki', after: 'isian yang ditandai.' },
};

/** While a kind's computation loads (`use-computation.tsx`), or when it could not. */
const COMPUTATION_WORDS = {
  loading: 'Memuat penghitungan…',
  failed: 'Penghitungan gagal dimuat. Periksa sambungan internet, lalu muat ulang halaman.',
};

export const SAKIP_WORDS = {
  legend: 'Nilai komponen menurut Laporan Hasil Evaluasi (LHE) SAKIP',
  hint: `PermenPANRB 88/2021: bobot komponen ${sakipWeights.slice(0, -1).join(', ')} dan ${sakipWeights[sakipWeights.length - 1]} (jumlah 100).`,
};

export const SUM_WORDS = {
  mode: { legend: 'Cara mengisi', isian: 'Isi satu per satu', tempel: 'Tempel daftar angka (satu angka per baris)' },
  entriesHint: 'Satu entri per laporan. Baris kosong diabaikan.',
  /** "Hapus entri 2" (the row's number is for screen readers only). */
  remove: { text: 'Hapus', entry: 'entri' },
  /** "3 entri terisi dari 4 baris." */
  count: { filled: 'entri terisi dari', rows: 'baris.' },
  add: 'Tambah entri',
  pasteHint: 'Salin satu kolom dari lembar kerja: satu angka per baris. Baris kosong diabaikan.',
  computation: COMPUTATION_WORDS,
};

export const IKM_WORDS = {
  mode: { legend: 'Cara mengisi', isian: 'Isi total nilai per unsur', tempel: 'Tempel jawaban responden dari lembar kerja' },
  computation: COMPUTATION_WORDS,
  pasteHint:
    'Satu baris per responden: sembilan nilai 1–4 sesuai urutan unsur, dipisahkan tab, titik koma, koma, atau spasi. Salin langsung dari lembar kerja; baris judul kolom dilewati.',
  respondentsLegend: 'Responden',
  unsurLegend: 'Total nilai persepsi per unsur',
  unsurHint: 'Jumlah nilai 1–4 dari semua responden untuk setiap unsur, urutan PermenPANRB 14/2017.',
  weight: {
    legend: 'Bobot setiap unsur',
    hint: 'PermenPANRB 14/2017 menetapkan bobot 1/9; formulirnya mencetak 0,111. Dengan 0,111, survei yang semua jawabannya 4 menghasilkan 99,90, bukan 100.',
    tepat: `${IKM_WEIGHT_LABELS.exact.text} (tepat, bawaan)`,
    '0111': `${IKM_WEIGHT_LABELS.rounded.text} (seperti tercetak pada formulir)`,
  },
};

export type FormWords = typeof FORM_WORDS;
export type ComputationWords = typeof COMPUTATION_WORDS;
export type SakipWords = typeof SAKIP_WORDS;
export type SumWords = typeof SUM_WORDS;
export type IkmWords = typeof IKM_WORDS;

/** The words of each kind that has any (the others need none beyond their labels). */
export const KIND_WORDS = { jumlah: SUM_WORDS, ikm: IKM_WORDS, sakip: SAKIP_WORDS } as const;

/** The words of any formula's kind (undefined for the kinds that have none). */
export function wordsOf(rumus: FormulaDefinition): unknown {
  return rumus.jenis in KIND_WORDS ? KIND_WORDS[rumus.jenis as keyof typeof KIND_WORDS] : undefined;
}
