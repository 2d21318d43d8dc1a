/**
 * Published figures at build time: reads the year files of the `capaian` collection
 * (`content/capaian/<tahun>.csv`, loaded by src/loaders/capaian.ts), checks every file against
 * the decree that governs its year (src/domain/decree/year-rule.ts: indicator ids, formula kinds),
 * and gives each indicator, in force or not, its figures per year. A bad file fails the build with an Error naming file:line:column and what is
 * wrong; an indicator whose annual rule does not fit its formula fails naming its content file.
 */
import type { CollectionEntry } from 'astro:content';
import type { Catalogue, DecreeEntry, Indicator, IndicatorVersion } from './load';
import { governingDecree } from '../domain/decree/year-rule';
import { decreeOrder } from './order';
import { type AnnualRule, KINDS_WITH_PARTS, annualRuleOf } from '../domain/measurement/annual';
import { formatCsvProblem, parseCapaianCsv } from '../domain/measurement/csv';
import { type MeasuredIndicator, type YearFigures, yearFigures } from '../domain/measurement/figures';
import type { CapaianRow } from '../domain/measurement/record';
import { resultSatuan } from '../domain/formula/realisation';
import type { Decimal } from '../domain/number/decimal';
import { formatBySatuan } from '../domain/number/format';
import { formatRupiahShort } from '../domain/number/rupiah-short';

/** One year's file of published figures: `data.tahun`, and its text as the body. */
export type CapaianFile = CollectionEntry<'capaian'>;

