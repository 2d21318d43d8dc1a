/**
 * The static words around the target and the capaian: whether the target is optional and which way
 * the indicator's polarity runs, how a capaian is computed, and where its categories come from.
 * Fixed words, so the page writes them: `CalculatorIsland.astro` gives them to the island as props
 * (bytes: see the README's budgets).
 */
import { ACHIEVEMENT_BANDS } from '../../domain/achievement';
import type { Polarity } from '../../domain/formula/definition';

/** Under the target input. */
export function targetHint(polaritas: Polarity): string {
  return `Opsional: isi untuk menghitung capaian. Polaritas indikator ini ${
    polaritas === 'naik' ? 'naik: makin tinggi' : 'turun: makin rendah'
  } realisasi, makin baik.`;
}

/** PermenPANRB 6/2022, Bab VI: capaian by polarity. */
export function achievementFormulaNote(polaritas: Polarity): string {
  return polaritas === 'naik'
    ? 'Polaritas naik: capaian = realisasi / target × 100%.'
    : 'Polaritas turun: capaian = (2 × target − realisasi) / target × 100% (PermenPANRB 6/2022, Bab VI).';
}

export const ACHIEVEMENT_SOURCE_NOTE = `Sumber kategori: ${ACHIEVEMENT_BANDS.sumber} ${ACHIEVEMENT_BANDS.catatan}`;

/** The static words of an indicator's calculator, written by the page: they cost no script. */
export interface AchievementNotes {
  /** Under the target: optional, and the indicator's polarity in words (`targetHint`). */
  targetHint: string;
  /** Under a capaian: how it is computed for the polarity (`achievementFormulaNote`). */
  achievementFormula: string;
  /** Under a capaian: where its categories come from (`ACHIEVEMENT_SOURCE_NOTE`). */
  achievementSource: string;
}

/** The notes of an indicator of this polarity. */
export function achievementNotes(polaritas: Polarity): AchievementNotes {
  return { targetHint: targetHint(polaritas), achievementFormula: achievementFormulaNote(polaritas), achievementSource: ACHIEVEMENT_SOURCE_NOTE };
}
