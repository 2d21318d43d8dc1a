// The worksheet's pure logic: entries as stored fields, storage keys, the CSV row of each formula
// kind and back, the year's file, and an import's changes with conflicts. Figures worked by hand.
import { describe, expect, it } from 'vitest';
import { computationOf } from '../../../src/domain/calculator/kinds';
import * as ikm from '../../../src/domain/calculator/kinds/ikm-computation';
import * as jumlah from '../../../src/domain/calculator/kinds/sum-computation';
import { EMPTY_STATE } from '../../../src/domain/calculator/model';
import type { FormulaDefinition } from '../../../src/domain/formula/definition';
import { parseCapaianCsv, serializeCapaianCsv } from '../../../src/domain/measurement/csv';
import type { CapaianRow, Periode } from '../../../src/domain/measurement/record';
import { decimalFromString as d, normalize, toPlainString, type Decimal } from '../../../src/domain/number/decimal';
import { entryOfRow, rowOfEntry, rowsOfYear, type YearEntries } from '../../../src/domain/worksheet/csv-rows';
import { EMPTY_ENTRY, type WorksheetEntry, applyChanges, entryFields, entryFromFields, fieldChanges, isBlank } from '../../../src/domain/worksheet/entry';
import { entryFigures, type WorksheetIndicator } from '../../../src/domain/worksheet/figures';
import { entryKey, fieldKey, fieldsOfYear, readFieldKey } from '../../../src/domain/worksheet/keys';
import { importChanges, importWrites, sameRow } from '../../../src/domain/worksheet/merge';

// IKM and jumlah compute with modules of their own, which the worksheet loads and gives each indicator.
const indicator = (id: string, rumus: FormulaDefinition, satuan = 'persen'): WorksheetIndicator => ({
  id,
  rumus,
  polaritas: 'naik',
  satuan,
  computation: computationOf(rumus, { ikm, jumlah }),
});
const PERSEN = indicator('persen', { jenis: 'persentase', pembilang: { label: 'Peserta' }, penyebut: { label: 'Terdaftar' } });
const TETAP = indicator('tetap', { jenis: 'persentase', pembilang: { label: 'Warga terampil' }, penyebut: { label: '125 Orang', tetap: 125 } });
const RASIO = indicator('rasio', { jenis: 'rasio', pembilang: { label: 'Persediaan' }, penyebut: { label: 'Kebutuhan' } }, 'rasio');
const UANG = indicator('uang', { jenis: 'jumlah', uang: true, entri: { label: 'Realisasi PMDN', satuan: 'Rp' } }, 'rupiah');
const CACAH = indicator('cacah', { jenis: 'cacah', besaran: { label: 'Layanan', satuan: 'layanan' } }, 'layanan');
const IKM = indicator('ikm', { jenis: 'ikm' }, 'indeks');
const SAKIP = indicator('sakip', { jenis: 'sakip' }, 'nilai');
const ALL = [PERSEN, TETAP, RASIO, UANG, CACAH, IKM, SAKIP];
const BY_ID = new Map(ALL.map((i) => [i.id, i]));

const typed = (texts: Record<string, string>, more: Partial<WorksheetEntry> = {}): WorksheetEntry => ({
  ...EMPTY_ENTRY,
  ...more,
  state: { ...EMPTY_STATE, ...more.state, texts },
});
const plain = (value: Decimal | undefined) => (value ? toPlainString(normalize(value)) : undefined);
/** A row's numbers as plain strings, for comparing. */
const cells = (row: CapaianRow | undefined) =>
  row && {
    indikator: row.indikator,
    periode: row.periode,
    target: plain(row.target),
    realisasi: plain(row.realisasi),
    pembilang: plain(row.pembilang),
    penyebut: plain(row.penyebut),
    sumber: row.sumber,
    catatan: row.catatan,
  };
function rowOf(ind: WorksheetIndicator, entry: WorksheetEntry, periode: Periode = 'TW1') {
  const read = rowOfEntry(ind, periode, entry);
  if (!read.ok) throw new Error(read.problem.message);
  return cells(read.row);
}

