/**
 * Reading the decree's fourth column: where its formula is written in the decree's usual shape
 * ("A / B x 100%", or "A / B" for a ratio), the formula is the decree's own; otherwise the importer
 * proposes a generic one from the indicator's name, marked `usulan` for staff to review.
 */
import type { z } from 'astro/zod';
import type { indikatorSchema } from '../content.config.ts';
import type { Satuan } from '../schema/formula';

type Indikator = z.input<typeof indikatorSchema>;
export type Rumus = Indikator['rumus'];

export interface FormulaChoice {
  satuan: Satuan;
  rumus: Rumus;
  /** The paragraph that holds the decree's formula, verbatim; absent for a proposal. */
  rumusKeputusan?: string;
}

/** "A / B x 100%": the decree's percentage (the "%" and spaces vary: "x 100 %", "X 100", "× 100%"). */
const PERCENTAGE = /^([^/]+?)\s*\/\s*([^/]+?)\s*[x×]\s*100\s*%?\s*\.?$/i;
/** "A / B": a ratio, recognised only for an indicator named "Rasio ...". */
const RATIO = /^([^/]+?)\s*\/\s*([^/]+?)\s*\.?$/;

const PERCENT_NAME = /^(?:persentase|presentase|prosentase)\s+/i;
const RATIO_NAME = /^rasio\s+/i;

/** The decree's formula in one paragraph, if it has the decree's usual shape. */
export function recognizeFormula(paragraph: string, indikator: string): FormulaChoice | undefined {
  const percentage = PERCENTAGE.exec(paragraph);
  if (percentage) {
    return {
      satuan: 'persen',
      rumus: { jenis: 'persentase', pembilang: { label: percentage[1]! }, penyebut: { label: percentage[2]! } },
      rumusKeputusan: paragraph,
    };
  }
  const ratio = RATIO_NAME.test(indikator) ? RATIO.exec(paragraph) : null;
  if (ratio) {
    return {
      satuan: 'rasio',
      rumus: { jenis: 'rasio', pembilang: { label: ratio[1]! }, penyebut: { label: ratio[2]! } },
      rumusKeputusan: paragraph,
    };
  }
  return undefined;
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A generic formula for an indicator whose formula the importer did not recognise, chosen by the
 * first word of its name: a percentage, a ratio, or else a count. Staff review each one.
 */
export function proposeFormula(indikator: string): FormulaChoice {
  if (PERCENT_NAME.test(indikator)) {
    const subject = indikator.replace(PERCENT_NAME, '');
    return {
      satuan: 'persen',
      rumus: { jenis: 'persentase', pembilang: { label: `Jumlah ${subject}` }, penyebut: { label: 'Jumlah seluruhnya' }, usulan: true },
    };
  }
  if (RATIO_NAME.test(indikator)) {
    const [first, second] = indikator.replace(RATIO_NAME, '').split(/\s+terhadap\s+/i);
    return {
      satuan: 'rasio',
      rumus: {
        jenis: 'rasio',
        pembilang: { label: capitalize(first!) },
        penyebut: { label: second ? capitalize(second) : 'Pembanding' },
        usulan: true,
      },
    };
  }
  return { satuan: 'jumlah', rumus: { jenis: 'cacah', besaran: { label: indikator }, usulan: true } };
}

/** The decree's formula from the column's paragraphs where it is recognised, else a proposal. */
export function chooseFormula(paragraphs: readonly string[], indikator: string): FormulaChoice & { paragraph?: number } {
  for (const [index, paragraph] of paragraphs.entries()) {
    const found = recognizeFormula(paragraph, indikator);
    if (found) return { ...found, paragraph: index };
  }
  return proposeFormula(indikator);
}
