// Reading and writing content/capaian/<tahun>.csv: every error case names its line and column.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsvProblem, parseCapaianCsv, serializeCapaianCsv } from '../../../src/domain/measurement/csv';
import { type CapaianRow, PERIODS } from '../../../src/domain/measurement/record';
import { decimal } from '../../../src/domain/number/decimal';
import { FORMULAS, d, plain } from './support';

const HEADER = 'indikator;periode;target;realisasi;pembilang;penyebut;sumber;catatan';
const read = (...lines: string[]) => parseCapaianCsv(lines.join('\r\n'), '2024.csv', FORMULAS);

describe('reading a valid file', () => {
  it('reads Indonesian numbers, a BOM, quoted cells and any column order', () => {
    const result = parseCapaianCsv(
      '\uFEFFperiode;indikator;target;realisasi;sumber\n' +
        'TAHUN;uang;10.000.000.000;12.400.000.000,5;"LKjIP 2024; diolah"\n' +
        'TW1;persen;61,7;;"kata ""resmi""\nbaris dua"\n',
      '2024.csv',
      FORMULAS,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.rows.map((r) => [r.indikator, r.periode, plain(r.target), plain(r.realisasi), r.sumber])).toEqual([
      ['uang', 'TAHUN', '10000000000', '12400000000.5', 'LKjIP 2024; diolah'],
      ['persen', 'TW1', '61.7', undefined, 'kata "resmi"\nbaris dua'],
    ]);
  });

  it('keeps parts without filling in realisasi, and skips blank lines', () => {
    const result = read(HEADER, 'persen;TW1;;;30;40;;', '', 'rasio;TAHUN;1;1,25;150;120;;');
    expect(result.ok && result.rows.map((r) => [plain(r.realisasi), plain(r.pembilang), plain(r.penyebut)])).toEqual([
      [undefined, '30', '40'],
      ['1.25', '150', '120'], // 150 / 120 = 1,25 exactly
    ]);
  });

  it('accepts a realisasi that equals its parts after rounding to two decimals', () => {
    // 2 / 3 × 100 = 66,666...% -> 66,67
    expect(read(HEADER, 'persen;TAHUN;;66,67;2;3;;').ok).toBe(true);
    // 66,666 rounds to 66,67 as well
    expect(read(HEADER, 'persen;TAHUN;;66,666;2;3;;').ok).toBe(true);
  });

  it('accepts the decree’s fixed denominator, 125', () => {
    // 100 / 125 × 100 = 80%
    expect(read(HEADER, 'tetap;TAHUN;;80;100;125;;').ok).toBe(true);
  });
});