describe('an entry as stored fields', () => {
  it('keeps what is typed, as typed, and leaves blanks out', () => {
    const entry = typed({ a: '3.120', b: ' 4.000 ', t: '' }, { sumber: 'Rekap TW1' });
    expect(entryFields(entry)).toEqual({ a: '3.120', b: ' 4.000 ', sumber: 'Rekap TW1' });
    expect(entryFromFields(entryFields(entry))).toEqual({ ...entry, state: { ...entry.state, texts: { a: '3.120', b: ' 4.000 ' } } });
  });

  it('keeps a sum’s rows, the paste mode and the IKM weight', () => {
    const entry: WorksheetEntry = { ...EMPTY_ENTRY, state: { texts: { 'e-0': '1', 'e-2': '2' }, rows: [0, 2], paste: true, rounded: true } };
    expect(entryFields(entry)).toEqual({ 'e-0': '1', 'e-2': '2', baris: '0,2', m: 'tempel', w: '0111' });
    expect(entryFromFields(entryFields(entry))).toEqual(entry);
  });

  it('gives every entry row with a text a row, even one the stored rows miss (written by another tab)', () => {
    expect(entryFromFields({ 'e-0': '1', 'e-5': '2', baris: '0' }).state.rows).toEqual([0, 5]);
  });

  it('writes only the field that changed, and removes an emptied one', () => {
    const before = typed({ a: '30', b: '40' }, { catatan: 'x' });
    expect(fieldChanges(before, typed({ a: '30', b: '41' }, { catatan: 'x' }))).toEqual({ set: { b: '41' }, remove: [] });
    expect(fieldChanges(before, typed({ a: '30' }, { catatan: 'x' }))).toEqual({ set: {}, remove: ['b'] });
    // Another tab's change applied to this tab's entry keeps this tab's other fields.
    expect(entryFields(applyChanges(before, { set: { t: '80' }, remove: ['catatan'] }))).toEqual({ a: '30', b: '40', t: '80' });
    expect(isBlank(EMPTY_ENTRY)).toBe(true);
    expect(isBlank(typed({}, { berkas: '5' }))).toBe(false);
  });
});

describe('storage keys', () => {
  it('are [tahun, periode, indikator, field], read back only when well formed', () => {
    expect(fieldKey(2024, 'TW1', 'persen', 'a')).toEqual([2024, 'TW1', 'persen', 'a']);
    expect(readFieldKey([2024, 'TW1', 'persen', 'a'])).toEqual([2024, 'TW1', 'persen', 'a']);
    for (const bad of [[2024, 'TW5', 'x', 'a'], ['2024', 'TW1', 'x', 'a'], [2024, 'TW1', '', 'a'], [2024, 'TW1', 'x'], 'x', 5]) {
      expect(readFieldKey(bad)).toBeUndefined();
    }
  });

  it('group one year’s records by entry, leaving other years and strays out', () => {
    const records: [unknown, unknown][] = [
      [[2024, 'TW1', 'persen', 'a'], '30'],
      [[2024, 'TW1', 'persen', 'b'], '40'],
      [[2024, 'TAHUN', 'persen', 't'], '80'],
      [[2023, 'TW1', 'persen', 'a'], '1'],
      [['lain'], '?'],
      [[2024, 'TW1', 'persen', 'c'], 5],
    ];
    expect(fieldsOfYear(records, 2024)).toEqual(
      new Map([
        [entryKey('TW1', 'persen'), { a: '30', b: '40' }],
        [entryKey('TAHUN', 'persen'), { t: '80' }],
      ]),
    );
  });
});

