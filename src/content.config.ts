/**
 * The content model: one schema per collection, the only place where the shape of the catalogue is
 * defined. A content file that does not fit fails the build, and Astro names the file and the field.
 * Cross-entry rules (unknown unit, duplicate indicator) live in `src/catalogue/integrity.ts`.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './catalogue/content-dir';
import { ANNUAL_RULES } from './domain/measurement/annual';
import { accentProblems } from './theme/accent';
import { HEX_COLOUR } from './theme/contrast';

const text = z.string().trim().min(1);

/** An editorial note: the site's words, never the decree's. */
const catatan = z.object({
  judul: text,
  teks: text,
});

const quantity = z.strictObject({ label: text, satuan: text.optional() });
const fixedQuantity = z.strictObject({ label: text, tetap: z.number().positive() });
const proposal = { usulan: z.boolean().optional() };

/** Mirrors `FormulaDefinition` in src/domain/formula/definition.ts (checked by a type test). */
export const rumusSchema = z.discriminatedUnion('jenis', [
  z.strictObject({
    jenis: z.literal('persentase'),
    pembilang: quantity,
    penyebut: z.union([fixedQuantity, quantity]),
    bolehLebihDari100: z.boolean().optional(),
    terbalikDalamKeputusan: z.boolean().optional(),
    ...proposal,
  }),
  z.strictObject({ jenis: z.literal('rasio'), pembilang: quantity, penyebut: quantity, ...proposal }),
  z.strictObject({ jenis: z.literal('jumlah'), entri: quantity, uang: z.boolean().optional(), ...proposal }),
  z.strictObject({ jenis: z.literal('cacah'), besaran: quantity, ...proposal }),
  z.strictObject({
    jenis: z.literal('nilai'),
    besaran: quantity,
    min: z.number(),
    maks: z.number(),
    ...proposal,
  }),
  z.strictObject({ jenis: z.literal('ikm'), ...proposal }),
  z.strictObject({ jenis: z.literal('sakip'), ...proposal }),
]);

/**
 * Where a table cell's value comes from: written in its own row (`tertulis`), continued from the row
 * above because the PDF merged the cells (`gabungan`), or found in the neighbouring column because
 * the row's columns are shifted in the decree (`bergeser`).
 */
export const asalSel = z.enum(['tertulis', 'gabungan', 'bergeser']);

export const indikatorSchema = z.strictObject({
  tingkat: z.enum(['IKU', 'IK']),
  lampiran: z.enum(['I', 'II']),
  /** The table's position in its Lampiran (Lampiran I has one table). */
  tabel: z.number().int().positive(),
  /** The NO column in its table. */
  nomor: z.number().int().positive(),
  sasaran: text,
  indikator: text,
  penanggungJawab: reference('unit'),
  penanggungJawabSel: asalSel,
  sumberData: text.optional(),
  sumberDataSel: asalSel.optional(),
  satuan: z.enum(['persen', 'rupiah', 'jumlah', 'indeks', 'nilai', 'rasio']),
  polaritas: z.enum(['naik', 'turun']),
  /** The formula exactly as the decree writes it; absent where the decree gives none. */
  rumusKeputusan: text.optional(),
  rumus: rumusSchema,
  /**
   * From quarters to the year, where the formula kind's default rule does not fit or the decree sets
   * it; `dasar` quotes the decree's words (src/domain/measurement/annual.ts).
   */
  rekapTahunan: z.strictObject({ aturan: z.enum(ANNUAL_RULES), dasar: text.optional() }).optional(),
  catatan: z.array(catatan).default([]),
});

export const unitSchema = z.strictObject({
  /** The unit's name as the decree spells it. */
  nama: text,
  jenis: z.enum(['kepala', 'sekretariat', 'bidang', 'sub-bagian', 'sub-koordinator']),
  /** Position among the units, in the decree's order. */
  urutan: z.number().int().nonnegative(),
  induk: reference('unit').optional(),
  /** True when the decree does not state the parent unit and the site inferred it from the names. */
  indukDisimpulkan: z.boolean().default(false),
  /** Other spellings of the name found in the decree. */
  ejaanLain: z.array(text).default([]),
  catatan: z.array(catatan).default([]),
});

const penandatangan = z.strictObject({
  /** Where in the decree this signature block stands: the body, Lampiran I or Lampiran II. */
  bagian: text,
  jabatan: text,
  nama: text,
  nip: text,
});

