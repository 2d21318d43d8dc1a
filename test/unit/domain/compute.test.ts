// The formula kinds the decree writes itself: persentase, rasio, jumlah, cacah, nilai.
import { describe, expect, it } from 'vitest';
import type {
  CountFormula,
  PercentageFormula,
  RatioFormula,
  ScoreFormula,
  SumFormula,
} from '../../../src/domain/formula/definition';
import {
  count,
  percentage,
  ratio,
  resultSatuan,
  score,
  sumEntries,
} from '../../../src/domain/formula/compute';
import { decimalFromString, toPlainString } from '../../../src/domain/number/decimal';
import { NBSP } from '../../../src/domain/number/format';
import type { Outcome } from '../../../src/domain/outcome';

const d = decimalFromString;

function ok<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new Error(`Expected a result, got ${JSON.stringify(outcome.errors)}`);
  return outcome.result;
}

function errors<T>(outcome: Outcome<T>) {
  if (outcome.ok) throw new Error('Expected errors, got a result');
  return outcome.errors;
}

// Lampiran II, Bidang Perencanaan dan Penempatan Tenaga Kerja: lowongan terpenuhi / terdaftar x 100%.
const LOWONGAN: PercentageFormula = {
  jenis: 'persentase',
  pembilang: { label: 'Jumlah lowongan yang terpenuhi', satuan: 'lowongan' },
  penyebut: { label: 'Jumlah lowongan terdaftar', satuan: 'lowongan' },
};

// Lampiran II, Bidang Transmigrasi: Jumlah Warga yang terampil / 125 Orang x 100%.
const TRANSMIGRASI: PercentageFormula = {
  jenis: 'persentase',
  pembilang: { label: 'Jumlah Warga yang terampil', satuan: 'orang' },
  penyebut: { label: '125 Orang', tetap: 125 },
};

describe('persentase', () => {
  it.each([
    // part, whole, value as reported (two decimals), formatted, steps (hand computation beside each)
    ['3120', '4000', '78.00', '78%', ['3.120 / 4.000 × 100%', '= 78%']], // 3120/4000 = 0,78
    ['617', '1000', '61.70', '61,7%', ['617 / 1.000 × 100%', '= 61,7%']],
    ['1', '3', '33.33', '33,33%', ['1 / 3 × 100%', '≈ 33,33%']], // 33,333...
    ['2', '3', '66.67', '66,67%', ['2 / 3 × 100%', '≈ 66,67%']], // 66,666... rounds up
    ['0', '50', '0.00', '0%', ['0 / 50 × 100%', '= 0%']],
    ['12.5', '50', '25.00', '25%', ['12,5 / 50 × 100%', '= 25%']],
  ])('%s / %s', (part, whole, value, formatted, steps) => {
    const result = ok(percentage(LOWONGAN, d(part), d(whole)));
    expect(toPlainString(result.value)).toBe(value);
    expect(result.formatted).toBe(formatted);
    expect(result.steps).toEqual(steps);
    expect(result.warnings).toEqual([]);
    expect(result.satuan).toBe('persen');
  });

  it.each([
    // the decree's fixed whole of 125 Orang
    ['100', '80%', ['100 / 125 × 100%', '= 80%']], // 100/125 = 0,8
    ['125', '100%', ['125 / 125 × 100%', '= 100%']],
    ['1', '0,8%', ['1 / 125 × 100%', '= 0,8%']],
    ['37', '29,6%', ['37 / 125 × 100%', '= 29,6%']], // 37/125 = 0,296
  ])('fixed whole 125: %s orang', (part, formatted, steps) => {
    const result = ok(percentage(TRANSMIGRASI, d(part)));
    expect(result.formatted).toBe(formatted);
    expect(result.steps).toEqual(steps);
  });

  it('ignores a typed whole when the decree fixes it', () => {
    expect(ok(percentage(TRANSMIGRASI, d('100'), d('1'))).formatted).toBe('80%');
  });

  it('warns, but still computes, when the part is larger than the whole', () => {
    const result = ok(percentage(LOWONGAN, d('130'), d('100')));
    expect(result.formatted).toBe('130%');
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/Jumlah lowongan yang terpenuhi \(130\) lebih besar daripada Jumlah lowongan terdaftar \(100\)/);
    expect(ok(percentage(TRANSMIGRASI, d('130'))).warnings).toHaveLength(1);
  });

  it('does not warn when the definition allows more than 100%', () => {
    expect(ok(percentage({ ...LOWONGAN, bolehLebihDari100: true }, d('130'), d('100'))).warnings).toEqual([]);
  });

  it('refuses a whole of 0 (division by zero)', () => {
    expect(errors(percentage(LOWONGAN, d('5'), d('0')))).toEqual([
      { field: 'penyebut', message: 'Jumlah lowongan terdaftar tidak boleh 0, karena pembagian dengan nol tidak dapat dihitung.' },
    ]);
  });

  it('refuses negatives, on the field concerned', () => {
    expect(errors(percentage(LOWONGAN, d('-1'), d('-5'))).map((e) => e.field)).toEqual(['pembilang', 'penyebut']);
  });

  it('needs the whole when the decree does not fix it', () => {
    expect(errors(percentage(LOWONGAN, d('1')))[0]!.field).toBe('penyebut');
  });
});

