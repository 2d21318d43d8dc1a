/**
 * The body of an indicator file from the decree's fourth column: its paragraphs, verbatim, under the
 * site's headings (`SECTION_TITLES`), as the catalogue's existing files have them.
 */
import { SECTION_TITLES, type SectionTitle } from '../catalogue/sections.ts';
import { textToMdx } from '../markdown/mdx-text.ts';

const [MAKNA, ALASAN, PERHITUNGAN] = SECTION_TITLES;

/** The column's paragraphs: one per line of the cell (Alt+Enter in Excel). */
export function paragraphsOf(text: string): string[] {
  return text
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Which heading each paragraph goes under. The formula's paragraph and those after it are the
 * calculation; of the ones before it, the first is the meaning when there are two or more, the rest
 * the reason. Without a recognised formula the last of two or more paragraphs is taken as the
 * calculation; a single paragraph is the reason, as in the decree's short rows.
 */
export function sectionsOf(paragraphs: readonly string[], formulaParagraph?: number): { title: SectionTitle; paragraphs: string[] }[] {
  const n = paragraphs.length;
  const calculation = formulaParagraph ?? (n >= 2 ? n - 1 : n);
  const before = paragraphs.slice(0, calculation);
  const sections: { title: SectionTitle; paragraphs: string[] }[] = [];
  if (before.length >= 2) sections.push({ title: MAKNA, paragraphs: before.slice(0, 1) });
  if (before.length >= 1) sections.push({ title: ALASAN, paragraphs: before.slice(before.length >= 2 ? 1 : 0) });
  if (calculation < n) sections.push({ title: PERHITUNGAN, paragraphs: paragraphs.slice(calculation) });
  return sections;
}

/**
 * The body text: headings and paragraphs separated by blank lines, written by the Markdown tooling so
 * that every paragraph shows as the decree wrote it and nothing in it runs (`src/markdown/mdx-text.ts`).
 * Empty when the column is.
 */
export function bodyOf(paragraphs: readonly string[], formulaParagraph?: number): string {
  return textToMdx(sectionsOf(paragraphs, formulaParagraph).flatMap((s) => [{ heading: s.title }, ...s.paragraphs.map((paragraph) => ({ paragraph }))]));
}