describe('the CSV row of each formula kind', () => {
  it('persentase: the inputs are pembilang and penyebut, the site computes the realisasi', () => {
    expect(rowOf(PERSEN, typed({ a: '3.120', b: '4.000', t: '80' }, { sumber: 'Rekap', catatan: 'cek' }))).toEqual({
      indikator: 'persen', periode: 'TW1', target: '80', realisasi: undefined, pembilang: '3120', penyebut: '4000', sumber: 'Rekap', catatan: 'cek',
    });
    // 3.120 / 4.000 × 100% = 78%; capaian 78 / 80 × 100% = 97,5%
    const figures = entryFigures(PERSEN, typed({ a: '3.120', b: '4.000', t: '80' }));
    expect([plain(figures.realisasi), plain(figures.achievement?.value), figures.achievement?.band.kategori]).toEqual(['78', '97.5', 'Sangat Baik']);
  });

  it('persentase with the decree’s fixed denominator: penyebut is its number, 125', () => {
    expect(rowOf(TETAP, typed({ a: '100' }))).toMatchObject({ pembilang: '100', penyebut: '125', realisasi: undefined });
  });

  it('rasio: pembilang and penyebut', () => {
    expect(rowOf(RASIO, typed({ a: '1.500', b: '1.200' }))).toMatchObject({ pembilang: '1500', penyebut: '1200' });
  });

  it('jumlah: the realisasi is the exact sum of the entries', () => {
    // 1.000.000.000 + 2.500.000.000,5 = 3.500.000.000,5
    const entry: WorksheetEntry = { ...EMPTY_ENTRY, state: { ...EMPTY_STATE, texts: { 'e-0': '1.000.000.000', 'e-1': '2.500.000.000,5' }, rows: [0, 1] } };
    expect(rowOf(UANG, entry)).toMatchObject({ realisasi: '3500000000.5', pembilang: undefined });
  });

  it('cacah: the count', () => {
    expect(rowOf(CACAH, typed({ n: '12', t: '20' }))).toMatchObject({ realisasi: '12', target: '20' });
  });

  it('IKM: the converted index the calculator reports', () => {
    // 10 respondents, each unsur total 30: NRR 3, weighted by 1/9 nine times: 3; × 25 = 75,00
    const texts: Record<string, string> = { r: '10' };
    for (let u = 1; u <= 9; u += 1) texts[`u${u}`] = '30';
    expect(rowOf(IKM, typed(texts))).toMatchObject({ realisasi: '75' });
  });

  it('SAKIP: the sum of the four components', () => {
    // 25 + 24 + 12 + 20 = 81
    expect(rowOf(SAKIP, typed({ s1: '25', s2: '24', s3: '12', s4: '20' }))).toMatchObject({ realisasi: '81' });
  });

  it('a target alone is a row; a note alone is not; a blank entry is not', () => {
    expect(rowOf(PERSEN, typed({ t: '80' }))).toMatchObject({ target: '80', pembilang: undefined, realisasi: undefined });
    expect(rowOf(PERSEN, typed({}, { catatan: 'menunggu data' }))).toBeUndefined();
    expect(rowOf(PERSEN, EMPTY_ENTRY)).toBeUndefined();
  });

  it('an invalid entry is a problem on its input, in the calculators’ words', () => {
    const read = rowOfEntry(PERSEN, 'TW2', typed({ a: '30' }));
    expect(read).toEqual({ ok: false, problem: { indikator: 'persen', periode: 'TW2', name: 'b', message: 'Isi Terdaftar.' } });
    const zero = rowOfEntry(PERSEN, 'TW2', typed({ a: '30', b: '0' }));
    expect(zero.ok).toBe(false);
    const target = rowOfEntry(CACAH, 'TW1', typed({ n: '3', t: 'dua' }));
    expect(target.ok ? undefined : target.problem.name).toBe('t');
  });
});

