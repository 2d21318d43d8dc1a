/**
 * The examples the start page ("Mulai di sini") picks from the catalogue: an indicator to try the
 * calculator on, worked capaian examples, the abbreviations most worth looking up first, and the
 * decree's reason for choosing an IKU.
 */
import { indicatorsUsingTerm, type Catalogue, type Indicator, type TermEntry } from './load';
import { parseSections } from './sections';
import { unitKindLabel } from './office';
import { achievement, type Achievement } from '../domain/achievement';
import { decimalFromString } from '../domain/number/decimal';
import type { Polarity } from '../domain/formula/definition';

/**
 * The indicator the start page sends a newcomer to: one whose decree formula is a plain percentage,
 * written the right way round, with no editorial note to read first (else the first indicator).
 */
export function calculatorExample(indicators: readonly Indicator[]): Indicator {
  return (
    indicators.find(
      (i) =>
        i.data.rumus.jenis === 'persentase' &&
        i.data.rumusKeputusan !== undefined &&
        i.data.rumus.usulan !== true &&
        !('terbalikDalamKeputusan' in i.data.rumus && i.data.rumus.terbalikDalamKeputusan) &&
        i.data.catatan.length === 0,
    ) ?? indicators[0]!
  );
}

export interface WorkedAchievement {
  polaritas: Polarity;
  /** Decimal point, as the calculator takes them. */
  target: string;
  realisasi: string;
  result: Achievement;
}

// The second is the regulation's own example for a "lower is better" indicator (PermenPANRB
// 6/2022, Bab VI: target 7, realisasi 6,5); the first is a round one for "higher is better".
const WORKED = [
  { polaritas: 'naik', target: '80', realisasi: '72' },
  { polaritas: 'turun', target: '7', realisasi: '6.5' },
] as const satisfies readonly { polaritas: Polarity; target: string; realisasi: string }[];

/** The worked capaian examples, computed by the same code as the calculators. */
export function workedAchievements(): WorkedAchievement[] {
  return WORKED.map((w) => {
    const outcome = achievement(decimalFromString(w.realisasi), decimalFromString(w.target), w.polaritas);
    if (!outcome.ok) throw new Error(`worked example failed: ${outcome.errors.map((e) => e.message).join('; ')}`);
    return { ...w, result: outcome.result };
  });
}

/** The abbreviations the most indicators use: good first look-ups in the glossary. */
export function commonAbbreviations(catalogue: Catalogue, count: number): TermEntry[] {
  return catalogue.terms
    .filter((t) => t.data.kepanjangan !== undefined)
    .map((t) => ({ t, uses: indicatorsUsingTerm(catalogue, t).length }))
    .filter((x) => x.uses > 0)
    .sort((a, b) => b.uses - a.uses)
    .slice(0, count)
    .map((x) => x.t);
}

/** The decree's "Alasan pemilihan" for an indicator, as written, or undefined. */
export function selectionReason(indicator: Indicator): string | undefined {
  return parseSections(indicator.entry.body ?? '')
    .sections.find((s) => s.title === 'Alasan pemilihan')
    ?.paragraphs.join(' ');
}

/** The kinds of unit that hold IK ("sekretariat", "bidang", ...), in the order of the units. */
export function kindsHoldingIk(catalogue: Catalogue): string[] {
  const holders = new Set(catalogue.indicators.filter((i) => i.data.tingkat === 'IK').map((i) => i.unit.id));
  const kinds = catalogue.units.filter((u) => holders.has(u.id)).map((u) => unitKindLabel(catalogue.office, u.data.jenis).toLowerCase());
  return [...new Set(kinds)];
}
