/**
 * What the jumlah kind computes with (`sum.ts`): the sum of `src/domain/formula/sum.ts` and the
 * reading of a pasted list. A module of its own, imported by an indicator page once the person
 * starts filling in the form.
 */
import type { Decimal } from '../../number/decimal';
import { parseIndonesianNumber } from '../../number/parse';

export { sumEntries } from '../../formula/sum';

/** Most faulty lines named in one message; the rest are counted. */
const MAX_REPORTED_LINES = 3;

export interface PastedList {
  /** The figures, in order. */
  entries: Decimal[];
  /** The line number of each figure. */
  lines: number[];
  /** The lines that are not figures, named in one message. */
  problem?: string;
}

/** A list pasted one figure per line (blank lines ignored), read as the fields read a figure. */
export function readPastedList(text: string): PastedList {
  const list: PastedList = { entries: [], lines: [] };
  const problems: string[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (line.trim() === '') return;
    const number = parseIndonesianNumber(line);
    if (number.ok) {
      list.entries.push(number.value);
      list.lines.push(index + 1);
    } else problems.push(`Baris ${index + 1}: ${number.message}`);
  });
  const more = problems.length - MAX_REPORTED_LINES;
  if (problems.length > 0) {
    list.problem = problems.slice(0, MAX_REPORTED_LINES).join(' ') + (more > 0 ? ` Ada ${more} baris lain yang juga bermasalah.` : '');
  }
  return list;
}
