/**
 * The figures an indicator shows for one year: each period's target, realisasi and capaian, and the
 * year's own figure, which is the written `TAHUN` realisasi (the office's official figure) or,
 * failing that, the one derived from the quarters by the indicator's annual rule. Capaian and its
 * category come from `achievement` (src/domain/achievement.ts), as in the calculators.
 */
import { type Achievement, achievement } from '../achievement';
import type { FormulaDefinition, Polarity } from '../formula/definition';
import type { Decimal } from '../number/decimal';
import { type AnnualDerivation, type AnnualRule, deriveAnnual, rowRealisation } from './annual';
import { type CapaianRow, type Periode, PERIODS } from './record';

/** What an indicator's figures are computed with. */
export interface MeasuredIndicator {
  rumus: FormulaDefinition;
  polaritas: Polarity;
  rekap: AnnualRule;
}

/** Where a realisasi shown comes from. */
export type RealisationSource =
  /** written in the file */
  | 'tertulis'
  /** computed from the row's pembilang and penyebut */
  | 'bagian'
  /** derived from the quarters by the annual rule */
  | 'rekap';

export interface Figure {
  periode: Periode;
  target?: Decimal | undefined;
  realisasi?: Decimal | undefined;
  asalRealisasi?: RealisationSource | undefined;
  /** For a derived annual realisasi: how it was derived. */
  rekap?: AnnualDerivation | undefined;
  pembilang?: Decimal | undefined;
  penyebut?: Decimal | undefined;
  /** Present when both target and realisasi are. */
  achievement?: Achievement | undefined;
  /** Why the capaian is not shown although both figures are (a target of 0). */
  achievementProblem?: string | undefined;
  sumber?: string | undefined;
  catatan?: string | undefined;
}

export interface YearFigures {
  tahun: number;
  /** The periods with a row or a derived figure, quarters first and the year last. */
  periode: Figure[];
  /** The year's figure, written or derived; undefined when the year has neither. */
  tahunan?: Figure | undefined;
  /** Why the annual realisasi could not be derived from the quarters, when it could not. */
  rekapGagal?: string | undefined;
}

function withAchievement(figure: Figure, polaritas: Polarity): Figure {
  if (!figure.target || !figure.realisasi) return figure;
  const outcome = achievement(figure.realisasi, figure.target, polaritas);
  return outcome.ok ? { ...figure, achievement: outcome.result } : { ...figure, achievementProblem: outcome.errors[0]!.message };
}

function rowFigure(row: CapaianRow, rumus: FormulaDefinition): Figure {
  const realisasi = rowRealisation(row, rumus);
  return {
    periode: row.periode,
    target: row.target,
    realisasi,
    asalRealisasi: realisasi && (row.realisasi ? 'tertulis' : 'bagian'),
    pembilang: row.pembilang,
    penyebut: row.penyebut,
    sumber: row.sumber,
    catatan: row.catatan,
  };
}

/** One indicator's figures for one year, from that year's rows of that indicator. */
export function yearFigures(tahun: number, rows: readonly CapaianRow[], indicator: MeasuredIndicator): YearFigures {
  const { rumus, polaritas, rekap } = indicator;
  const byPeriod = new Map(rows.map((row) => [row.periode, rowFigure(row, rumus)]));
  let rekapGagal: string | undefined;
  const written = byPeriod.get('TAHUN');
  if (!written?.realisasi) {
    const derived = deriveAnnual(rows, rumus, rekap.aturan);
    if (derived?.ok) {
      byPeriod.set('TAHUN', {
        ...written,
        periode: 'TAHUN',
        realisasi: derived.result.realisasi,
        asalRealisasi: 'rekap',
        rekap: derived.result,
      });
    } else if (derived) {
      rekapGagal = derived.message;
    }
  }
  const periode = PERIODS.flatMap((p) => {
    const figure = byPeriod.get(p);
    return figure ? [withAchievement(figure, polaritas)] : [];
  });
  return { tahun, periode, tahunan: periode.find((f) => f.periode === 'TAHUN'), rekapGagal };
}
