// The one CSV writer: formula-safe text (CWE-1236), numbers kept as numbers, and a round trip through
// the capaian reader (the worksheet's import and content/capaian) that loses nothing.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell, csvText, escapeFormula, numberCell, unescapeFormula } from '../../../src/domain/csv/write';
import { parseCapaianCsv, serializeCapaianCsv } from '../../../src/domain/measurement/csv';
import type { CapaianRow } from '../../../src/domain/measurement/record';
import { EMPTY_ENTRY, type WorksheetEntry } from '../../../src/domain/worksheet/entry';
import type { WorksheetIndicator } from '../../../src/domain/worksheet/figures';
import { exportYear, readImport } from '../../../src/browser/worksheet/files';
import { FORMULAS, d } from '../measurement/support';

describe('a text cell that a spreadsheet would run gets a leading quote', () => {
  it.each([
    // text, as written (OWASP: cells starting with = + - @ TAB CR)
    ['=HYPERLINK("http://contoh.invalid","klik")', `"'=HYPERLINK(""http://contoh.invalid"",""klik"")"`],
    ['+62 812', "'+62 812"],
    ['-5 (turun)', "'-5 (turun)"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    // A text that starts with the quote before such a character keeps its own quote.
    ["'=1+1", "''=1+1"],
    // Harmless text is written as it is.
    ['LKjIP 2024', 'LKjIP 2024'],
    ["'kutip", "'kutip"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('%j', (text, written) => {
    expect(csvCell(text, ',')).toBe(written);
    expect(unescapeFormula(escapeFormula(text))).toBe(text);
  });

  it('leaves numbers, negative ones included, as numbers', () => {
    expect(csvCell(-12.5, ',')).toBe('-12.5');
    expect(csvCell(numberCell('-1.234,5'), ';')).toBe('-1.234,5');
    expect(csvCell(numberCell('-0.5'), ',')).toBe('-0.5');
    expect(csvCell(null, ',')).toBe('');
  });

  it('follows csv-stringify’s escape_formulas for any text (property)', () => {
    // csv-stringify writes a text that starts with "'" unchanged; this writer doubles it before a
    // formula so that the reader can take exactly one off, so those texts are left out here.
    const text = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', 'a', ' ', ',', '"', '\n', '1') });
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (cells) => {
        const ours = csvText(cells.map((_, i) => `k${i}`), [cells], { delimiter: ',', bom: false });
        const theirs = stringify([cells.map((_, i) => `k${i}`), cells], { escape_formulas: true, record_delimiter: '\r\n', quoted_match: /^\s|\s$/ });
        expect(parse(ours)).toEqual(parse(theirs));
      }),
    );
  });

  it('is undone by unescapeFormula, one quote only (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '-', 'x', '\t') }), (text) => {
        expect(unescapeFormula(escapeFormula(text))).toBe(text);
      }),
    );
  });
});

describe('csvText', () => {
  it('writes a byte-order mark only when asked (files for Excel), and CRLF after every row', () => {
    expect(csvText(['a', 'b'], [[1, 'x;y']], { delimiter: ';', bom: true })).toBe('\uFEFFa;b\r\n1;"x;y"\r\n');
    expect(csvText(['a', 'b'], [[1, 'x;y']], { delimiter: ',', bom: false })).toBe('a,b\r\n1,x;y\r\n');
  });
});

describe('a capaian file round trip keeps every text as typed', () => {
  const row = (sumber: string, catatan: string): CapaianRow => ({ indikator: 'persen', periode: 'TW1', target: d('-5'), sumber, catatan });

  it.each([
    ['=HYPERLINK("http://contoh.invalid")', '@SUM(A1)'],
    ['+62 812 5555', '-1 dibanding tahun lalu'],
    ["'=sudah dikutip", "''=dua kutip"],
  ])('%j, %j', (sumber, catatan) => {
    const text = serializeCapaianCsv([row(sumber, catatan)]);
    // Both texts are written behind a quote, as written in the file's cells.
    expect(text.split('\r\n')[1]!.match(/;"?'/g)).toHaveLength(2);
    // Negative target stays a number: no quote before it.
    expect(text.split('\r\n')[1]!.split(';')[2]).toBe('-5');
    const read = parseCapaianCsv(text, '2024.csv', FORMULAS);
    expect(read.ok && read.rows).toEqual([row(sumber, catatan)]);
  });

  it('for any text (property)', () => {
    const typed = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', 'a', ' ', ';', '"', '\n', 'é') }).map((t) => t.trim()).filter(Boolean);
    fc.assert(
      fc.property(typed, typed, (sumber, catatan) => {
        const read = parseCapaianCsv(serializeCapaianCsv([row(sumber, catatan)]), '2024.csv', FORMULAS);
        expect(read.ok && read.rows[0]).toEqual(row(sumber, catatan));
      }),
    );
  });
});

describe('the worksheet’s export and import', () => {
  const CACAH: WorksheetIndicator = { id: 'cacah', rumus: { jenis: 'cacah', besaran: { label: 'Layanan' } }, polaritas: 'naik', satuan: 'layanan' };
  const entry = (sumber: string, catatan: string): WorksheetEntry => ({ ...EMPTY_ENTRY, state: { ...EMPTY_ENTRY.state, texts: { n: '3', t: '4' } }, sumber, catatan });

  it.each([
    ['=HYPERLINK("http://contoh.invalid","klik")', '@SUM(A1:A9)'],
    ['+62 812 5555', '-1 dibanding TW lalu'],
  ])('round trip of %j and %j: the file is formula-safe, the worksheet gets the text back', (sumber, catatan) => {
    const entries = new Map([['TAHUN' as const, new Map([['cacah', entry(sumber, catatan)]])]]);
    const exported = exportYear([CACAH], entries);
    expect(exported.text).toBeDefined();
    const row = exported.text!.split('\r\n')[1]!;
    // A spreadsheet shows both texts as typed, behind the quote it does not show.
    expect(parse(row, { delimiter: ';' })[0]).toEqual(['cacah', 'TAHUN', '4', '3', '', '', `'${sumber}`, `'${catatan}`]);
    const read = readImport(exported.text!, '2024.csv', 2024, new Map([['cacah', CACAH]]), () => undefined);
    expect(read.ok && read.changes.map((c) => [c.berkas.sumber, c.berkas.catatan, c.status])).toEqual([[sumber, catatan, 'baru']]);
  });
});
