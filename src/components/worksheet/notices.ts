/**
 * What the worksheet tells the person in its status area: the message, and links to the entries to
 * fix. Here are the notices of the storage, of a check and of an action that failed; each file
 * action's own words are beside it, in `use-file-actions.ts`.
 */
import { PERIODE_LABEL, type Periode } from '../../domain/measurement/record';
import type { RowProblem } from '../../domain/worksheet/csv-rows';
import type { WorksheetEntry } from '../../domain/worksheet/entry';
import { entryFigures } from '../../domain/worksheet/figures';
import { readEntryKey } from '../../domain/worksheet/keys';
import type { SheetIndicator } from './types';

/** A line under a notice: an entry to fix (a link to it), or a file's problem (no link: `href` ''). */
export interface NoticeItem {
  href: string;
  text: string;
}

export interface Notice {
  kind: 'info' | 'masalah';
  text: string;
  items?: NoticeItem[];
}

export const STORAGE_UNAVAILABLE =
  'Penyimpanan peramban tidak tersedia (misalnya jendela pribadi, atau ruang penyimpanan penuh): isian Anda tetap dihitung, tetapi hilang bila halaman ditutup. Ekspor berkas CSV sebelum menutup halaman.';

/** Where the person is: links within the shown period go to the input itself. */
export interface Shown {
  tahun: number;
  periode: Periode;
  indicators: ReadonlyMap<string, SheetIndicator>;
}

/** Links to the entries to fix: the input itself in this period, else the indicator in its period. */
export function problemItems(problems: readonly RowProblem[], { tahun, periode, indicators }: Shown): NoticeItem[] {
  return problems.map((p) => ({
    href: p.periode !== periode ? `?tahun=${tahun}&periode=${p.periode}#${p.indikator}` : p.name === 'berkas' ? `#${p.indikator}` : `#${p.indikator}-${p.name}`,
    text: `${indicators.get(p.indikator)?.nama ?? p.indikator}, ${PERIODE_LABEL[p.periode]}: ${p.message}`,
  }));
}

/** The result of "Periksa semua isian": every entry of the year that cannot be read, with a link to it. */
export function checkNotice(entries: ReadonlyMap<string, WorksheetEntry>, shown: Shown): Notice {
  const problems = [...entries].flatMap(([key, entry]): RowProblem[] => {
    const { periode, indikator } = readEntryKey(key);
    const indicator = shown.indicators.get(indikator);
    const problem = indicator && entryFigures(indicator, entry).problem;
    return problem ? [{ indikator, periode, ...problem }] : [];
  });
  return problems.length > 0
    ? { kind: 'masalah', text: `${problems.length} isian tahun ${shown.tahun} perlu diperbaiki.`, items: problemItems(problems, shown) }
    : { kind: 'info', text: `Semua isian tahun ${shown.tahun} terbaca dan dapat diekspor.` };
}

/** A file action that failed (its code could not load): nothing changed. */
export function failedNotice(error: unknown): Notice {
  return { kind: 'masalah', text: `Tidak berhasil: ${String(error)}. Tidak ada yang berubah.` };
}
