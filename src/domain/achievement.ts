/**
 * Capaian kinerja: how far a realisation reaches its target, in percent, with the indicator's
 * polarity (PermenPANRB No. 6 Tahun 2022, Bab VI), and the band it falls in.
 *
 * Capaian is computed from the realisation as reported (already rounded to its unit's digits), so
 * the working shown can be redone by hand, and it is rounded once, to two decimals; the band is
 * read from that rounded value.
 */
import type { Polarity } from './formula/definition';
import { type Decimal, compare, decimal, isNegative, isZero, multiply, round, subtract } from './number/decimal';
import { divide, isExactAt, roundFraction } from './number/fraction';
import { formatExactNumber, formatPercent } from './number/format';
import { type Outcome, type Working, failure, success } from './outcome';

/** The field key of the target input, used in error messages tied to a field. */
export const TARGET_FIELD = 'target';

export interface AchievementBand {
  kategori: 'Sangat Baik' | 'Baik' | 'Cukup' | 'Kurang' | 'Sangat Kurang';
  /** Lowest capaian in the band; undefined for the last band. */
  min?: number;
  /** Whether `min` itself belongs to the band (>=) or not (>). */
  minInclusive?: boolean;
}

/** A band as the pages describe it. */
export interface DescribedBand extends AchievementBand {
  /** The band as its source table writes it. */
  rentangSumber: string;
  /** The band as this site applies it, with no gaps: "≥ 91", "≥ 76 dan < 91", ... */
  rentang: string;
}

/** The site's bands: half-open intervals that close the source table's gaps. */
const BANDS: readonly AchievementBand[] = [
  { kategori: 'Sangat Baik', min: 91, minInclusive: true },
  { kategori: 'Baik', min: 76, minInclusive: true },
  { kategori: 'Cukup', min: 66, minInclusive: true },
  { kategori: 'Kurang', min: 50, minInclusive: false },
  { kategori: 'Sangat Kurang' },
];

// One LKjIP report's table (not a regulation), band by band: >= 91; 76-90; 66-75; 51-65; <= 50.
const SOURCE_RANGES = ['≥ 91', '76–90', '66–75', '51–65', '≤ 50'];

/** The bands with their ranges written out, and the note on them: written from the bands, so they agree. */
function describeBands() {
  const lower = (band: AchievementBand) => `${band.minInclusive ? '≥' : '>'} ${band.min}`;
  const bands = BANDS.map((band, index): DescribedBand => {
    const above = BANDS[index - 1];
    const below = above && `${above.minInclusive ? '<' : '≤'} ${above.min}`;
    return {
      ...band,
      rentangSumber: SOURCE_RANGES[index]!,
      rentang: band.min === undefined ? below! : below ? `${lower(band)} dan ${below}` : lower(band),
    };
  });
  return {
    sumber: 'Tabel kategori capaian kinerja pada salah satu Laporan Kinerja Instansi Pemerintah (LKjIP); bukan ketentuan peraturan.',
    catatan:
      `Tabel sumber (${SOURCE_RANGES.join('; ')}) menyisakan celah, misalnya antara 90 dan 91. ` +
      `Situs ini memakai batas tanpa celah: ${BANDS.slice(0, -1)
        .map((band) => `${lower(band)} ${band.kategori}`)
        .join('; ')}; ` +
      'selebihnya Sangat Kurang, dihitung dari capaian yang dibulatkan dua desimal. Capaian di atas 100% termasuk Sangat Baik.',
    bands,
  };
}

/**
 * The bands and where they come from. The source is one LKjIP report's table, not a regulation, and
 * it leaves gaps (between 90 and 91, 75 and 76, 65 and 66) and says nothing above 100%. The site
 * closes the gaps with half-open intervals: >= 91, >= 76, >= 66, > 50, the rest; a capaian above
 * 100% is Sangat Baik. Pages show these texts; a script that only computes a capaian leaves them out.
 */
export const ACHIEVEMENT_BANDS = /* @__PURE__ */ describeBands();

/** The band of a capaian in percent, read from the capaian rounded to two decimals. */
export function achievementBand(value: Decimal): AchievementBand {
  const reported = round(value, 2);
  // The last band has no lower bound, so `find` always finds one.
  return BANDS.find((band) => band.min === undefined || compare(reported, decimal(band.min)) >= (band.minInclusive ? 0 : 1))!;
}

export interface Achievement extends Working {
  /** Capaian in percent, rounded to two decimals. */
  value: Decimal;
  /** "107,14%". */
  formatted: string;
  band: AchievementBand;
}

/**
 * Capaian of a realisation against its target (PermenPANRB 6/2022, Bab VI):
 * - polaritas 'naik' (higher is better): realisasi / target x 100%;
 * - polaritas 'turun' (lower is better): (2 x target - realisasi) / target x 100%,
 *   the regulation's (1 + (1 - realisasi / target)) x 100%.
 * A target of 0 or below cannot be compared against and is an error.
 */
export function achievement(realisasi: Decimal, target: Decimal, polaritas: Polarity): Outcome<Achievement> {
  if (isZero(target)) {
    return failure([{ field: TARGET_FIELD, message: 'Target tidak boleh 0: capaian tidak dapat dihitung.' }]);
  }
  if (isNegative(target)) return failure([{ field: TARGET_FIELD, message: 'Target tidak boleh negatif.' }]);

  const r = formatExactNumber(realisasi);
  const t = formatExactNumber(target);
  const steps: string[] = [];
  const warnings: string[] = [];
  let numerator = realisasi;
  if (polaritas === 'naik') {
    steps.push(`${r} / ${t} × 100%`);
  } else {
    // PermenPANRB 6/2022, Bab VI: (1 + (1 - realisasi / target)) x 100% = (2 x target - realisasi) / target x 100%
    numerator = subtract(multiply(decimal(2), target), realisasi);
    steps.push(`(2 × ${t} − ${r}) / ${t} × 100%`, `= ${formatExactNumber(numerator)} / ${t} × 100%`);
    if (isNegative(numerator)) {
      warnings.push('Realisasi lebih dari dua kali target, sehingga capaian bernilai negatif.');
    }
  }
  const exact = divide(multiply(numerator, decimal(100)), target);
  const value = roundFraction(exact, 2);
  const formatted = formatPercent(value);
  steps.push(`${isExactAt(exact, 2) ? '=' : '≈'} ${formatted}`);
  return success({ value, formatted, band: achievementBand(value), steps, warnings });
}
