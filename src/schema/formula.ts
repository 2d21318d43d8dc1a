/**
 * The typed definition of an indicator's formula, as written in each content file's `rumus`
 * frontmatter, with the indicator's unit and polarity. One definition drives the formula a page
 * typesets (KaTeX, at build time), the formula published in the open data, and the calculator that
 * staff use, so they cannot disagree.
 *
 * The schemas are the only description of this shape: the TypeScript types below are inferred from
 * them (`z.infer`). Domain and browser code import the types only (`import type`, through
 * `src/domain/formula/definition.ts`), so no zod code is bundled into a calculator island.
 *
 * Field names are the decree's language (Indonesian) because they are authored in content files.
 */
import { z } from 'astro/zod';
import { text } from './common';

/** A quantity named with the decree's own words, e.g. "Jumlah Peserta BPJS Ketenagakerjaan". */
const quantity = z.strictObject({
  /** The decree's words for the quantity, spelling kept. */
  label: text,
  /** What it is counted in, shown beside the field: "orang", "Rp", "dokumen", ... */
  satuan: text.optional(),
});

/** A denominator fixed by the decree itself (the transmigration indicator's "125 Orang"). */
const fixedQuantity = z.strictObject({ label: text, tetap: z.number().positive() });

const common = {
  /** True when the decree gives no formula and this one is the site's proposal. */
  usulan: z.boolean().optional(),
};

/** part / whole x 100%. */
const percentage = z.strictObject({
  jenis: z.literal('persentase'),
  pembilang: quantity,
  penyebut: z.union([fixedQuantity, quantity]),
  /** Whether the part can legitimately exceed the whole (otherwise a warning is shown). */
  bolehLebihDari100: z.boolean().optional(),
  /**
   * True when the decree writes this fraction upside down (whole / part): the site computes the
   * meaningful direction and shows the decree's own version beside it with an editorial note.
   */
  terbalikDalamKeputusan: z.boolean().optional(),
  ...common,
});

/** part / whole, without x 100% (e.g. supply and demand of labour). */
const ratio = z.strictObject({ jenis: z.literal('rasio'), pembilang: quantity, penyebut: quantity, ...common });

/** A list of entries added up (PMDN realisation in Rupiah per LKPM report, new workers per LKPM). */
const sum = z.strictObject({
  jenis: z.literal('jumlah'),
  /** What one entry is: "Realisasi investasi PMDN menurut LKPM satu perusahaan". */
  entri: quantity,
  /** Whether entries are money (exact Rupiah with sen) or whole counts. */
  uang: z.boolean().optional(),
  ...common,
});

/** A number of things (promotions held, regulations issued, businesses supervised). */
const count = z.strictObject({ jenis: z.literal('cacah'), besaran: quantity, ...common });

/** A score read from an external assessment; the calculator only records it. */
const score = z.strictObject({
  jenis: z.literal('nilai'),
  besaran: quantity,
  /** The assessment's scale, e.g. 0-100. */
  min: z.number(),
  maks: z.number(),
  ...common,
});

/** Indeks Kepuasan Masyarakat, PermenPANRB No. 14 Tahun 2017. */
const ikm = z.strictObject({ jenis: z.literal('ikm'), ...common });

/** Evaluasi SAKIP, PermenPANRB No. 88 Tahun 2021. */
const sakip = z.strictObject({ jenis: z.literal('sakip'), ...common });

export const rumusSchema = z.discriminatedUnion('jenis', [percentage, ratio, sum, count, score, ikm, sakip]);

/** The unit an indicator's value is expressed in. */
export const satuanSchema = z.enum(['persen', 'rupiah', 'jumlah', 'indeks', 'nilai', 'rasio']);

/** Whether a higher or a lower realisation is better (PermenPANRB No. 6 Tahun 2022, Bab VI). */
export const polaritasSchema = z.enum(['naik', 'turun']);

export type Quantity = z.infer<typeof quantity>;
export type FixedQuantity = z.infer<typeof fixedQuantity>;
export type PercentageFormula = z.infer<typeof percentage>;
export type RatioFormula = z.infer<typeof ratio>;
export type SumFormula = z.infer<typeof sum>;
export type CountFormula = z.infer<typeof count>;
export type ScoreFormula = z.infer<typeof score>;
export type IkmFormula = z.infer<typeof ikm>;
export type SakipFormula = z.infer<typeof sakip>;
export type FormulaDefinition = z.infer<typeof rumusSchema>;
export type FormulaKind = FormulaDefinition['jenis'];
export type Satuan = z.infer<typeof satuanSchema>;
export type Polarity = z.infer<typeof polaritasSchema>;
