/**
 * The file format of published figures, `content/capaian/<tahun>.csv`: the contract between the
 * staff worksheet, the repository and the site. It opens as proper columns and numbers in Excel or
 * LibreOffice set to Indonesian: UTF-8 (a byte-order mark is allowed), `;` between cells, numbers
 * written the Indonesian way (`1.234,5`), and a header row naming the columns
 * (`indikator;periode;target;realisasi;pembilang;penyebut;sumber;catatan`, in any order; only
 * `indikator` and `periode` must be present, an unknown column is an error).
 *
 * The reader is written here rather than taken from csv-parse: its browser build carries a Buffer
 * shim (about 14 KB gzip, 40% of the worksheet's JavaScript budget) for a format with one
 * delimiter and RFC 4180 quotes, and every message must name the line each cell starts on, which
 * a record-level parser does not track. Pure and browser-safe: no Node API.
 */
import type { FormulaDefinition } from '../formula/definition';
import { type Decimal, compare, decimalFromNumber, isNegative, round } from '../number/decimal';
import { formatExactNumber } from '../number/format';
import { parseIndonesianNumber } from '../number/parse';
import { type CsvCellValue, csvText, numberCell, unescapeFormula } from '../csv/write';
import { KINDS_WITH_PARTS, realisationFromParts } from './annual';
import { type CapaianColumn, type CapaianRow, type Periode, CAPAIAN_COLUMNS, PERIODS } from './record';

/** A problem in a file, where it is: line and column from 1 (line 1 is the header). */
export interface CsvProblem {
  file: string;
  line: number;
  column: number;
  /** The header name of the column, when the problem is in a known column. */
  field?: CapaianColumn | undefined;
  message: string;
}

/** "content/capaian/2024.csv:5:4 (realisasi): ...", or "2024.csv: ..." for the file as a whole (line 0). */
export function formatCsvProblem(p: CsvProblem): string {
  if (p.line === 0) return `${p.file}: ${p.message}`;
  return `${p.file}:${p.line}:${p.column}${p.field ? ` (${p.field})` : ''}: ${p.message}`;
}

export type CsvReadResult = { ok: true; rows: CapaianRow[] } | { ok: false; problems: CsvProblem[] };

/** A cell as read: its text and where it starts. */
interface Cell {
  text: string;
  line: number;
  column: number;
}

/**
 * Splits `;`-separated text into records of cells (RFC 4180 quoting, `""` for a quote inside
 * quotes, CRLF, LF or CR line ends). Blank lines are skipped. An unclosed quote is reported.
 */
