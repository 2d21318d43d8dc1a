/**
 * An indicator's formula as one line of plain text, for places that cannot typeset LaTeX: the
 * MS-Ind form's "Metode/Rumus Penghitungan" in a CSV cell or a spreadsheet. It says what
 * `formulaLatex` typesets, from the same definition, in the decree's own way of writing a formula
 * ("A / B x 100%").
 */
import type { FormulaDefinition } from './definition';
import { SAKIP_COMPONENTS } from '../sakip-components';

/** IKM per PermenPANRB 14/2017: the nine unsur's NRR, each weighted 1/9, converted to 25-100. */
const IKM_TEXT =
  'IKM = (Σ untuk unsur u = 1 sampai 9 dari (Total nilai persepsi unsur u / Jumlah responden) × 1/9) × 25 (PermenPANRB No. 14 Tahun 2017)';

/** SAKIP per PermenPANRB 88/2021: the four components' scores added up. */
const SAKIP_TEXT = `Nilai SAKIP = ${SAKIP_COMPONENTS.map((c) => c.nama).join(' + ')} (PermenPANRB No. 88 Tahun 2021)`;

/** The formula the site computes, as plain text. */
export function formulaText(formula: FormulaDefinition): string {
  switch (formula.jenis) {
    case 'persentase':
      return `${formula.pembilang.label} / ${formula.penyebut.label} × 100%`;
    case 'rasio':
      return `${formula.pembilang.label} / ${formula.penyebut.label}`;
    case 'jumlah':
      return `Jumlah seluruh entri ${formula.entri.label}`;
    case 'cacah':
      return formula.besaran.label;
    case 'nilai':
      return `${formula.besaran.label}, skala ${formula.min} sampai ${formula.maks}`;
    case 'ikm':
      return IKM_TEXT;
    case 'sakip':
      return SAKIP_TEXT;
  }
}
