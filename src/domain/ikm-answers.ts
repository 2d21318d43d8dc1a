/**
 * The respondents' answers of an IKM survey (PermenPANRB 14/2017) pasted from a spreadsheet, read
 * into the respondent count and each unsur's total for `ikmScore` (`ikm.ts`). A module of its own:
 * the calculator loads it only when the person chooses to paste answers.
 */
import { type Decimal, decimal } from './number/decimal';
import { IKM_UNSUR } from './ikm-survey';

export type IkmAnswersRead =
  | { ok: true; respondents: number; totals: Decimal[]; headerSkipped: boolean }
  | { ok: false; message: string };

/** Most problems listed in one message; the rest are counted. */
const MAX_REPORTED_LINES = 3;

/**
 * Raw answers pasted from a spreadsheet: one respondent per line, nine answers of 1-4 in the
 * regulation's unsur order, separated by tabs, semicolons, commas or spaces. Blank lines are
 * ignored; a first line with letters (column titles) is skipped. Gives the respondent count and
 * each unsur's total, or a message naming the lines at fault.
 */
export function parseIkmAnswers(text: string): IkmAnswersRead {
  const lines = text.split(/\r\n|\r|\n/).map((line, index) => ({ number: index + 1, text: line.trim() }));
  const filled = lines.filter((line) => line.text !== '');
  let headerSkipped = false;
  if (filled.length > 0 && /\p{L}/u.test(filled[0]!.text)) {
    filled.shift();
    headerSkipped = true;
  }
  if (filled.length === 0) {
    return { ok: false, message: 'Tempel jawaban responden: satu baris per responden, sembilan nilai 1–4.' };
  }
  const totals = IKM_UNSUR.map(() => 0n);
  const problems: string[] = [];
  for (const line of filled) {
    const values = line.text.split(/[\t;,\s]+/).filter((value) => value !== '');
    if (values.length !== IKM_UNSUR.length) {
      problems.push(`Baris ${line.number}: ada ${values.length} nilai, seharusnya 9 (satu per unsur).`);
      continue;
    }
    const bad = values.findIndex((value) => !/^[1-4]$/.test(value));
    if (bad >= 0) {
      problems.push(`Baris ${line.number}, kolom ${bad + 1}: “${values[bad]!.slice(0, 12)}” bukan nilai 1–4.`);
      continue;
    }
    values.forEach((value, index) => {
      totals[index] = totals[index]! + BigInt(value);
    });
  }
  if (problems.length > 0) {
    const more = problems.length - MAX_REPORTED_LINES;
    const listed = problems.slice(0, MAX_REPORTED_LINES).join(' ');
    return { ok: false, message: more > 0 ? `${listed} Ada ${more} baris lain yang juga bermasalah.` : listed };
  }
  return { ok: true, respondents: filled.length, totals: totals.map((total) => decimal(total)), headerSkipped };
}
