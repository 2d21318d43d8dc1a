/**
 * From quarters to the year. Where a year has quarter rows and no `TAHUN` realisasi, the annual
 * realisasi is derived by the indicator's rule:
 * - `bagian` (persentase, rasio): Σpembilang / Σpenyebut over the quarters, never the mean of the
 *   quarterly percentages (a quarter with more cases weighs more);
 * - `jumlah` (money, events): the sum of the quarters' realisasi;
 * - `nilai-akhir` (stock counts, indices, scores): the last quarter's realisasi.
 * A `TAHUN` realisasi, when written, is the office's official figure and always wins (see
 * `figures.ts`). The rule follows from the formula kind; an indicator overrides it in its content
 * file (`rekapTahunan`), and quotes the decree's words where the decree sets it. Without such a
 * quote the rule is the site's proposal, and pages say so.
 */
import type { FormulaDefinition, FormulaKind } from '../formula/definition';
import { percentage } from '../formula/percentage';
import { ratio } from '../formula/ratio';
import type { Outcome } from '../outcome';
import { type Decimal, sum } from '../number/decimal';
import { formatExactNumber } from '../number/format';
import { type CapaianRow, type Quarter, QUARTERS } from './record';

export const ANNUAL_RULES = ['bagian', 'jumlah', 'nilai-akhir'] as const;
export type AnnualRuleKind = (typeof ANNUAL_RULES)[number];

/** The rule each formula kind follows unless its content file says otherwise. */
export const DEFAULT_ANNUAL_RULE: Readonly<Record<FormulaKind, AnnualRuleKind>> = {
  persentase: 'bagian',
  rasio: 'bagian',
  jumlah: 'jumlah',
  cacah: 'jumlah',
  nilai: 'nilai-akhir',
  ikm: 'nilai-akhir',
  sakip: 'nilai-akhir',
};

/** The formula kinds computed from a numerator and a denominator, the only ones `bagian` fits. */
export const KINDS_WITH_PARTS: readonly FormulaKind[] = ['persentase', 'rasio'];

/** The rules as pages name and explain them. */
export const ANNUAL_RULE_TEXT: Readonly<Record<AnnualRuleKind, { nama: string; penjelasan: string }>> = {
  bagian: {
    nama: 'jumlah pembilang dibagi jumlah penyebut',
    penjelasan:
      'realisasi tahunan = jumlah pembilang semua triwulan dibagi jumlah penyebut semua triwulan, bukan rata-rata persentase triwulan',
  },
  jumlah: { nama: 'jumlah triwulan', penjelasan: 'realisasi tahunan = jumlah realisasi semua triwulan' },
  'nilai-akhir': { nama: 'nilai triwulan terakhir', penjelasan: 'realisasi tahunan = realisasi triwulan terakhir yang dilaporkan' },
};

/** An override written in an indicator's content file. */
export interface AnnualRuleSetting {
  aturan: AnnualRuleKind;
  /** The decree's words that set the rule, quoted; absent when the rule is the site's proposal. */
  dasar?: string | undefined;
}

export interface AnnualRule {
  aturan: AnnualRuleKind;
  /** True when the decree does not set the rule and it is the site's proposal. */
  usulan: boolean;
  dasar?: string | undefined;
}

/** The annual rule of an indicator: its override, else its formula kind's default, a proposal. */
export function annualRuleOf(jenis: FormulaKind, setting?: AnnualRuleSetting): AnnualRule {
  if (!setting) return { aturan: DEFAULT_ANNUAL_RULE[jenis], usulan: true };
  return { aturan: setting.aturan, usulan: setting.dasar === undefined, dasar: setting.dasar };
}

/**
 * A row's realisasi from its parts, as the indicator's calculator computes it (rounded to two
 * decimals), or the reasons it cannot be. Only persentase and rasio have parts.
 */
export function realisationFromParts(rumus: FormulaDefinition, pembilang: Decimal, penyebut: Decimal): Outcome<Decimal> {
  const outcome =
    rumus.jenis === 'persentase'
      ? percentage(rumus, pembilang, penyebut)
      : rumus.jenis === 'rasio'
        ? ratio(rumus, pembilang, penyebut)
        : undefined;
  if (!outcome) return { ok: false, errors: [{ field: 'pembilang', message: 'Indikator ini tidak dihitung dari pembilang dan penyebut.' }] };
  return outcome.ok ? { ok: true, result: outcome.result.value } : outcome;
}

/** The realisasi a row reports: as written, else computed from its parts. */
export function rowRealisation(row: CapaianRow, rumus: FormulaDefinition): Decimal | undefined {
  if (row.realisasi) return row.realisasi;
  if (!row.pembilang || !row.penyebut) return undefined;
  const fromParts = realisationFromParts(rumus, row.pembilang, row.penyebut);
  return fromParts.ok ? fromParts.result : undefined;
}

export interface AnnualDerivation {
  realisasi: Decimal;
  /** The quarters it was derived from, in order. */
  triwulan: Quarter[];
  /** The working, in Indonesian: "(12 + 30) / (20 + 40) × 100%", "jumlah TW1 + TW2", "nilai TW4". */
  uraian: string;
}

/**
 * The annual realisasi derived from a year's quarter rows of one indicator by `rule`; `undefined`
 * when no quarter reports a realisasi, or a message when the rule cannot be applied (a `bagian`
 * quarter without its parts). Quarters that report nothing are left out, so a year in progress
 * derives from the quarters so far, and the derivation names them.
 */
export function deriveAnnual(
  rows: readonly CapaianRow[],
  rumus: FormulaDefinition,
  rule: AnnualRuleKind,
): { ok: true; result: AnnualDerivation } | { ok: false; message: string } | undefined {
  const reported = QUARTERS.flatMap((q) => {
    const row = rows.find((r) => r.periode === q);
    const realisasi = row && rowRealisation(row, rumus);
    return row && realisasi ? [{ row, quarter: q, realisasi }] : [];
  });
  if (reported.length === 0) return undefined;
  const triwulan = reported.map((r) => r.quarter);

  if (rule === 'nilai-akhir') {
    const last = reported.at(-1)!;
    return { ok: true, result: { realisasi: last.realisasi, triwulan, uraian: `nilai ${last.quarter}` } };
  }
  if (rule === 'jumlah') {
    return { ok: true, result: { realisasi: sum(reported.map((r) => r.realisasi)), triwulan, uraian: `jumlah ${triwulan.join(' + ')}` } };
  }
  const missing = reported.filter((r) => !r.row.pembilang || !r.row.penyebut).map((r) => r.quarter);
  if (missing.length > 0) {
    return {
      ok: false,
      message: `Realisasi tahunan tidak dapat dihitung: ${missing.join(', ')} tidak memuat pembilang dan penyebut.`,
    };
  }
  const pembilang = reported.map((r) => r.row.pembilang!);
  const penyebut = reported.map((r) => r.row.penyebut!);
  const fromParts = realisationFromParts(rumus, sum(pembilang), sum(penyebut));
  if (!fromParts.ok) return { ok: false, message: `Realisasi tahunan tidak dapat dihitung: ${fromParts.errors[0]!.message}` };
  return {
    ok: true,
    result: {
      realisasi: fromParts.result,
      triwulan,
      uraian: `(${pembilang.map(formatExactNumber).join(' + ')}) / (${penyebut.map(formatExactNumber).join(' + ')})${rumus.jenis === 'persentase' ? ' × 100%' : ''}`,
    },
  };
}