describe('a bad file is refused with its line and column', () => {
  it.each([
    // name, lines, expected "line:column (field)" and a word of the message
    ['unknown column', [`${HEADER};keterangan`, 'uang;TAHUN;1;;;;;;'], '2024.csv:1:9', /Kolom “keterangan” tidak dikenal/],
    ['duplicate column', ['indikator;periode;target;target', 'uang;TAHUN;1;1'], '2024.csv:1:4 (target)', /dua kali/],
    ['missing periode column', ['indikator;target', 'uang;1'], '2024.csv:1:1 (periode)', /tidak ada pada baris judul/],
    ['empty file', [''], '2024.csv:1:1', /Berkas kosong/],
    ['unknown indicator', [HEADER, 'uang;TAHUN;1;;;;;', 'hilang;TAHUN;1;;;;;'], '2024.csv:3:1 (indikator)', /“hilang” tidak dikenal/],
    ['empty indicator', [HEADER, ';TAHUN;1;;;;;'], '2024.csv:2:1 (indikator)', /Isi id indikator/],
    ['unknown period', [HEADER, 'uang;TW5;1;;;;;'], '2024.csv:2:2 (periode)', /Periode “TW5” tidak dikenal/],
    ['lower-case period', [HEADER, 'uang;tahun;1;;;;;'], '2024.csv:2:2 (periode)', /TW1, TW2, TW3, TW4, TAHUN/],
    ['number with a decimal dot', [HEADER, 'persen;TAHUN;61.7;;;;;'], '2024.csv:2:3 (target)', /“61.7” tidak terbaca.*koma/],
    ['words in a number', [HEADER, 'uang;TAHUN;;2,5 miliar;;;;'], '2024.csv:2:4 (realisasi)', /miliar/],
    ['duplicate indicator and period', [HEADER, 'uang;TW1;;5;;;;', 'cacah;TW1;;5;;;;', 'uang;TW1;;6;;;;'], '2024.csv:4:2 (periode)', /sudah tertulis pada baris 2/],
    ['parts that disagree with realisasi', [HEADER, 'persen;TAHUN;;61,7;30;40;;'], '2024.csv:2:4 (realisasi)', /tidak sama.*75/], // 30 / 40 = 75%
    ['a ratio that disagrees', [HEADER, 'rasio;TAHUN;;1,2;150;120;;'], '2024.csv:2:4 (realisasi)', /1,25/], // 150 / 120 = 1,25
    ['pembilang without penyebut', [HEADER, 'persen;TW1;;;30;;;'], '2024.csv:2:6 (penyebut)', /diisi berdua/],
    ['parts on a sum', [HEADER, 'uang;TW1;;;30;40;;'], '2024.csv:2:5 (pembilang)', /tidak dihitung dari pembilang dan penyebut/],
    ['zero penyebut', [HEADER, 'persen;TW1;;;0;0;;'], '2024.csv:2:6 (penyebut)', /tidak boleh 0/],
    ['negative pembilang', [HEADER, 'persen;TW1;;;-3;10;;'], '2024.csv:2:5 (pembilang)', /negatif/],
    ['a denominator other than the decree’s 125', [HEADER, 'tetap;TAHUN;;80;100;120;;'], '2024.csv:2:6 (penyebut)', /125/],
    ['a row without figures', [HEADER, 'uang;TAHUN;;;;;LKjIP;'], '2024.csv:2:3 (target)', /tidak berisi target/],
    ['a row without figures, in a file without number columns', ['indikator;periode;sumber', 'uang;TAHUN;LKjIP'], '2024.csv:2:1 (target)', /tidak berisi target/],
    ['a cell beyond the header', ['indikator;periode;target', 'uang;TAHUN;1;2'], '2024.csv:2:4', /di luar kolom/],
    ['an unclosed quote', [HEADER, 'uang;TAHUN;1;;;;"LKjIP;'], '2024.csv:2:7', /kutip/],
  ])('%s', (_name, lines, where, says) => {
    const result = read(...lines);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const messages = result.problems.map(formatCsvProblem);
    expect(messages.some((m) => m.startsWith(`${where}: `) && says.test(m)), messages.join('\n')).toBe(true);
  });

  it('names the line a quoted cell starts on, after a cell spanning lines', () => {
    const result = read(HEADER, 'uang;TW1;;5;;;"baris satu\nbaris dua";', 'uang;TW9;;5;;;;');
    expect(!result.ok && result.problems.map(formatCsvProblem)).toEqual([expect.stringMatching(/^2024\.csv:4:2 \(periode\): /)]);
  });

  it('reports every problem of the file, not only the first', () => {
    const result = read(HEADER, 'hilang;TAHUN;1;;;;;', 'uang;TW7;x;;;;;');
    expect(!result.ok && result.problems.map((p) => `${p.line}:${p.column}`)).toEqual(['2:1', '3:2', '3:3']);
  });
});

describe('writing', () => {
  it('writes what Excel set to Indonesian opens as columns and numbers', () => {
    const rows: CapaianRow[] = [
      { indikator: 'uang', periode: 'TAHUN', target: d('10000000000'), realisasi: d('12400000000.5'), sumber: 'LKjIP 2024; diolah' },
      { indikator: 'persen', periode: 'TW1', pembilang: d('30'), penyebut: d('40'), catatan: 'kata "resmi"' },
    ];
    expect(serializeCapaianCsv(rows)).toBe(
      '\uFEFF' +
        `${HEADER}\r\n` +
        'uang;TAHUN;10.000.000.000;12.400.000.000,5;;;"LKjIP 2024; diolah";\r\n' +
        'persen;TW1;;;30;40;;"kata ""resmi"""\r\n',
    );
  });

  it('reads back every row it writes, unchanged (property)', () => {
    const amount = fc.bigInt({ min: 0n, max: 10n ** 14n }).chain((units) => fc.integer({ min: 0, max: 3 }).map((scale) => decimal(units, scale)));
    const text = fc.option(fc.string({ minLength: 1 }).filter((s) => s.trim() === s && s.trim() !== ''), { nil: undefined });
    const row = fc.record({
      indikator: fc.constantFrom('uang', 'cacah', 'ikm'),
      periode: fc.constantFrom(...PERIODS),
      target: amount,
      realisasi: fc.option(amount, { nil: undefined }),
      sumber: text,
      catatan: text,
    });
    const unique = fc.uniqueArray(row, { selector: (r) => `${r.indikator} ${r.periode}`, maxLength: 8 });
    fc.assert(
      fc.property(unique, (rows) => {
        const result = parseCapaianCsv(serializeCapaianCsv(rows), 'x.csv', FORMULAS);
        const same = (r: (typeof rows)[number]) => [r.indikator, r.periode, plain(r.target), plain(r.realisasi), r.sumber, r.catatan];
        expect(result.ok && result.rows.map((r) => same(r as (typeof rows)[number]))).toEqual(rows.map(same));
      }),
    );
  });
});
