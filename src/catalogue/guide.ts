/**
 * The guidance prose of the pages (collection `panduan`, `content/panduan/<page>/<part>.mdx`).
 *
 * Each page reads the parts listed in ./guide-parts. A part is optional: a page leaves out what it
 * does not find, so another office may supply only some of them. A file the pages would never read (a
 * misspelt page or part), a step without its heading or position, and an unknown figure fail the
 * build, naming the file.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { GUIDE_PARTS, STEP_PAGE, guideProblems, type GuidePage, type GuidePart } from './guide-parts';

export type GuideEntry = CollectionEntry<'panduan'>;

let cached: Promise<GuideEntry[]> | undefined;

async function load(): Promise<GuideEntry[]> {
  const entries = await getCollection('panduan');
  // The glob loader records each file's path (from the project's root, where the build runs).
  const problems = guideProblems(
    entries.map((e) => ({ id: e.id, filePath: e.filePath!, text: readFileSync(e.filePath!, 'utf8'), data: e.data })),
  );
  if (problems.length > 0) throw new Error(`content/panduan/ is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return entries;
}

function guide(): Promise<GuideEntry[]> {
  if (import.meta.env.DEV) return load(); // content may change while the dev server runs
  cached ??= load();
  return cached;
}

/** One fixed part of a page, or undefined when the content does not supply it. */
export async function guidePart<P extends GuidePage>(page: P, part: GuidePart<P>): Promise<GuideEntry | undefined> {
  return (await guide()).find((e) => e.id === `${page}/${part}`);
}

/** A step of the start page: its anchor (the file's name), heading and entry. */
export interface GuideStep {
  anchor: string;
  title: string;
  entry: GuideEntry;
}

/** The start page's steps, by `urutan`. */
export async function startSteps(): Promise<GuideStep[]> {
  const fixed: readonly string[] = GUIDE_PARTS[STEP_PAGE];
  return (await guide())
    .filter((e) => e.id.startsWith(`${STEP_PAGE}/`) && !fixed.includes(e.id.slice(STEP_PAGE.length + 1)))
    .sort((a, b) => a.data.urutan! - b.data.urutan!)
    .map((entry) => ({ anchor: entry.id.slice(STEP_PAGE.length + 1), title: entry.data.judul!, entry }));
}