// Rasio: part / whole, no x 100%.
const RASIO: RatioFormula = {
  jenis: 'rasio',
  pembilang: { label: 'Jumlah pencari kerja', satuan: 'orang' },
  penyebut: { label: 'Jumlah lowongan', satuan: 'lowongan' },
};

describe('rasio', () => {
  it.each([
    ['3', '4', '0,75', ['3 / 4', '= 0,75']],
    ['10', '4', '2,5', ['10 / 4', '= 2,5']],
    ['1', '3', '0,33', ['1 / 3', '≈ 0,33']],
  ])('%s / %s = %s', (part, whole, formatted, steps) => {
    const result = ok(ratio(RASIO, d(part), d(whole)));
    expect(result.formatted).toBe(formatted);
    expect(result.steps).toEqual(steps);
  });

  it('refuses a whole of 0', () => {
    expect(errors(ratio(RASIO, d('1'), d('0')))[0]!.field).toBe('penyebut');
  });
});

// Lampiran I NO 1: realisasi investasi PMDN, summed in Rupiah.
const INVESTASI: SumFormula = {
  jenis: 'jumlah',
  uang: true,
  entri: { label: 'Realisasi investasi PMDN menurut LKPM', satuan: 'Rp' },
};
const TENAGA_KERJA: SumFormula = { jenis: 'jumlah', entri: { label: 'Tenaga kerja baru menurut LKPM', satuan: 'orang' } };