export const keputusanSchema = z.strictObject({
  judul: text,
  nomor: text,
  tentang: text,
  mengubah: z.strictObject({ nomor: text, tentang: text }),
  menimbang: z.array(text).min(1),
  mengingat: z.array(text).min(1),
  memperhatikan: z.array(text).min(1),
  memutuskan: z.array(z.strictObject({ diktum: text, isi: text })).min(1),
  ditetapkanDi: text,
  tanggal: z.iso.date(),
  penandatangan: z.array(penandatangan).min(1),
  lampiran: z.array(z.strictObject({ lampiran: z.enum(['I', 'II']), nomor: text, tentang: text })),
  catatan: z.array(catatan).default([]),
});

const hexColour = z.string().regex(HEX_COLOUR, 'Tulis warna sebagai #rrggbb, misalnya #0b5cad.');

/** An accent colour per theme; the build refuses one that fails WCAG 2.1 AA on that theme. */
const warnaAksen = z
  .strictObject({ terang: hexColour, gelap: hexColour })
  .superRefine((colours, context) => {
    for (const theme of ['terang', 'gelap'] as const) {
      for (const message of accentProblems(theme, colours[theme])) context.addIssue({ code: 'custom', path: [theme], message });
    }
  });

/**
 * The office that publishes the catalogue: every page takes its name, region and decree number from
 * here, so that another office adopts the site by replacing `content/`. A logo and an accent colour
 * are optional: without them the site keeps its own look.
 */
export const kantorSchema = z.strictObject({
  /** The office's full name, without its region: "Dinas Penanaman Modal, ...". */
  nama: text,
  /** The short name the office goes by: "DPMPTSPTK". */
  singkatan: text,
  /** The region it serves: "Kabupaten Balangan". */
  wilayah: text,
  tingkatPemerintahan: z.enum(['provinsi', 'kabupaten', 'kota']),
  alamat: text.optional(),
  situs: z.url().optional(),
  /** The decree's number in the one form the site writes it. */
  nomorKeputusan: text,
  /** The office's own logo: an SVG or PNG file beside the record, as the office provided it. */
  logo: text
    .regex(/^[\w.-]+\.(svg|png)$/i, 'Tulis nama berkas SVG atau PNG di folder yang sama, misalnya logo.svg.')
    .superRefine((file, context) => {
      const folder = join(contentDir, 'kantor');
      if (!existsSync(join(folder, file))) context.addIssue({ code: 'custom', message: `Berkas ${file} tidak ada di ${folder}/.` });
    })
    .optional(),
  warnaAksen: warnaAksen.optional(),
});

/** A glossary entry: an abbreviation or term the decree uses, and what it means. */
export const istilahSchema = z.strictObject({
  /** The term as the decree writes it: "BPU", "LKPM", "Angkatan Kerja". */
  istilah: text,
  /** What the abbreviation stands for, when it is one. */
  kepanjangan: text.optional(),
  /** Its meaning, in plain Indonesian. */
  arti: text,
  /** The regulation behind it, where there is one. */
  dasarHukum: text.optional(),
  /** Other forms of the term in the decree or in common use, which should find this entry. */
  padanan: z.array(text).default([]),
  /** True when the decree never defines the term and the meaning is the site's reading. */
  tafsiranSitus: z.boolean().default(false),
  catatan: z.array(catatan).default([]),
});

/**
 * The guidance around the facts on some pages (`content/panduan/<page>/<part>.mdx`): the office's
 * own words, so that it edits them without touching code. Which parts each page reads, and what a
 * part must have, is listed in `src/catalogue/guide.ts`; a page leaves out a part it does not find.
 * Live figures and names come from components used in the text (`<Angka nama="iku" />`), never typed.
 */
export const panduanSchema = z.strictObject({
  /** The part's heading, where the page gives it one (each step of the start page). */
  judul: text.optional(),
  /** A step's position on the start page, from 1. */
  urutan: z.number().int().positive().optional(),
  /** "Next" links after a step of the start page: the words, and a path inside the site without its base ("pohon-kinerja/"). */
  lanjut: z.array(z.strictObject({ teks: text, ke: text })).default([]),
});

export const collections = {
  indikator: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/indikator` }),
    schema: indikatorSchema,
  }),
  unit: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/unit` }),
    schema: unitSchema,
  }),
  istilah: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/istilah` }),
    schema: istilahSchema,
  }),
  kantor: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/kantor` }),
    schema: kantorSchema,
  }),
  keputusan: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: `${contentDir}/keputusan` }),
    schema: keputusanSchema,
  }),
  panduan: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: `${contentDir}/panduan` }),
    schema: panduanSchema,
  }),
};
