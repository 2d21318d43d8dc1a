/**
 * An Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): from each unsur's total score, or from the
 * respondents' answers pasted from a spreadsheet, with the weight 1/9 or the forms' 0,111. The
 * computation is a module of its own (`ikm-computation.ts`, `loadIkmComputation`), which the caller
 * gives once loaded; until then the kind reads its inputs and gives no result.
 */
import type { IkmFormula } from '../../formula/definition';
import type { IkmInput, IkmResult } from '../../ikm';
import { IKM_FIELD, IKM_UNSUR } from '../../ikm-survey';
import { decimal } from '../../number/decimal';
import { formatExactNumber } from '../../number/format';
import { type FieldSpec, type Kind, settle } from '../model';

export interface IkmLayout {
  respondents: FieldSpec;
  /** The nine unsur, in the regulation's order. */
  unsur: FieldSpec[];
  /** The pasted answers (m=tempel). */
  paste: FieldSpec;
}

/** The input of each of the computation's field keys. */
const INPUTS: Record<string, string> = { [IKM_FIELD.responden]: 'r' };
IKM_UNSUR.forEach((_, index) => {
  INPUTS[IKM_FIELD.unsur(index + 1)] = `u${index + 1}`;
});

/** What the kind computes with. */
export type IkmComputation = typeof import('./ikm-computation');

/** Loads the computation: a module of its own, so that an indicator page fetches it only when needed. */
export const loadIkmComputation = (): Promise<IkmComputation> => import('./ikm-computation');

export const ikmKind: Kind<IkmFormula, IkmResult, IkmLayout, IkmComputation> = (reader, _indicator, computation) => {
  const { state } = reader;
  const respondents: FieldSpec = {
    name: 'r',
    label: 'Jumlah responden (kuesioner yang terisi)',
    unit: { text: 'orang', position: 'suffix' },
  };
  const unsur: FieldSpec[] = IKM_UNSUR.map((nama, index) => ({ name: `u${index + 1}`, label: `${index + 1}. ${nama}` }));
  const paste: FieldSpec = {
    name: 'p',
    label: 'Jawaban responden',
    lines: 8,
    short: 'Isian tempel',
  };
  let input: IkmInput | undefined;
  if (state.paste) {
    reader.param('m', 'tempel');
    const text = reader.text(paste);
    const answers = computation?.parseIkmAnswers(text);
    if (answers?.ok) {
      input = { respondents: decimal(answers.respondents), totals: answers.totals };
      reader.status.p!.read =
        `${answers.respondents} responden; total per unsur ${answers.totals.map(formatExactNumber).join(', ')}` +
        (answers.headerSkipped ? ' (baris judul dilewati)' : '');
    } else if (answers) reader.fail('p', answers.message);
  } else {
    const count = reader.read(respondents);
    const totals = unsur.map((spec) => reader.read(spec));
    if (count && totals.every(Boolean)) input = { respondents: count, totals: totals as IkmInput['totals'] };
  }
  if (state.rounded) reader.param('w', '0111');

  return {
    layout: { respondents, unsur, paste },
    satuan: 'indeks',
    compute: () => input && computation && settle(reader, computation.ikmScore(input, state.rounded ? 'rounded' : 'exact'), INPUTS),
  };
};
