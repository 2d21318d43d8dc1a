/**
 * The glossary's schema, apart from the collections so that the Markdown pipeline, which runs
 * before the collections can be queried, reads the terms with it too (`src/markdown/glossary-terms.ts`).
 */
import { z } from 'astro/zod';
import { catatan, text } from './common';

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