describe('a CSV row back into an entry', () => {
  const row = (partial: Partial<CapaianRow> & { indikator: string }): CapaianRow => ({ periode: 'TW1', ...partial });

  it('rebuilds the inputs where the row holds them', () => {
    expect(entryOfRow(PERSEN, row({ indikator: 'persen', target: d('80'), pembilang: d('3120'), penyebut: d('4000'), sumber: 'Rekap' }))).toEqual(
      typed({ t: '80', a: '3.120', b: '4.000' }, { sumber: 'Rekap' }),
    );
    expect(entryOfRow(TETAP, row({ indikator: 'tetap', pembilang: d('100'), penyebut: d('125') })).state.texts).toEqual({ a: '100' });
    expect(entryOfRow(CACAH, row({ indikator: 'cacah', realisasi: d('15') })).state.texts).toEqual({ n: '15' });
  });

  it('keeps a realisasi no input can rebuild as the figure "dari berkas"', () => {
    expect(entryOfRow(UANG, row({ indikator: 'uang', realisasi: d('5250000000') }))).toEqual(typed({}, { berkas: '5.250.000.000' }));
    expect(entryOfRow(IKM, row({ indikator: 'ikm', realisasi: d('88.31') })).berkas).toBe('88,31');
    expect(entryOfRow(PERSEN, row({ indikator: 'persen', realisasi: d('72.5') })).berkas).toBe('72,5');
    // The figure from the file is the entry's realisasi until the inputs are filled: 88,31 / 85 × 100 = 103,894... -> 103,89%
    const figures = entryFigures(IKM, typed({ t: '85' }, { berkas: '88,31' }));
    expect([figures.asal, plain(figures.realisasi), plain(figures.achievement?.value)]).toEqual(['berkas', '88.31', '103.89']);
    expect(rowOf(IKM, typed({}, { berkas: '88,31' }))).toMatchObject({ realisasi: '88.31' });
  });

  it('gives the same row back for every kind', () => {
    const rows: CapaianRow[] = [
      row({ indikator: 'persen', target: d('80'), pembilang: d('30'), penyebut: d('40'), sumber: 'A; B', catatan: 'kata "kutip"' }),
      row({ indikator: 'tetap', pembilang: d('100'), penyebut: d('125') }),
      row({ indikator: 'rasio', pembilang: d('1.5'), penyebut: d('3') }),
      row({ indikator: 'uang', periode: 'TAHUN', target: d('10000000000'), realisasi: d('5250000000.5') }),
      row({ indikator: 'cacah', realisasi: d('12') }),
      row({ indikator: 'ikm', realisasi: d('88.31') }),
      row({ indikator: 'sakip', target: d('70') }),
    ];
    for (const original of rows) {
      const ind = BY_ID.get(original.indikator)!;
      expect(rowOf(ind, entryOfRow(ind, original), original.periode)).toEqual(cells(original));
    }
  });
});

describe('the year’s file', () => {
  const entries = (list: [Periode, string, WorksheetEntry][]): YearEntries => {
    const map = new Map<Periode, Map<string, WorksheetEntry>>();
    for (const [periode, id, entry] of list) map.set(periode, (map.get(periode) ?? new Map()).set(id, entry));
    return map;
  };

  it('is written in the capaian format, in the decree’s order and by period, and reads back', () => {
    const year = rowsOfYear(
      ALL,
      entries([
        ['TAHUN', 'persen', typed({ t: '80' }, { sumber: 'Perjanjian Kinerja 2024' })],
        ['TW1', 'persen', typed({ a: '30', b: '40' }, { sumber: 'Rekap LKPM TW1' })],
        ['TW1', 'uang', typed({ 'e-0': '1.000.000.000' })],
        ['TW1', 'ikm', typed({}, { catatan: 'survei belum selesai' })],
        ['TW2', 'cacah', typed({ n: '12' })],
      ]),
    );
    expect(year.problems).toEqual([]);
    expect(year.withoutFigure).toEqual([{ indikator: 'ikm', periode: 'TW1' }]);
    const text = serializeCapaianCsv(year.rows);
    expect(text).toBe(
      '\uFEFFindikator;periode;target;realisasi;pembilang;penyebut;sumber;catatan\r\n' +
        'persen;TW1;;;30;40;Rekap LKPM TW1;\r\n' +
        'persen;TAHUN;80;;;;Perjanjian Kinerja 2024;\r\n' +
        'uang;TW1;;1.000.000.000;;;;\r\n' +
        'cacah;TW2;;12;;;;\r\n',
    );
    const read = parseCapaianCsv(text, '2024.csv', new Map(ALL.map((i) => [i.id, i.rumus])));
    expect(read.ok && read.rows.map(cells)).toEqual(year.rows.map(cells));
  });

  it('is not written while an entry is invalid, and says which', () => {
    const year = rowsOfYear(ALL, entries([['TW3', 'rasio', typed({ a: '5', b: 'x' })]]));
    expect(year.problems).toEqual([{ indikator: 'rasio', periode: 'TW3', name: 'b', message: 'Kebutuhan: Tidak terbaca sebagai angka. Tulis angka seperti 1.234.567 atau 75,5.' }]);
  });
});

