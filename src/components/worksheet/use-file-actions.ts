/**
 * Export, import and merge: the year's `content/capaian/<tahun>.csv` written from the entries, or
 * read, reviewed (`ImportReview`) and merged into them. The CSV code (`src/browser/worksheet/files.ts`)
 * loads only when a file is asked for. Each action ends with a notice of what happened.
 */
import { useEffect, useState } from 'preact/hooks';
import { downloadText } from '../../browser/worksheet/download';
import type { ImportChange } from '../../domain/worksheet/merge';
import { byPeriod } from '../../domain/worksheet/keys';
import { type Notice, type Shown, failedNotice, problemItems } from './notices';
import type { SheetIndicator } from './types';
import type { WorksheetEntries } from './use-worksheet-store';

/** A file read and waiting for the person's review. */
export interface PendingImport {
  fileName: string;
  tahun: number;
  changes: ImportChange[];
}

interface Context {
  indicators: readonly SheetIndicator[];
  shown: Shown;
  store: WorksheetEntries;
  notify(notice: Notice | undefined): void;
  /** Shows every entry's errors, as a check does (an export refused for entries to fix). */
  showErrors(): void;
}

export function useFileActions({ indicators, shown, store, notify, showErrors }: Context) {
  const { tahun } = shown;
  const [pending, setPending] = useState<PendingImport | undefined>(undefined);
  // A review belongs to the year it was read for.
  useEffect(() => setPending(undefined), [tahun]);

  /** A file action that fails (the export code could not load) says so instead of failing silently. */
  const reporting = (action: () => Promise<void>) => {
    action().catch((error: unknown) => notify(failedNotice(error)));
  };

  const exportFile = async () => {
    const { exportYear } = await import('../../browser/worksheet/files');
    const result = exportYear(indicators, byPeriod(store.current()));
    if (!result.text) {
      showErrors();
      notify({
        kind: 'masalah',
        text: `Berkas ${tahun}.csv belum dibuat: ${result.problems.length} isian perlu diperbaiki dahulu.`,
        items: problemItems(result.problems, shown),
      });
      return;
    }
    downloadText(result.text, `${tahun}.csv`);
    const left = result.withoutFigure.length;
    notify({
      kind: 'info',
      text:
        `Berkas ${tahun}.csv dibuat: ${result.rows.length} baris. Simpan ke folder content/capaian/ dan bangun ulang situs untuk menerbitkannya.` +
        (left > 0 ? ` ${left} isian yang hanya berisi sumber atau catatan tanpa angka tidak ikut.` : ''),
    });
  };

  const importFile = async (file: File) => {
    const [{ readImport, formatCsvProblem }, text] = await Promise.all([import('../../browser/worksheet/files'), file.text()]);
    const read = readImport(text, file.name, tahun, shown.indicators, store.entryOf);
    if (read.ok) {
      notify(undefined);
      setPending({ fileName: file.name, tahun: read.tahun, changes: read.changes });
    } else if ('otherYear' in read) {
      notify({ kind: 'masalah', text: `Berkas ${file.name} untuk tahun ${read.otherYear}. Pilih tahun ${read.otherYear} dahulu, lalu impor lagi. Tidak ada yang berubah.` });
    } else {
      notify({
        kind: 'masalah',
        text: `Berkas ${file.name} tidak dapat dibaca, tidak ada yang berubah. Perbaiki berkasnya (baris dan kolom disebut di bawah), lalu impor lagi.`,
        items: read.problems.map((problem) => ({ href: '', text: formatCsvProblem(problem) })),
      });
    }
  };

  const merge = async (review: PendingImport, takeFile: ReadonlySet<string>) => {
    const { importWrites } = await import('../../browser/worksheet/files');
    const { writes, kept } = importWrites(review.changes, takeFile, shown.indicators, store.entryOf);
    store.apply(writes);
    setPending(undefined);
    notify({
      kind: 'info',
      text:
        `Impor ${review.fileName} selesai: ${writes.length} isian diperbarui.` +
        (kept > 0 ? ` ${kept} isian yang Anda isi sejak peninjauan tidak ditimpa; impor lagi untuk meninjaunya.` : ''),
    });
  };

  return {
    /** The file under review, if any. */
    pending,
    exportYear: () => reporting(exportFile),
    importFile: (file: File) => reporting(() => importFile(file)),
    merge(takeFile: ReadonlySet<string>) {
      if (pending) reporting(() => merge(pending, takeFile));
    },
    cancel() {
      if (!pending) return;
      setPending(undefined);
      notify({ kind: 'info', text: `Impor ${pending.fileName} dibatalkan: tidak ada yang berubah.` });
    },
  };
}
