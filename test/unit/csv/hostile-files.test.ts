// Hostile files for every reader of files people write: the importer's decree table (`npm run
// impor`), a content/capaian year file and the worksheet's import. Each gets a clear Indonesian
// message naming the file and, where there is one, the line; nothing is written or changed. Files
// that are only written differently (mixed line ends, columns in another order) read the same.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CAPAIAN_FILE_LIMITS, DECREE_TABLE_LIMITS, fileText } from '../../../src/domain/csv/file-text';
import { formatCsvProblem, parseCapaianCsv } from '../../../src/domain/measurement/csv';
import type { WorksheetIndicator } from '../../../src/domain/worksheet/figures';
import { decodeTable, readTable } from '../../../src/importer/table';
import { readImportFile } from '../../../src/browser/worksheet/files';
import { FORMULAS } from '../measurement/support';

const root = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'katalog-berkas-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A format's header and rows, to build each hostile file from. */
interface Format {
  header: string[];
  rows: string[][];
}
const DECREE: Format = {
  header: ['LAMPIRAN', 'TABEL', 'NO', 'SASARAN', 'INDIKATOR KINERJA', 'MAKNA, ALASAN PEMILIHAN, PERHITUNGAN ATAU PENJELASAN', 'PENANGGUNG JAWAB', 'SUMBER DATA'],
  rows: [
    ['I', '1', '1', 'Meningkatnya Investasi', 'Nilai Realisasi Investasi', '"Makna\nAlasan\nPerhitungan"', 'Kepala Dinas', 'LKPM'],
    ['I', '1', '2', '', 'Jumlah Promosi', 'Mengetahui jumlah promosi', '', ''],
  ],
};
const CAPAIAN: Format = {
  header: ['indikator', 'periode', 'target', 'realisasi', 'pembilang', 'penyebut', 'sumber', 'catatan'],
  rows: [
    ['persen', 'TW1', '', '', '30', '40', 'Rekap', '"catatan\nbaris dua"'],
    ['uang', 'TAHUN', '10.000', '', '', '', 'LKjIP', ''],
  ],
};

const utf8 = (text: string) => new TextEncoder().encode(text);
const lines = (f: Format, order = f.header.map((_, i) => i)) => [order.map((i) => f.header[i]!), ...f.rows.map((r) => order.map((i) => r[i]!))].map((r) => r.join(';'));
const valid = (f: Format) => lines(f).join('\r\n') + '\r\n';

/**
 * The hostile files: name, bytes for a format, the line of the message (0: the file as a whole) and
 * its words. A valid decree file has 5 lines (its first row's cell holds three), a capaian file 4.
 */
