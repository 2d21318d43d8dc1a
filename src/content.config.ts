/**
 * The content model: one schema per collection, the only place where the shape of the catalogue is
 * defined. A content file that does not fit fails the build, and Astro names the file and the field.
 * Cross-entry rules (unknown unit, duplicate indicator) live in `src/catalogue/integrity.ts`, and
 * those of the decree's structure (a lampiran or a kind of unit the decree or the office does not
 * declare) in `src/catalogue/structure.ts`.
 * Code takes its types from here (`CollectionEntry`) or from `src/schema/` (`z.infer`), never from a
 * second declaration of the same shape.
 */
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './catalogue/content-dir';
import { capaianLoader } from './loaders/capaian';
import { guideLoader } from './loaders/guide';
import { ANNUAL_RULES } from './domain/measurement/annual';
import { accentProblems } from './theme/accent';
import { HEX_COLOUR } from './theme/contrast';
import { HEAD_KIND } from './catalogue/structure';
import { catatan, text } from './schema/common';
import { polaritasSchema, rumusSchema, satuanSchema } from './schema/formula';
import { istilahSchema } from './schema/istilah';

/**
 * Where a table cell's value comes from: written in its own row (`tertulis`), continued from the row
 * above because the PDF merged the cells (`gabungan`), or found in the neighbouring column because
 * the row's columns are shifted in the decree (`bergeser`).
 */
export const asalSel = z.enum(['tertulis', 'gabungan', 'bergeser']);

/** The two levels of indicator of Indonesian performance management (PermenPAN 9/2007). */
export const tingkat = z.enum(['IKU', 'IK']);

export const indikatorSchema = z.strictObject({
  tingkat,
  /** The decree's appendix that lists it: one of the `lampiran` codes of the decree record. */
  lampiran: text,
  /** The table's position in its appendix (1 in an appendix of one table). */
  tabel: z.number().int().positive(),
  /** The NO column in its table. */
  nomor: z.number().int().positive(),
  sasaran: text,
  indikator: text,
  penanggungJawab: reference('unit'),
  penanggungJawabSel: asalSel,
  sumberData: text.optional(),
  sumberDataSel: asalSel.optional(),
  satuan: satuanSchema,
  polaritas: polaritasSchema,
  /** The formula exactly as the decree writes it; absent where the decree gives none. */
  rumusKeputusan: text.optional(),
  rumus: rumusSchema,
  /**
   * From quarters to the year, where the formula kind's default rule does not fit or the decree sets
   * it; `dasar` quotes the decree's words (src/domain/measurement/annual.ts).
   */
  rekapTahunan: z.strictObject({ aturan: z.enum(ANNUAL_RULES), dasar: text.optional() }).optional(),
  /**
   * The id of the indicator this one continues under another name, as the office confirms it: a
   * later decree renamed it. Without it, versions are the same indicator when their names match
   * (case and spaces aside; src/domain/decree/match.ts).
   */
  sebelumnya: text.optional(),
  catatan: z.array(catatan).default([]),
});

export const unitSchema = z.strictObject({
  /** The unit's name as the decree spells it. */
  nama: text,
  /** The kind of unit: one of the `jenisUnit` codes of the office record. */
  jenis: text,
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
  /** Where in the decree this signature block stands: the body or an appendix. */
  bagian: text,
  jabatan: text,
  nama: text,
  nip: text,
});

/**
 * One appendix of the decree and what its structure decides: the code indicators give in their
 * `lampiran` field, the levels of indicator it holds, and whether it is one table or one table per
 * unit. The list's order is the decree's order of appendices.
 */
const lampiran = z.strictObject({
  /** The code indicators use: "I", "II". */
  lampiran: text,
  /** How the site names it in references: "Lampiran I". */
  nama: text,
  /** Its number and subject, as the appendix itself writes them. */
  nomor: text,
  tentang: text,
  /** The levels of indicator it holds. */
  tingkat: z.array(tingkat).min(1),
  /** `satu`: one table (positions read "Lampiran I, NO 2"); `per-unit`: one table per unit
   * ("Lampiran II, tabel 5, NO 2"). */
  tabel: z.enum(['satu', 'per-unit']),
});

/** A zod check that no two items of a list share the value of `key`. */
function uniqueBy<K extends string>(key: K) {
  return (items: Record<K, string>[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (seen.has(item[key])) ctx.addIssue({ code: 'custom', path: [index, key], message: `"${item[key]}" is listed twice` });
      seen.add(item[key]);
    });
  };
}