export interface Measurements {
  /** The years with a file, ascending. */
  years: number[];
  /** Each indicator's figures, one entry per year in which it has rows, ascending. */
  byIndicator: Map<string, YearFigures[]>;
  /** The years the decree in force covers (its `periode`), for the chart's axis. */
  period: { from: number; to: number };
  /**
   * The decree that governs each year with figures; `kemudian` when it was set after the year because
   * the catalogue holds no decree in force during it (the pages label such a year).
   */
  decreeOfYear: Map<number, { decree: DecreeEntry; kemudian: boolean }>;
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An indicator's annual rule, checked against its formula and its decree text. */
export function indicatorAnnualRule(indicator: IndicatorVersion): AnnualRule {
  const { rumus, rekapTahunan } = indicator.data;
  const file = indicator.entry.filePath ?? indicator.entry.id;
  if (rekapTahunan?.aturan === 'bagian' && !KINDS_WITH_PARTS.includes(rumus.jenis)) {
    throw new Error(`${file}: rekapTahunan.aturan: "bagian" needs a persentase or rasio formula, not ${rumus.jenis}`);
  }
  if (rekapTahunan?.dasar && !normalizeSpace(indicator.entry.body ?? '').includes(normalizeSpace(rekapTahunan.dasar))) {
    throw new Error(`${file}: rekapTahunan.dasar must quote the decree text in the body: "${rekapTahunan.dasar}" is not in it`);
  }
  return annualRuleOf(rumus.jenis, rekapTahunan);
}

export function measuredIndicator(indicator: IndicatorVersion): MeasuredIndicator {
  return { rumus: indicator.data.rumus, polaritas: indicator.data.polaritas, rekap: indicatorAnnualRule(indicator) };
}

/** Every published figure, read from the year files and checked against the decree of each year. */
export function buildMeasurements(catalogue: Catalogue, files: readonly CapaianFile[]): Measurements {
  const facts = catalogue.decrees.map((d) => ({ id: d.id, tanggal: d.data.tanggal, periode: d.data.periode }));
  const states = catalogue.decrees.map((d) => ({ id: d.id, by: d.by?.id }));
  const decreeById = new Map(catalogue.decrees.map((d) => [d.id, d.entry]));
  const all = [...catalogue.indicators, ...catalogue.retired];
  /** The version of each indicator that a decree sets, by indicator id. */
  const versionsOf = (decreeId: string) =>
    new Map(all.flatMap((i) => i.versions.filter((v) => v.decree.id === decreeId).map((v) => [i.id, v] as const)));
  const problems: string[] = [];
  const rowsByYear = new Map<number, CapaianRow[]>();
  const decreeOfYear = new Map<number, { decree: DecreeEntry; kemudian: boolean }>();
  // The capaian loader records every file with its path and its whole text.
  for (const { data, filePath, body } of [...files].sort((a, b) => a.data.tahun - b.data.tahun)) {
    const [year, file, text] = [data.tahun, filePath!, body!];
    const governing = governingDecree(year, facts, states);
    if (!governing) {
      const periods = catalogue.decrees.map((d) => `${d.data.nomorSitus}: ${d.data.periode.awal}-${d.data.periode.akhir}`).join('; ');
      problems.push(`${file}: no decree of the catalogue covers ${year} (${periods})`);
      continue;
    }
    const decree = decreeById.get(governing.id)!;
    const held = versionsOf(governing.id);
    const notHeld = (id: string) =>
      all.some((i) => i.id === id)
        ? `Indikator “${id}” tidak ditetapkan oleh Keputusan Nomor ${decree.data.nomorSitus}, keputusan yang mengatur tahun ${year}; angka tahun ini diperiksa terhadap keputusan itu.`
        : undefined;
    const read = parseCapaianCsv(text, file, new Map([...held].map(([id, v]) => [id, v.data.rumus])), notHeld);
    if (read.ok) {
      rowsByYear.set(year, read.rows);
      decreeOfYear.set(year, { decree, kemudian: governing.kemudian });
    } else problems.push(...read.problems.map(formatCsvProblem));
  }
  if (problems.length > 0) throw new Error(`Capaian data is invalid:\n${problems.join('\n')}`);

  const years = [...rowsByYear.keys()].sort((a, b) => a - b);
  const byIndicator = new Map<string, YearFigures[]>();
  const versionsByYear = new Map(years.map((year) => [year, versionsOf(decreeOfYear.get(year)!.decree.id)]));
  for (const indicator of all) {
    const figures = years.flatMap((year) => {
      const version = versionsByYear.get(year)!.get(indicator.id);
      const rows = rowsByYear.get(year)!.filter((r) => r.indikator === indicator.id);
      return version && rows.length > 0 ? [yearFigures(year, rows, measuredIndicator(version))] : [];
    });
    byIndicator.set(indicator.id, figures);
  }
  const { awal, akhir } = catalogue.decree.data.periode;
  return { years, byIndicator, period: { from: awal, to: akhir }, decreeOfYear };
}

/** The pages of each year with figures, for `getStaticPaths` of the pages under /capaian/<tahun>/. */
export function yearPaths({ years }: Measurements) {
  return years.map((year) => ({ params: { tahun: String(year) }, props: { year } }));
}

/**
 * The indicators of the decree that governs a year, each as that decree sets it (its version of that
 * decree, so a year's LKjIP tables keep that decree's names even after a later decree), in that
 * decree's order.
 */
export function indicatorsOfYear(catalogue: Catalogue, measurements: Measurements, year: number): Indicator[] {
  const decreeId = measurements.decreeOfYear.get(year)?.decree.id;
  return [...catalogue.indicators, ...catalogue.retired]
    .flatMap((indicator) => {
      const version = indicator.versions.find((v) => v.decree.id === decreeId);
      return version ? [{ ...indicator, ...version }] : [];
    })
    .sort((a, b) => decreeOrder(a.decree.data.lampiran)(a.data, b.data));
}

/** The figures of one year: [indicator, its figures] for every indicator of the year's decree with rows that year. */
export function figuresOfYear(catalogue: Catalogue, measurements: Measurements, year: number): [Indicator, YearFigures][] {
  return indicatorsOfYear(catalogue, measurements, year).flatMap((indicator) => {
    const figures = measurements.byIndicator.get(indicator.id)?.find((f) => f.tahun === year);
    return figures ? [[indicator, figures] as [Indicator, YearFigures]] : [];
  });
}

/** Site paths of the capaian pages, without the base. */
export const capaianPath = {
  index: () => '/capaian/',
  year: (year: number) => `/capaian/${year}/`,
  agreement: (year: number) => `/capaian/${year}/perjanjian-kinerja/`,
  status: (year: number) => `/capaian/${year}/status/`,
};

/** A target or realisasi in the indicator's unit, as its calculator writes it: "61,7%", "Rp 12.400.000.000". */
export function formatFigure(indicator: Indicator, value: Decimal, short = false): string {
  const satuan = resultSatuan(indicator.data.rumus, indicator.data.satuan);
  return short && satuan === 'rupiah' ? formatRupiahShort(value) : formatBySatuan(value, satuan);
}
