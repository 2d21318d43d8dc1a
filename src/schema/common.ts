/**
 * Building blocks shared by the collections' schemas (`src/content.config.ts`).
 */
import { z } from 'astro/zod';

/** A non-empty text, trimmed. */
export const text = z.string().trim().min(1);

/** An editorial note: the site's words, never the decree's. */
export const catatan = z.strictObject({
  judul: text,
  teks: text,
});