/** An earlier decree named by its number (the site's form or the decree's own) and subject. */
const keputusanLain = z.strictObject({ nomor: text, tentang: text });

export const keputusanSchema = z
  .strictObject({
    /** The office that issued it: the id of its record in content/kantor/. */
    kantor: reference('kantor'),
    judul: text,
    /** The number as the decree itself writes it. */
    nomor: text,
    /** The number in the one form the site writes it ("050/17/KPTS/2024"). */
    nomorSitus: text,
    tentang: text,
    /** The planning period it covers, first and last year (a Renstra period: 2021-2026). */
    periode: z
      .strictObject({ awal: z.number().int().min(1900).max(2999), akhir: z.number().int().min(1900).max(2999) })
      .refine((p) => p.awal <= p.akhir, { message: 'periode.awal is after periode.akhir', path: ['akhir'] }),
    /** The decree it amends (same period, some rows changed), when it is an amendment. */
    mengubah: keputusanLain.optional(),
    /** The decree it replaces (a new period), when it replaces one. */
    mencabut: keputusanLain.optional(),
    menimbang: z.array(text).min(1),
    mengingat: z.array(text).min(1),
    memperhatikan: z.array(text).min(1),
    memutuskan: z.array(z.strictObject({ diktum: text, isi: text })).min(1),
    ditetapkanDi: text,
    tanggal: z.iso.date(),
    penandatangan: z.array(penandatangan).min(1),
    lampiran: z.array(lampiran).min(1).superRefine(uniqueBy('lampiran')),
    catatan: z.array(catatan).default([]),
  })
  .refine((k) => !(k.mengubah && k.mencabut), { message: 'a decree either amends (mengubah) or replaces (mencabut) another, not both', path: ['mencabut'] });

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
  /** The office's full name, without its region: "Badan Perencanaan Pembangunan Daerah". */
  nama: text,
  /** The short name the office goes by: "Bappeda". */
  singkatan: text,
  /** The region it serves: "Kota Tanjung Harapan". */
  wilayah: text,
  tingkatPemerintahan: z.enum(['provinsi', 'kabupaten', 'kota']),
  /** The head's title, who issues the decree: "Kepala Badan" ("Keputusan Kepala Badan Nomor ..."). */
  pimpinan: text,
  alamat: text.optional(),
  situs: z.url().optional(),
  /** The office's own logo: an SVG or PNG file beside the record, as the office provided it. */
  logo: text
    .regex(/^[\w.-]+\.(svg|png)$/i, 'Tulis nama berkas SVG atau PNG di folder yang sama, misalnya logo.svg.')
    .superRefine((file, context) => {
      const folder = join(contentDir, 'kantor');
      if (!existsSync(join(folder, file))) context.addIssue({ code: 'custom', message: `Berkas ${file} tidak ada di ${folder}/.` });
    })
    .optional(),
  warnaAksen: warnaAksen.optional(),
  /**
   * The kinds of unit the office is made of, in the order the office lists them, with the label
   * the pages show. `kepala` is the head of the office, the root of the performance tree.
   */
  jenisUnit: z
    .array(z.strictObject({ kode: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a lower-case code such as "sub-bagian"'), label: text }))
    .min(1)
    .superRefine(uniqueBy('kode'))
    .refine((kinds) => kinds.some((k) => k.kode === HEAD_KIND), { message: `lists no kind "${HEAD_KIND}" (the head of the office)` }),
});

/**
 * The guidance around the facts on some pages (`content/panduan/<page>/<part>.mdx`): the office's
 * own words, so that it edits them without touching code. Which parts each page reads, and what a
 * part must have, is listed in `src/catalogue/guide-parts.ts` and checked by its loader
 * (`src/loaders/guide.ts`); a page leaves out a part it does not find.
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

/**
 * One year's published figures (`content/capaian/<tahun>.csv`, read by `src/loaders/capaian.ts`):
 * the year from the file's name, the file's text as the body. Its rows and their columns are
 * described and checked by `src/domain/measurement/csv.ts`, against the catalogue's indicators.
 */
export const capaianSchema = z.strictObject({
  tahun: z.number().int(),
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
    loader: guideLoader(`${contentDir}/panduan`),
    schema: panduanSchema,
  }),
  capaian: defineCollection({
    loader: capaianLoader(`${contentDir}/capaian`),
    schema: capaianSchema,
  }),
};