function splitRecords(text: string): { records: Cell[][]; unclosedAt?: { line: number; column: number } } {
  const records: Cell[][] = [];
  let record: Cell[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const endRecord = () => {
    if (!(record.length === 1 && record[0]!.text.trim() === '')) records.push(record);
    record = [];
  };
  while (i <= text.length) {
    const cell: Cell = { text: '', line, column };
    if (text[i] === '"') {
      // A quoted cell: runs to the next lone quote, across line ends.
      i += 1;
      for (;;) {
        if (i >= text.length) return { records, unclosedAt: { line: cell.line, column: cell.column } };
        const char = text[i]!;
        if (char === '"' && text[i + 1] === '"') {
          cell.text += '"';
          i += 2;
        } else if (char === '"') {
          i += 1;
          break;
        } else {
          if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line += 1;
          cell.text += char;
          i += 1;
        }
      }
    }
    // Unquoted text, or what follows a closing quote, up to the separator or the line end.
    while (i < text.length && !';\r\n'.includes(text[i]!)) cell.text += text[i++];
    record.push(cell);
    if (text[i] === ';') {
      i += 1;
      column += 1;
      continue;
    }
    endRecord();
    if (i >= text.length) break;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    line += 1;
    column = 1;
  }
  return { records };
}

/** The columns that hold numbers. A target or realisasi may be negative (a fall in growth), parts may not. */
const NUMBER_COLUMNS = ['target', 'realisasi', 'pembilang', 'penyebut'] as const;
type NumberColumn = (typeof NUMBER_COLUMNS)[number];

function isPeriode(text: string): text is Periode {
  return (PERIODS as readonly string[]).includes(text);
}

/**
 * Reads a capaian CSV file. `indicators` maps each known indicator id to its formula, which
 * decides whether the row may have parts and how they give its realisasi. Returns the rows, or
 * every problem found, each with its line and column, in file order. Rows keep what staff wrote:
 * a realisasi computed from parts is not filled in here (see `rowRealisation`). `notHeld` says why an id
 * missing from `indicators` is refused when it is a known indicator (its year's decree does not hold it).
 */
export function parseCapaianCsv(
  text: string,
  fileName: string,
  indicators: ReadonlyMap<string, FormulaDefinition>,
  notHeld: (id: string) => string | undefined = () => undefined,
): CsvReadResult {
  const problems: CsvProblem[] = [];
  const report = (line: number, column: number, field: CapaianColumn | undefined, message: string) =>
    problems.push({ file: fileName, line, column, field, message });

  const { records, unclosedAt } = splitRecords(text.replace(/^\uFEFF/, ''));
  if (unclosedAt) report(unclosedAt.line, unclosedAt.column, undefined, 'Tanda kutip (") dibuka tetapi tidak ditutup.');
  const [header, ...body] = records;
  if (!header) {
    report(1, 1, undefined, `Berkas kosong: baris pertama harus berisi judul kolom ${CAPAIAN_COLUMNS.join(';')}.`);
    return { ok: false, problems };
  }

  const columns: (CapaianColumn | undefined)[] = header.map((cell) => {
    const name = cell.text.trim();
    const known = CAPAIAN_COLUMNS.find((c) => c === name);
    if (!known) report(cell.line, cell.column, undefined, `Kolom “${name}” tidak dikenal. Kolom yang dikenal: ${CAPAIAN_COLUMNS.join(', ')}.`);
    return known;
  });
  CAPAIAN_COLUMNS.forEach((name) => {
    const at = columns.indexOf(name);
    if (at >= 0 && columns.indexOf(name, at + 1) >= 0) report(1, columns.indexOf(name, at + 1) + 1, name, `Kolom “${name}” tertulis dua kali.`);
  });
  for (const required of ['indikator', 'periode'] as const) {
    if (!columns.includes(required)) report(1, 1, required, `Kolom “${required}” tidak ada pada baris judul.`);
  }
  if (problems.length > 0) return { ok: false, problems };

  const rows: CapaianRow[] = [];
  const seen = new Map<string, number>();
  for (const record of body) {
    const cells = new Map<CapaianColumn, Cell>();
    record.forEach((cell, index) => {
      const name = columns[index];
      if (name) cells.set(name, cell);
      else if (cell.text.trim() !== '') report(cell.line, cell.column, undefined, 'Sel ini berada di luar kolom yang bernama pada baris judul.');
    });
    const first = record[0]!;
    // A missing cell (a short row, or a column the header leaves out) is empty; it is reported at its
    // column, or where the row starts when the header has no such column.
    const at = (name: CapaianColumn) =>
      cells.get(name) ?? { text: '', line: first.line, column: columns.includes(name) ? columns.indexOf(name) + 1 : first.column };
    const problem = (name: CapaianColumn, message: string) => report(at(name).line, at(name).column, name, message);
    const textOf = (name: CapaianColumn) => at(name).text.trim();
    const before = problems.length;

    const id = textOf('indikator');
    const rumus = indicators.get(id);
    if (!id) problem('indikator', 'Isi id indikator (bagian alamat halamannya, /indikator/<id>/).');
    else if (!rumus) problem('indikator', notHeld(id) ?? `Indikator “${id}” tidak dikenal: tidak ada halaman /indikator/${id}/.`);

    const periode = textOf('periode');
    if (!isPeriode(periode)) problem('periode', `Periode “${periode}” tidak dikenal. Tulis salah satu: ${PERIODS.join(', ')}.`);

    const numbers: Partial<Record<NumberColumn, Decimal>> = {};
    for (const name of NUMBER_COLUMNS) {
      const raw = textOf(name);
      if (raw === '') continue;
      const read = parseIndonesianNumber(raw);
      if (!read.ok) problem(name, `“${raw}” tidak terbaca sebagai angka. ${read.message}`);
      else if ((name === 'pembilang' || name === 'penyebut') && isNegative(read.value)) problem(name, `${name === 'pembilang' ? 'Pembilang' : 'Penyebut'} tidak boleh negatif.`);
      else numbers[name] = read.value;
    }
    const { target, realisasi, pembilang, penyebut } = numbers;

    if (rumus && (textOf('pembilang') !== '' || textOf('penyebut') !== '')) {
      if (!KINDS_WITH_PARTS.includes(rumus.jenis)) {
        problem('pembilang', `Indikator ini (rumus ${rumus.jenis}) tidak dihitung dari pembilang dan penyebut: kosongkan kedua kolom.`);
      } else if (textOf('pembilang') === '' || textOf('penyebut') === '') {
        problem(textOf('pembilang') === '' ? 'pembilang' : 'penyebut', 'Pembilang dan penyebut diisi berdua, atau dikosongkan berdua.');
      } else if (pembilang && penyebut) {
        const fixed = rumus.jenis === 'persentase' && 'tetap' in rumus.penyebut ? rumus.penyebut.tetap : undefined;
        const computed = realisationFromParts(rumus, pembilang, penyebut);
        if (fixed !== undefined && compare(penyebut, decimalFromNumber(fixed)) !== 0) {
          problem('penyebut', `Keputusan menetapkan penyebut indikator ini ${fixed}; tertulis ${formatExactNumber(penyebut)}.`);
        } else if (!computed.ok) {
          problem('penyebut', computed.errors[0]!.message);
        } else if (realisasi && compare(round(realisasi, 2), computed.result) !== 0) {
          problem(
            'realisasi',
            `Realisasi ${formatExactNumber(realisasi)} tidak sama dengan hasil pembilang dan penyebut, ${formatExactNumber(computed.result)} (dibulatkan dua desimal).`,
          );
        }
      }
    }
    if (NUMBER_COLUMNS.every((name) => textOf(name) === '')) {
      problem('target', 'Baris ini tidak berisi target, realisasi, maupun pembilang dan penyebut.');
    }

    if (id && isPeriode(periode)) {
      const key = `${id}\u0000${periode}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) problem('periode', `Indikator “${id}” periode ${periode} sudah tertulis pada baris ${earlier}.`);
      else seen.set(key, first.line);
    }
    if (problems.length > before || !rumus || !isPeriode(periode)) continue;
    // The writer's `'` before a text that a spreadsheet would run as a formula comes off again.
    const sumber = unescapeFormula(textOf('sumber'));
    const catatan = unescapeFormula(textOf('catatan'));
    rows.push({
      indikator: id,
      periode,
      ...(target && { target }),
      ...(realisasi && { realisasi }),
      ...(pembilang && penyebut && { pembilang, penyebut }),
      ...(sumber && { sumber }),
      ...(catatan && { catatan }),
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, rows };
}

/**
 * Writes rows as a capaian CSV file that `parseCapaianCsv` reads back to the same rows: a
 * byte-order mark (so Excel reads UTF-8), the header in the site's column order, `;` between cells,
 * CRLF line ends, numbers with every digit written the Indonesian way ("1.234.567,5"), and text
 * made formula-safe (`src/domain/csv/write.ts`).
 */
export function serializeCapaianCsv(rows: readonly CapaianRow[]): string {
  const cell = (row: CapaianRow, name: CapaianColumn): CsvCellValue => {
    const value = row[name];
    return value === undefined || typeof value === 'string' ? value : numberCell(formatExactNumber(value));
  };
  return csvText(CAPAIAN_COLUMNS, rows.map((row) => CAPAIAN_COLUMNS.map((name) => cell(row, name))), { delimiter: ';', bom: true });
}
