/** What the worksheet page gives its island: plain data, written into the page as props. */
import type { FieldWords, TextColumn } from '../../catalogue/worksheet-fields';
import type { Polarity } from '../../domain/formula/definition';
import type { WorksheetIndicator } from '../../domain/worksheet/figures';
import type { FormWords, KIND_WORDS } from '../calculator/words';

export interface SheetIndicator extends WorksheetIndicator {
  /** The indicator's name, as the decree writes it. */
  nama: string;
  sasaran: string;
  tingkat: 'IKU' | 'IK';
  /** The responsible unit's id. */
  unit: string;
  /** The indicator's page, with the site's base. */
  href: string;
}

export interface SheetUnit {
  id: string;
  nama: string;
}

export interface WorksheetProps {
  /** In the decree's order. */
  indicators: SheetIndicator[];
  /** Units with indicators, in the decree's order. */
  units: SheetUnit[];
  /** The years the decree covers. */
  years: number[];
  /** The year chosen when the address names none. */
  defaultYear: number;
  /** The kinds' fixed words (`words.ts`), as the calculators get them. */
  words: typeof KIND_WORDS;
  /** The words every kind's form shares (`FORM_WORDS` in `words.ts`): the error summary's title. */
  formWords: FormWords;
  /**
   * The words around the target and the capaian (`capaian-notes.ts`), by polarity, written by the
   * page: in the script they would also grow the calculators' shared chunk on every indicator page.
   */
  notes: WorksheetNotes;
  /** The labels and hints of each entry's free-text fields, from the guidance (`worksheet-fields.ts`). */
  fields: Record<TextColumn, FieldWords>;
}

export interface WorksheetNotes {
  targetHint: Record<Polarity, string>;
  capaianRumus: Record<Polarity, string>;
  capaianSumber: string;
}