const CASES: [string, (f: Format) => Uint8Array, number | { decree: number; capaian: number }, RegExp][] = [
  // A PNG's first bytes: CR LF, then LF, then the zero byte, on line 3.
  ['a binary file', () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]), 3, /bukan teks CSV: ada data biner/],
  ['an Excel workbook', () => new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]), 0, /buku kerja Excel atau arsip zip, bukan CSV/],
  ['10 MB', (f) => utf8(valid(f) + `${'x'.repeat(99)}\n`.repeat(100_000)), 0, /Berkas terlalu besar \(10 MB\); batasnya [12] MB/],
  ['100,000 rows', (f) => utf8(valid(f) + ';\n'.repeat(100_000)), 0, /Berkas memuat 100\.00[0-9] baris; batasnya (10|5)\.000 baris/],
  ['UTF-16 with its mark (Excel "Unicode Text")', (f) => new Uint8Array(Buffer.from(`\uFEFF${valid(f)}`, 'utf16le')), 0, /UTF-16 \("Unicode Text" di Excel\)/],
  ['UTF-16 without a mark', (f) => new Uint8Array(Buffer.from(valid(f), 'utf16le')), 0, /UTF-16/],
  ['ANSI (Excel’s plain "CSV")', (f) => new Uint8Array(Buffer.from(`${valid(f)}persen;TW2;;;1;2;Caf\u00e9;\r\n`, 'latin1')), { decree: 6, capaian: 5 }, /bukan UTF-8/],
  ['an unterminated quote', (f) => utf8(`${valid(f)}${f.rows[1]!.slice(0, -1).join(';')};"tidak ditutup\r\n`), { decree: 6, capaian: 5 }, /Tanda kutip \(\"\) dibuka tetapi tidak ditutup/],
  ['a duplicated header', (f) => utf8([[...f.header, f.header[2]].join(';'), ...lines(f).slice(1)].join('\r\n')), 1, /dua kali/],
];
const lineIn = (line: number | { decree: number; capaian: number }, format: 'decree' | 'capaian') => (typeof line === 'number' ? line : line[format]);
/** "2024.csv:5:1: ..." names the line; "2024.csv: ..." the file as a whole. */
const placed = (line: number) => new RegExp(`^2024\\.csv:${line === 0 ? ' ' : `${line}:\\d+`}`);

describe('the importer’s decree table (npm run impor)', () => {
  it.each(CASES)('%s: a clear message with its line, nothing written', (name, bytes, line, words) => {
    const file = join(work, `${name.replace(/\W+/g, '-')}.csv`);
    writeFileSync(file, bytes(DECREE));
    const out = join(work, `out-${name.replace(/\W+/g, '-')}`);
    const run = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'scripts/impor.ts', file, '--ke', out], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}: 1 masalah; tidak ada berkas yang ditulis.`);
    const at = lineIn(line, 'decree');
    expect(run.stderr).toMatch(at === 0 ? /\n {2}(?!baris)/ : new RegExp(`baris ${at}: `));
    expect(run.stderr).toMatch(words);
    expect(() => readdirSync(out)).toThrow();
  });

  it('reads mixed line ends and columns in another order as the same table', () => {
    const read = (text: string) => readTable(decodeTable(utf8(text)) as string).rows;
    const mixed = lines(DECREE).map((l, i) => l + ['\r\n', '\n', '\r'][i % 3]).join('');
    const reordered = lines(DECREE, [7, 6, 5, 4, 3, 2, 1, 0]).join('\n');
    expect(read(mixed)).toEqual(read(valid(DECREE)));
    expect(read(reordered)).toEqual(read(valid(DECREE)));
    expect(read(valid(DECREE))).toHaveLength(2);
  });
});

/** A capaian file as the build reads content/capaian/<tahun>.csv (src/catalogue/measurement.ts). */
function readCapaian(bytes: Uint8Array) {
  const text = fileText(bytes, CAPAIAN_FILE_LIMITS);
  if (!text.ok) return { ok: false as const, problems: [formatCsvProblem({ file: '2024.csv', line: text.line, column: 1, message: text.message })] };
  const read = parseCapaianCsv(text.text, '2024.csv', FORMULAS);
  return read.ok ? read : { ok: false as const, problems: read.problems.map(formatCsvProblem) };
}

describe('a content/capaian file', () => {
  it.each(CASES)('%s: a clear message naming the file and line', (_, bytes, line, words) => {
    const read = readCapaian(bytes(CAPAIAN));
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems[0]).toMatch(placed(lineIn(line, 'capaian')));
    expect(read.problems.join('\n')).toMatch(words);
  });

  it('reads mixed line ends and columns in another order as the same rows', () => {
    const mixed = lines(CAPAIAN).map((l, i) => l + ['\r\n', '\n', '\r'][i % 3]).join('');
    const reordered = lines(CAPAIAN, [7, 6, 5, 4, 3, 2, 1, 0]).join('\n');
    const rows = readCapaian(utf8(valid(CAPAIAN)));
    expect(rows.ok && rows.rows).toHaveLength(2);
    expect(readCapaian(utf8(mixed))).toEqual(rows);
    expect(readCapaian(utf8(reordered))).toEqual(rows);
  });
});

describe('the worksheet’s import', () => {
  const indicators = new Map<string, WorksheetIndicator>(
    [...FORMULAS].map(([id, rumus]) => [id, { id, rumus, polaritas: 'naik', satuan: 'persen' }]),
  );
  const entries = new Map();
  it.each(CASES)('%s: refused with the file and line, nothing changed', async (_, bytes, line, words) => {
    const read = await readImportFile(new File([new Uint8Array(bytes(CAPAIAN))], '2024.csv'), 2024, indicators, () => undefined);
    expect(read.ok).toBe(false);
    if (read.ok || !('problems' in read)) throw new Error('expected problems');
    expect(formatCsvProblem(read.problems[0]!)).toMatch(placed(lineIn(line, 'capaian')));
    expect(read.problems.map(formatCsvProblem).join('\n')).toMatch(words);
    expect(entries.size).toBe(0);
  });

  it('checks the size before reading a byte, so a huge file never freezes the page', async () => {
    const huge = { name: '2024.csv', size: 2_000_000_000, arrayBuffer: () => Promise.reject(new Error('read')) };
    const read = await readImportFile(huge, 2024, indicators, () => undefined);
    expect(!read.ok && 'problems' in read && read.problems[0]!.message).toMatch(/terlalu besar \(2\.000 MB\)/);
  });

  it('states its limits', () => {
    expect(CAPAIAN_FILE_LIMITS).toEqual({ bytes: 1_000_000, lines: 10_000 });
    expect(DECREE_TABLE_LIMITS).toEqual({ bytes: 2_000_000, lines: 5_000 });
    expect(readFileSync(join(root, 'src/pages/lembar-kerja/index.astro'), 'utf8')).toContain('CAPAIAN_FILE_LIMITS.lines');
  });
});
