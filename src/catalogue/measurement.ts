/**
 * Published figures at build time: reads `content/capaian/<tahun>.csv`, checks every file against
 * the catalogue (indicator ids, formula kinds, the decree's period), and gives each indicator its
 * figures per year. A bad file fails the build with an Error naming file:line:column and what is
 * wrong; an indicator whose annual rule does not fit its formula fails naming its content file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir } from './content-dir';
import { loadCatalogue, type Catalogue, type Indicator } from './load';
import { type AnnualRule, KINDS_WITH_PARTS, annualRuleOf } from '../domain/measurement/annual';
import { formatCsvProblem, parseCapaianCsv } from '../domain/measurement/csv';
import { CAPAIAN_FILE_LIMITS, type FileText, fileText } from '../domain/csv/file-text';
import { type MeasuredIndicator, type YearFigures, yearFigures } from '../domain/measurement/figures';
import type { CapaianRow } from '../domain/measurement/record';
import { resultSatuan } from '../domain/formula/realisation';
import type { Decimal } from '../domain/number/decimal';
import { formatBySatuan } from '../domain/number/format';
import { formatRupiahShort } from '../domain/number/rupiah-short';

const FOLDER = 'capaian';
const YEAR_FILE = /^(\d{4})\.csv$/;

export interface Measurements {
  /** The years with a file, ascending. */
  years: number[];
  /** Each indicator's figures, one entry per year in which it has rows, ascending. */
  byIndicator: Map<string, YearFigures[]>;
  /** The years the decree covers ("Tahun 2021-2026"), for the chart's axis. */
  period: { from: number; to: number } | undefined;
}

/** The years a decree covers, read from its own words ("... Tahun 2021-2026"). */
export function decreePeriod(texts: readonly string[]): { from: number; to: number } | undefined {
  for (const text of texts) {
    const match = /Tahun\s+(\d{4})\s*[-–]\s*(\d{4})/i.exec(text);
    if (match) return { from: Number(match[1]), to: Number(match[2]) };
  }
  return undefined;
}

function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** An indicator's annual rule, checked against its formula and its decree text. */
export function indicatorAnnualRule(indicator: Indicator): AnnualRule {
  const { rumus, rekapTahunan } = indicator.data;
  const file = indicator.entry.filePath ?? indicator.id;
  if (rekapTahunan?.aturan === 'bagian' && !KINDS_WITH_PARTS.includes(rumus.jenis)) {
    throw new Error(`${file}: rekapTahunan.aturan: "bagian" needs a persentase or rasio formula, not ${rumus.jenis}`);
  }
  if (rekapTahunan?.dasar && !normalizeSpace(indicator.entry.body ?? '').includes(normalizeSpace(rekapTahunan.dasar))) {
    throw new Error(`${file}: rekapTahunan.dasar must quote the decree text in the body: "${rekapTahunan.dasar}" is not in it`);
  }
  return annualRuleOf(rumus.jenis, rekapTahunan);
}

export function measuredIndicator(indicator: Indicator): MeasuredIndicator {
  return { rumus: indicator.data.rumus, polaritas: indicator.data.polaritas, rekap: indicatorAnnualRule(indicator) };
}

/** The CSV files of the capaian folder, as [year, path shown in messages, text or why there is none]. */
function readYearFiles(dir: string): { year: number; file: string; read: FileText }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return []; // no folder: nothing published yet
  }
  return names
    .filter((name) => name.toLowerCase().endsWith('.csv'))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const match = YEAR_FILE.exec(name);
      if (!match) throw new Error(`${file}: a capaian file is named for its year, such as 2024.csv`);
      return { year: Number(match[1]), file, read: fileText(readFileSync(file), CAPAIAN_FILE_LIMITS) };
    });
}

function build(catalogue: Catalogue): Measurements {
  const decree = catalogue.decree.data;
  const period = decreePeriod([decree.tentang, decree.mengubah?.tentang ?? '']);
  const formulas = new Map(catalogue.indicators.map((i) => [i.id, i.data.rumus]));
  const problems: string[] = [];
  const rowsByYear = new Map<number, CapaianRow[]>();
  for (const { year, file, read: text } of readYearFiles(join(contentDir, FOLDER))) {
    if (!text.ok) {
      problems.push(formatCsvProblem({ file, line: text.line, column: 1, message: text.message }));
      continue;
    }
    if (period && (year < period.from || year > period.to)) {
      problems.push(`${file}: the decree covers ${period.from}-${period.to}; ${year} is outside it`);
      continue;
    }
    const read = parseCapaianCsv(text.text, file, formulas);
    if (read.ok) rowsByYear.set(year, read.rows);
    else problems.push(...read.problems.map(formatCsvProblem));
  }
  if (problems.length > 0) throw new Error(`Capaian data is invalid:\n${problems.join('\n')}`);

  const years = [...rowsByYear.keys()].sort((a, b) => a - b);
  const byIndicator = new Map<string, YearFigures[]>();
  for (const indicator of catalogue.indicators) {
    const measured = measuredIndicator(indicator);
    const figures = years.flatMap((year) => {
      const rows = rowsByYear.get(year)!.filter((r) => r.indikator === indicator.id);
      return rows.length > 0 ? [yearFigures(year, rows, measured)] : [];
    });
    byIndicator.set(indicator.id, figures);
  }
  return { years, byIndicator, period };
}

let cached: Promise<Measurements> | undefined;

/** Every published figure, read and checked once per build. */
export function loadMeasurements(): Promise<Measurements> {
  if (import.meta.env.DEV) return loadCatalogue().then(build); // files may change while the dev server runs
  cached ??= loadCatalogue().then(build);
  return cached;
}

/** The pages of each year with figures, for `getStaticPaths` of the pages under /capaian/<tahun>/. */
export async function yearPaths() {
  const { years } = await loadMeasurements();
  return years.map((year) => ({ params: { tahun: String(year) }, props: { year } }));
}

/** The figures of one year: [indicator, its figures] for every indicator with rows that year, in the decree's order. */
export function figuresOfYear(catalogue: Catalogue, measurements: Measurements, year: number): [Indicator, YearFigures][] {
  return catalogue.indicators.flatMap((indicator) => {
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
