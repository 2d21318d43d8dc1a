/**
 * The earlier and the new text of a changed field as a word diff, for an indicator's history: runs
 * of words kept, removed or added (a change of spacing alone is none). The `diff` package (jsdiff)
 * finds them at build time; the page marks removed words with <del> and added words with <ins>, so no script runs in the browser.
 *
 * Pure: plain strings in, plain objects out.
 */
import { diffWords } from 'diff';

export type WordChange = 'sama' | 'hapus' | 'tambah';

export interface WordRun {
  change: WordChange;
  text: string;
}

/** The runs of words that turn `before` into `after`, in reading order (removed before added). */
export function wordDiff(before: string, after: string): WordRun[] {
  return diffWords(before, after).map((part) => ({
    change: part.removed ? 'hapus' : part.added ? 'tambah' : 'sama',
    text: part.value,
  }));
}
