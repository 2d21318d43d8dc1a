/**
 * The typed definition of an indicator's formula, as written in each content file's `rumus`
 * frontmatter. One definition drives the formula a page typesets (KaTeX, at build time), the
 * formula published in the open data, and the calculator that staff use, so they cannot disagree.
 *
 * Field names are the decree's language (Indonesian) because they are authored in content files.
 */

/** A quantity named with the decree's own words, e.g. "Jumlah Peserta BPJS Ketenagakerjaan". */
export interface Quantity {
  /** The decree's words for the quantity, spelling kept. */
  label: string;
  /** What it is counted in, shown beside the field: "orang", "Rp", "dokumen", ... */
  satuan?: string | undefined;
}

/** A denominator fixed by the decree itself (the transmigration indicator's "125 Orang"). */
export interface FixedQuantity {
  label: string;
  tetap: number;
}

interface Common {
  /** True when the decree gives no formula and this one is the site's proposal. */
  usulan?: boolean | undefined;
}

/** part / whole x 100%. */
export interface PercentageFormula extends Common {
  jenis: 'persentase';
  pembilang: Quantity;
  penyebut: Quantity | FixedQuantity;
  /** Whether the part can legitimately exceed the whole (otherwise a warning is shown). */
  bolehLebihDari100?: boolean | undefined;
  /**
   * True when the decree writes this fraction upside down (whole / part): the site computes the
   * meaningful direction and shows the decree's own version beside it with an editorial note.
   */
  terbalikDalamKeputusan?: boolean | undefined;
}

/** part / whole, without x 100% (e.g. supply and demand of labour). */
export interface RatioFormula extends Common {
  jenis: 'rasio';
  pembilang: Quantity;
  penyebut: Quantity;
}

/** A list of entries added up (PMDN realisation in Rupiah per LKPM report, new workers per LKPM). */
export interface SumFormula extends Common {
  jenis: 'jumlah';
  /** What one entry is: "Realisasi investasi PMDN menurut LKPM satu perusahaan". */
  entri: Quantity;
  /** Whether entries are money (exact Rupiah with sen) or whole counts. */
  uang?: boolean | undefined;
}

/** A number of things (promotions held, regulations issued, businesses supervised). */
export interface CountFormula extends Common {
  jenis: 'cacah';
  besaran: Quantity;
}

/** A score read from an external assessment; the calculator only records it. */
export interface ScoreFormula extends Common {
  jenis: 'nilai';
  besaran: Quantity;
  /** The assessment's scale, e.g. 0-100. */
  min: number;
  maks: number;
}

/** Indeks Kepuasan Masyarakat, PermenPANRB No. 14 Tahun 2017. */
export interface IkmFormula extends Common {
  jenis: 'ikm';
}

/** Evaluasi SAKIP, PermenPANRB No. 88 Tahun 2021. */
export interface SakipFormula extends Common {
  jenis: 'sakip';
}

export type FormulaDefinition =
  | PercentageFormula
  | RatioFormula
  | SumFormula
  | CountFormula
  | ScoreFormula
  | IkmFormula
  | SakipFormula;

export type FormulaKind = FormulaDefinition['jenis'];

/** Whether a higher or a lower realisation is better (PermenPANRB No. 6 Tahun 2022, Bab VI). */
export type Polarity = 'naik' | 'turun';

/** The unit an indicator's value is expressed in. */
export type Satuan = 'persen' | 'rupiah' | 'jumlah' | 'indeks' | 'nilai' | 'rasio';
