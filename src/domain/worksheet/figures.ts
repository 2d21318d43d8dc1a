/**
 * What an entry amounts to: its target, its realisasi (computed by the indicator's calculator, or
 * taken from an imported file) and its capaian. The same reading feeds the screen, the printed
 * table and the exported CSV row, so they cannot disagree.
 */
import { type Achievement, achievement } from '../achievement';
import { type Computations, computationOf, evaluateIndicator } from '../calculator/kinds';
import { type Evaluation, type IndicatorFormula, summaryLines } from '../calculator/model';
import type { Decimal } from '../number/decimal';
import { parseIndonesianNumber } from '../number/parse';
import type { WorksheetEntry } from './entry';

/** An indicator as the worksheet knows it: the calculator's view of it. */
export interface WorksheetIndicator extends IndicatorFormula {
  /** What its kind computes with, once loaded, where that is a module of its own (IKM, jumlah). */
  computation?: Computations[keyof Computations];
}

/** The indicators, each with what its kind computes with among `computations`. */
export function withComputations<I extends WorksheetIndicator>(indicators: readonly I[], computations: Computations): I[] {
  return indicators.map((indicator) => ({ ...indicator, computation: computationOf(indicator.rumus, computations) }));
}

/** The calculator's evaluation of an entry, exactly as the indicator's page would compute it. */
export function evaluateEntry(indicator: WorksheetIndicator, entry: WorksheetEntry): Evaluation {
  return evaluateIndicator(indicator, entry.state, indicator.computation);
}

export interface EntryFigures {
  target?: Decimal | undefined;
  realisasi?: Decimal | undefined;
  /** Where the realisasi comes from: the inputs, or an imported file. */
  asal?: 'hitung' | 'berkas' | undefined;
  achievement?: Achievement | undefined;
  /**
   * The first problem that keeps the entry from being a figure: the input it is on, and the message
   * naming the input as the calculators' error summary does ("Kebutuhan: Tidak terbaca ...").
   */
  problem?: { name: string; message: string } | undefined;
}

function problemOf(evaluation: Evaluation, name: string, message: string): EntryFigures['problem'] {
  const line = summaryLines(evaluation, { [name]: message }, '')[0];
  return { name, message: line?.text ?? message };
}

/** Whether any of the calculator's inputs (not the target) holds text. */
export function inputsFilled(entry: WorksheetEntry): boolean {
  return Object.entries(entry.state.texts).some(([name, text]) => name !== 't' && text.trim() !== '');
}

/**
 * The figures of an entry. The inputs, once any is filled, give the realisasi (and must all be
 * valid); until then a realisasi from a file stands. A target is read as the calculator reads it.
 */
export function entryFigures(indicator: WorksheetIndicator, entry: WorksheetEntry, evaluation = evaluateEntry(indicator, entry)): EntryFigures {
  const figures: EntryFigures = {};
  const targetText = entry.state.texts.t ?? '';
  if (targetText.trim() !== '') {
    const target = parseIndonesianNumber(targetText);
    if (target.ok) figures.target = target.value;
    else return { problem: problemOf(evaluation, 't', target.message) };
  }
  if (inputsFilled(entry)) {
    const first = evaluation.errors[0];
    if (first) return { ...figures, problem: problemOf(evaluation, first.name, first.message) };
    if (!evaluation.result) throw new Error(`${indicator.id}: valid inputs without a result`);
    figures.realisasi = evaluation.result.value;
    figures.asal = 'hitung';
  } else if (entry.berkas.trim() !== '') {
    const read = parseIndonesianNumber(entry.berkas);
    if (!read.ok) return { ...figures, problem: { name: 'berkas', message: `Realisasi dari berkas: ${read.message}` } };
    figures.realisasi = read.value;
    figures.asal = 'berkas';
  }
  if (figures.target && figures.realisasi) {
    const outcome = achievement(figures.realisasi, figures.target, indicator.polaritas);
    if (outcome.ok) figures.achievement = outcome.result;
    else return { ...figures, problem: problemOf(evaluation, 't', outcome.errors[0]!.message) };
  }
  return figures;
}
