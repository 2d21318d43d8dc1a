/**
 * The LaTeX of an indicator's formula, derived from its typed definition. What a page typesets,
 * what the open data publishes as `rumus_latex` and what the calculator computes all come from the
 * same `FormulaDefinition`.
 */
import type { FormulaDefinition, FixedQuantity, Quantity } from './definition';

/** Escapes text for use inside \text{...}. */
export function latexText(text: string): string {
  return text.replace(/[\\{}$&#^_%~]/g, (ch) => {
    switch (ch) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${ch}`;
    }
  });
}

function term(quantity: Quantity | FixedQuantity): string {
  if ('tetap' in quantity) {
    const unit = quantity.label.replace(String(quantity.tetap), '').trim();
    return unit ? `${quantity.tetap}\\ \\text{${latexText(unit)}}` : String(quantity.tetap);
  }
  return `\\text{${latexText(quantity.label)}}`;
}

function fraction(top: Quantity | FixedQuantity, bottom: Quantity | FixedQuantity): string {
  return `\\frac{${term(top)}}{${term(bottom)}}`;
}

/** IKM unit value: the sum over the nine unsur of NRR x weight, converted to 25-100 (PermenPANRB 14/2017). */
const IKM_LATEX =
  '\\text{IKM} = \\left( \\sum_{u=1}^{9} \\frac{\\text{Total nilai persepsi unsur } u}{\\text{Jumlah responden}} \\times \\frac{1}{9} \\right) \\times 25';

/** SAKIP total: the four components' scores added up (PermenPANRB 88/2021). */
const SAKIP_LATEX =
  '\\text{Nilai SAKIP} = \\text{Perencanaan} + \\text{Pengukuran} + \\text{Pelaporan} + \\text{Evaluasi Internal}';

/** The formula as the site computes it. */
export function formulaLatex(formula: FormulaDefinition): string {
  switch (formula.jenis) {
    case 'persentase':
      return `${fraction(formula.pembilang, formula.penyebut)} \\times 100\\%`;
    case 'rasio':
      return fraction(formula.pembilang, formula.penyebut);
    case 'jumlah':
      return `\\sum_{i=1}^{n} \\text{${latexText(formula.entri.label)}}_{i}`;
    case 'cacah':
      return `\\text{${latexText(formula.besaran.label)}}`;
    case 'nilai':
      return `\\text{${latexText(formula.besaran.label)}} \\in [${formula.min}, ${formula.maks}]`;
    case 'ikm':
      return IKM_LATEX;
    case 'sakip':
      return SAKIP_LATEX;
  }
}

/**
 * The decree's own (inverted) fraction for a percentage it writes upside down, or undefined when
 * the decree's direction is the one the site computes.
 */
export function invertedDecreeLatex(formula: FormulaDefinition): string | undefined {
  if (formula.jenis !== 'persentase' || !formula.terbalikDalamKeputusan) return undefined;
  return `${fraction(formula.penyebut, formula.pembilang)} \\times 100\\%`;
}
