/**
 * The guidance prose of the pages (collection `panduan`, `content/panduan/<page>/<part>.mdx`).
 *
 * Each page reads the parts listed in ./guide-parts. A part is optional: a page leaves out what it
 * does not find, so another office may supply only some of them. The files are checked as a whole
 * when they are loaded (src/loaders/guide.ts).
 */
import type { CollectionEntry } from 'astro:content';
import { GUIDE_PARTS, STEP_PAGE, type GuidePage, type GuidePart } from './guide-parts';

export type GuideEntry = CollectionEntry<'panduan'>;

/** A step of the start page: its anchor (the file's name), heading and entry. */
export interface GuideStep {
  anchor: string;
  title: string;
  entry: GuideEntry;
}

export interface Guide {
  /** One fixed part of a page, or undefined when the content does not supply it. */
  part<P extends GuidePage>(page: P, part: GuidePart<P>): GuideEntry | undefined;
  /** The start page's steps, by `urutan`. */
  steps: GuideStep[];
}

export function readGuide(entries: readonly GuideEntry[]): Guide {
  const fixed: readonly string[] = GUIDE_PARTS[STEP_PAGE];
  const steps = entries
    .filter((e) => e.id.startsWith(`${STEP_PAGE}/`) && !fixed.includes(e.id.slice(STEP_PAGE.length + 1)))
    .sort((a, b) => a.data.urutan! - b.data.urutan!)
    .map((entry) => ({ anchor: entry.id.slice(STEP_PAGE.length + 1), title: entry.data.judul!, entry }));
  return { part: (page, part) => entries.find((e) => e.id === `${page}/${part}`), steps };
}