describe('an import against the worksheet', () => {
  const file: CapaianRow[] = [
    { indikator: 'persen', periode: 'TW1', pembilang: d('30'), penyebut: d('40') },
    { indikator: 'persen', periode: 'TW2', pembilang: d('45'), penyebut: d('50') },
    { indikator: 'cacah', periode: 'TW1', realisasi: d('12') },
    { indikator: 'rasio', periode: 'TW1', pembilang: d('1'), penyebut: d('2') },
  ];
  const mine = new Map<string, WorksheetEntry>([
    [entryKey('TW1', 'persen'), typed({ a: '30,0', b: '40' })], // the same figures, typed otherwise
    [entryKey('TW1', 'cacah'), typed({ n: '13' })], // a conflict
    [entryKey('TW1', 'rasio'), typed({ a: '1' })], // not valid yet: a conflict too
  ]);
  const changes = importChanges(file, BY_ID, (p, id) => mine.get(entryKey(p, id)));

  it('sorts each row into new, same or different, showing both sides of a difference', () => {
    expect(changes.map((c) => [c.indikator, c.periode, c.status])).toEqual([
      ['persen', 'TW1', 'sama'],
      ['persen', 'TW2', 'baru'],
      ['cacah', 'TW1', 'beda'],
      ['rasio', 'TW1', 'beda'],
    ]);
    expect(plain(changes[2]!.mine?.realisasi)).toBe('13');
    expect(plain(changes[2]!.berkas.realisasi)).toBe('12');
    expect(changes[3]!.mineProblem).toBe('Isi Kebutuhan.');
  });

  it('merges new rows, and a difference only where the file was chosen', () => {
    const entryOf = (p: Periode, id: string) => mine.get(entryKey(p, id));
    const written = (takeFile: Set<string>) => importWrites(changes, takeFile, BY_ID, entryOf).writes.map((w) => w.indikator + w.periode);
    expect(written(new Set())).toEqual(['persenTW2']);
    expect(written(new Set([entryKey('TW1', 'cacah')]))).toEqual(['persenTW2', 'cacahTW1']);
    // Taking the file's count writes the one field that differs.
    expect(importWrites(changes, new Set([entryKey('TW1', 'cacah')]), BY_ID, entryOf).writes[1]!.changes).toEqual({ set: { n: '12' }, remove: [] });
  });

  it('never overwrites what was typed after the review', () => {
    // TW2 was blank at the review; the person has typed in it since.
    const now = new Map(mine).set(entryKey('TW2', 'persen'), typed({ a: '1' }));
    const { writes, kept } = importWrites(changes, new Set(), BY_ID, (p, id) => now.get(entryKey(p, id)));
    expect([writes, kept]).toEqual([[], 1]);
  });

  it('compares numbers by value and texts as written', () => {
    const base: CapaianRow = { indikator: 'x', periode: 'TW1', target: d('80') };
    expect(sameRow(base, { ...base, target: d('80.00') })).toBe(true);
    expect(sameRow(base, { ...base, target: d('80.01') })).toBe(false);
    expect(sameRow(base, { ...base, sumber: 'LKjIP' })).toBe(false);
    expect(sameRow(base, { ...base, realisasi: d('1') })).toBe(false);
  });
});
