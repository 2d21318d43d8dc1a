/**
 * A file that people chose, as text, or why it cannot be one: the first step of every reader of files
 * people write (the importer's decree table, `content/capaian/<tahun>.csv`, the worksheet's import).
 * It refuses, with a message in Indonesian and the line where there is one, a file that is too large
 * or too long for what it should hold (checked before any work, so the worksheet never freezes), a
 * workbook or another binary file, UTF-16 (Excel's "Unicode Text") and any text that is not UTF-8.
 * Any line ends (CRLF, LF, CR, mixed) are left to the readers, which take all three. Pure and
 * browser-safe.
 */

/** What a reader accepts: at most `bytes` bytes and `lines` lines. */
export interface FileLimits {
  bytes: number;
  lines: number;
}

/** A year's capaian file: 48 indicators × 5 periods is 240 rows; the limits leave room for any office. */
export const CAPAIAN_FILE_LIMITS: FileLimits = { bytes: 1_000_000, lines: 10_000 };

/** A decree's table of indicators: a few dozen rows, with long cells. */
export const DECREE_TABLE_LIMITS: FileLimits = { bytes: 2_000_000, lines: 5_000 };

export type FileText = { ok: true; text: string } | { ok: false; line: number; message: string };

const number = (n: number) => n.toLocaleString('id-ID');
const megabytes = (bytes: number) => `${(bytes / 1_000_000).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

/** "Too large" before anything is read: for a browser's File, whose size is known at once. */
export function sizeProblem(size: number, limits: FileLimits): FileText | undefined {
  if (size <= limits.bytes) return undefined;
  return { ok: false, line: 0, message: `Berkas terlalu besar (${megabytes(size)}); batasnya ${megabytes(limits.bytes)}. Periksa apakah berkas yang dipilih benar.` };
}

/** The line (from 1) of a byte offset: line ends before it counted as CRLF, LF or a lone CR. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i += 1) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) line += 1;
  }
  return line;
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

export function fileText(bytes: Uint8Array, limits: FileLimits): FileText {
  const tooLarge = sizeProblem(bytes.byteLength, limits);
  if (tooLarge) return tooLarge;
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { ok: false, line: 0, message: 'Berkas tersimpan sebagai UTF-16 ("Unicode Text" di Excel). Simpan ulang dengan "CSV UTF-8 (Comma delimited) (*.csv)".' };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    return { ok: false, line: 0, message: 'Berkas ini buku kerja Excel atau arsip zip, bukan CSV. Di Excel, simpan dengan "CSV UTF-8 (Comma delimited) (*.csv)".' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    // UTF-16 without its mark has a zero byte beside every ASCII letter.
    const utf16 = bytes[1] === 0 || bytes[0] === 0;
    return utf16
      ? { ok: false, line: 0, message: 'Berkas tersimpan sebagai UTF-16 ("Unicode Text" di Excel). Simpan ulang dengan "CSV UTF-8 (Comma delimited) (*.csv)".' }
      : { ok: false, line: lineAt(bytes, nul), message: 'Berkas ini bukan teks CSV: ada data biner (byte nol) di dalamnya.' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Where the first byte that is not UTF-8 is: the first replacement character of a lenient reading.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    const line = at < 0 ? 0 : lenient.slice(0, at).split(/\r\n|\r|\n/).length;
    return { ok: false, line, message: 'Berkas bukan UTF-8 (mungkin ANSI dari "CSV (Comma delimited)" di Excel). Simpan ulang dengan "CSV UTF-8 (Comma delimited) (*.csv)".' };
  }
  const lines = text.split(/\r\n|\r|\n/).length - (/(\r\n|\r|\n)$/.test(text) ? 1 : 0);
  if (lines > limits.lines) {
    return { ok: false, line: 0, message: `Berkas memuat ${number(lines)} baris; batasnya ${number(limits.lines)} baris. Periksa apakah berkas yang dipilih benar.` };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}
