/**
 * The body of an indicator file holds the decree's fourth column verbatim, under at most three
 * headings in this order. This module reads those sections back, as the text a reader sees (escapes
 * resolved), for the open data's `penjelasan` and to reject a body that strays from the structure.
 */

import { mdxToText } from '../markdown/mdx-text.ts';

export const SECTION_TITLES = ['Makna', 'Alasan pemilihan', 'Perhitungan'] as const;
export type SectionTitle = (typeof SECTION_TITLES)[number];

export interface Section {
  title: SectionTitle;
  paragraphs: string[];
}

export interface ParsedSections {
  sections: Section[];
  problems: string[];
}

/** Splits an indicator body into its sections; lists what does not fit instead of throwing. */
export function parseSections(body: string): ParsedSections {
  const sections: Section[] = [];
  const problems: string[] = [];
  let current: Section | undefined;
  let lastIndex = -1;
  for (const block of body.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)) {
    const heading = /^##\s+(.+)$/.exec(block);
    if (heading) {
      const title = heading[1]!.trim();
      const index = SECTION_TITLES.indexOf(title as SectionTitle);
      if (index === -1) {
        problems.push(`unknown heading "## ${title}" (allowed: ${SECTION_TITLES.join(', ')})`);
        current = undefined;
      } else if (index <= lastIndex) {
        problems.push(`heading "## ${title}" is out of order or repeated`);
        current = undefined;
      } else {
        current = { title: title as SectionTitle, paragraphs: [] };
        sections.push(current);
        lastIndex = index;
      }
    } else if (current) {
      current.paragraphs.push(mdxToText(block));
    } else if (problems.length === 0) {
      problems.push('text before the first heading');
    }
  }
  for (const s of sections) if (s.paragraphs.length === 0) problems.push(`heading "## ${s.title}" has no text`);
  return { sections, problems };
}

/** The decree's fourth column as plain paragraphs, without the site's headings. */
export function explanationText(body: string): string {
  return parseSections(body)
    .sections.flatMap((s) => s.paragraphs)
    .join('\n\n');
}
