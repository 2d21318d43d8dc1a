/**
 * The words of the worksheet's two free-text fields, one per column `sumber` and `catatan` of the
 * capaian file: the label is the guidance part's `judul` (`content/panduan/lembar-kerja/sumber.mdx`,
 * `catatan.mdx`), the hint its text, shown as written. Without the part the field is named as its
 * column and has no hint, so another office may leave the files out.
 */
export type TextColumn = 'sumber' | 'catatan';

export interface FieldWords {
  label: string;
  /** '' for none. */
  hint: string;
}

/** What of a guidance part the field reads. */
interface FieldPart {
  data: { judul?: string | undefined };
  body?: string | undefined;
}

export function fieldWords(column: TextColumn, part: FieldPart | undefined): FieldWords {
  return {
    label: part?.data.judul ?? column.charAt(0).toUpperCase() + column.slice(1),
    hint: part?.body?.trim() ?? '',
  };
}