describe('jumlah', () => {
  it('adds Rupiah exactly, with the short reading', () => {
    const result = ok(
      sumEntries(INVESTASI, [d('2500000000.50'), d('4900000000'), d('5000000000'), d('0.50')]),
    );
    expect(toPlainString(result.value)).toBe('12400000001.00');
    expect(result.formatted).toBe(`Rp${NBSP}12.400.000.001`);
    expect(result.short).toBe(`Rp${NBSP}12,4 miliar`);
    expect(result.steps).toEqual([
      '2.500.000.000,50 + 4.900.000.000 + 5.000.000.000 + 0,50 (4 entri)',
      `= Rp${NBSP}12.400.000.001`,
    ]);
  });

  it('10 × Rp 0,10 = Rp 1,00; Rp 0,1 + Rp 0,2 = Rp 0,30', () => {
    expect(toPlainString(ok(sumEntries(INVESTASI, Array(10).fill(d('0.10')))).value)).toBe('1.00');
    expect(ok(sumEntries(INVESTASI, [d('0.1'), d('0.2')])).formatted).toBe(`Rp${NBSP}0,30`);
  });

  it('200 LKPM of Rp 2.500.000.000,50 = Rp 500.000.000.100, shortened in the working', () => {
    const result = ok(sumEntries(INVESTASI, Array(200).fill(d('2500000000.50'))));
    expect(result.formatted).toBe(`Rp${NBSP}500.000.000.100`);
    expect(result.short).toBe(`Rp${NBSP}500 miliar`);
    expect(result.steps[0]).toBe('2.500.000.000,50 + 2.500.000.000,50 + 2.500.000.000,50 + … + 2.500.000.000,50 (200 entri)');
  });

  it('refuses more than two digits of sen, and negatives', () => {
    expect(errors(sumEntries(INVESTASI, [d('1'), d('0.001'), d('-5')]))).toEqual([
      { field: 'entri.1', message: 'Entri 2: Rupiah paling banyak 2 angka di belakang koma (sen).' },
      { field: 'entri.2', message: 'Entri 3 tidak boleh negatif.' },
    ]);
  });

  it('counts people in whole numbers', () => {
    expect(ok(sumEntries(TENAGA_KERJA, [d('12'), d('30')])).formatted).toBe('42 orang');
    expect(errors(sumEntries(TENAGA_KERJA, [d('1.5')]))[0]).toEqual({ field: 'entri.0', message: 'Entri 1 harus bilangan bulat.' });
  });

  it('needs at least one entry', () => {
    expect(errors(sumEntries(INVESTASI, []))[0]!.field).toBe('entri');
  });
});

const PROMOSI: CountFormula = { jenis: 'cacah', besaran: { label: 'Jumlah promosi investasi yang dilaksanakan', satuan: 'kegiatan' } };

describe('cacah', () => {
  it('records a whole number with its unit', () => {
    const result = ok(count(PROMOSI, d('12')));
    expect(result.formatted).toBe('12 kegiatan');
    expect(result.steps).toEqual(['Jumlah promosi investasi yang dilaksanakan = 12 kegiatan']);
  });

  it.each([['-1', 'tidak boleh negatif'], ['2.5', 'harus bilangan bulat']])('refuses %s', (value, message) => {
    expect(errors(count(PROMOSI, d(value)))[0]!.message).toContain(message);
  });
});

const PTSP: ScoreFormula = { jenis: 'nilai', besaran: { label: 'Nilai Penilaian Kinerja PTSP' }, min: 0, maks: 100 };

describe('nilai', () => {
  it.each([
    ['0', '0'],
    ['85.5', '85,5'],
    ['100', '100'],
  ])('accepts %s within 0-100', (value, formatted) => {
    expect(ok(score(PTSP, d(value))).formatted).toBe(formatted);
  });

  it('rounds the reported score to two decimals and shows it', () => {
    const result = ok(score(PTSP, d('85.555')));
    expect(toPlainString(result.value)).toBe('85.56');
    expect(result.steps).toEqual(['Nilai Penilaian Kinerja PTSP = 85,555 ≈ 85,56 (skala 0–100)']);
  });

  it.each(['-0.01', '100.01', '150'])('refuses %s outside 0-100', (value) => {
    expect(errors(score(PTSP, d(value)))).toEqual([
      { field: 'besaran', message: 'Nilai Penilaian Kinerja PTSP harus antara 0 dan 100.' },
    ]);
  });

  it('shows an index with two decimals', () => {
    expect(ok(score(PTSP, d('85.5'), 'indeks')).formatted).toBe('85,50');
  });
});

describe('resultSatuan', () => {
  it.each([
    [LOWONGAN, 'rupiah', 'persen'],
    [INVESTASI, 'jumlah', 'rupiah'],
    [TENAGA_KERJA, 'jumlah', 'jumlah'],
    [PTSP, 'indeks', 'indeks'],
    [PTSP, 'bogus', 'nilai'],
    [RASIO, 'rasio', 'rasio'],
    [{ jenis: 'ikm' } as const, 'nilai', 'indeks'],
  ] as const)('%#', (rumus, satuan, expected) => {
    expect(resultSatuan(rumus, satuan)).toBe(expected);
  });
});
