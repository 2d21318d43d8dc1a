// Indeks Kepuasan Masyarakat, PermenPANRB No. 14 Tahun 2017.
import { describe, expect, it } from 'vitest';
import {
  IKM_UNSUR,
  type IkmInput,
  type IkmResult,
  ikmCategory,
  ikmScore,
} from '../../../src/domain/ikm';
import { parseIkmAnswers } from '../../../src/domain/ikm-answers';
import { decimal, decimalFromString, toPlainString } from '../../../src/domain/number/decimal';
import { roundFraction } from '../../../src/domain/number/fraction';
import type { Outcome } from '../../../src/domain/outcome';

const d = decimalFromString;

function ok(outcome: Outcome<IkmResult>): IkmResult {
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.result;
}

function survey(respondents: number, totals: number[]): IkmInput {
  return { respondents: decimal(respondents), totals: totals.map((total) => decimal(total)) };
}

// domain.md: 29 respondents; totals 105, 101, 100, 116, 102, 105, 106, 105, 115 (sum 955).
const VECTOR = survey(29, [105, 101, 100, 116, 102, 105, 106, 105, 115]);

describe('the nine unsur', () => {
  it('follow the regulation order (8 Penanganan Pengaduan before 9 Sarana dan Prasarana)', () => {
    expect(IKM_UNSUR).toHaveLength(9);
    expect(IKM_UNSUR[0]).toBe('Persyaratan');
    expect(IKM_UNSUR[7]).toBe('Penanganan Pengaduan, Saran dan Masukan');
    expect(IKM_UNSUR[8]).toBe('Sarana dan Prasarana');
  });
});

describe('ikmScore: the hand-checkable vector', () => {
  it('exact 1/9: 955 / 29 / 9 × 25 = 91,4751 -> 91,48, A (Sangat Baik)', () => {
    const result = ok(ikmScore(VECTOR));
    expect(toPlainString(roundFraction(result.converted, 4))).toBe('91.4751');
    expect(toPlainString(result.value)).toBe('91.48');
    expect(result.formatted).toBe('91,48');
    expect(result.category.mutu).toBe('A');
    expect(result.category.kinerja).toBe('Sangat Baik');
    // unit value 955 / 29 / 9 = 3,65900...
    expect(toPlainString(roundFraction(result.unitValue, 4))).toBe('3.6590');
    // NRR of unsur 4: 116 / 29 = 4 exactly; unsur 1: 105 / 29 = 3,6207
    expect(toPlainString(roundFraction(result.unsur[3]!.nrr, 4))).toBe('4.0000');
    expect(toPlainString(roundFraction(result.unsur[0]!.nrr, 4))).toBe('3.6207');
    expect(result.steps).toEqual([
      'Jumlah total nilai 9 unsur = 105 + 101 + 100 + 116 + 102 + 105 + 106 + 105 + 115 = 955',
      'Nilai IKM unit = Σ (NRR × 1/9) = 955 / 29 × 1/9 ≈ 3,659',
      'IKM = nilai IKM unit × 25 = 955 / 29 × 1/9 × 25 ≈ 91,4751',
      'Dibulatkan dua desimal: 91,48, mutu A (Sangat Baik), interval 88,31–100,00',
    ]);
  });

  it('weight 0,111: 955 / 29 × 0,111 × 25 = 91,3836 -> 91,38, A', () => {
    const result = ok(ikmScore(VECTOR, 'rounded'));
    expect(toPlainString(roundFraction(result.converted, 4))).toBe('91.3836');
    expect(result.formatted).toBe('91,38');
    expect(result.category.mutu).toBe('A');
    expect(result.steps[1]).toBe('Nilai IKM unit = Σ (NRR × 0,111) = 955 / 29 × 0,111 ≈ 3,6553');
  });

  it('the weighted NRR add up to the unit value', () => {
    const result = ok(ikmScore(VECTOR));
    const total = result.unsur.reduce((sum, row) => sum + Number(toPlainString(roundFraction(row.nrrTertimbang, 10))), 0);
    expect(total).toBeCloseTo(Number(toPlainString(roundFraction(result.unitValue, 10))), 8);
  });
});

describe('ikmScore: a survey where everyone answers 4', () => {
  const allFours = survey(50, Array(9).fill(200));
  it('exact 1/9 gives 100,00', () => {
    expect(ok(ikmScore(allFours)).formatted).toBe('100,00');
  });
  it('0,111 gives 99,90 (4 × 0,111 × 9 × 25)', () => {
    expect(ok(ikmScore(allFours, 'rounded')).formatted).toBe('99,90');
  });
  it('everyone answering 1 gives 25,00, D (Tidak Baik)', () => {
    const result = ok(ikmScore(survey(50, Array(9).fill(50))));
    expect(result.formatted).toBe('25,00');
    expect(result.category.mutu).toBe('D');
  });
});

describe('ikmCategory: the regulation table, on the value rounded to two decimals', () => {
  it.each([
    ['100.00', 'A', 'Sangat Baik'],
    ['88.31', 'A', 'Sangat Baik'],
    ['88.30', 'B', 'Baik'],
    ['88.305', 'A', 'Sangat Baik'], // rounds to 88,31
    ['88.3049', 'B', 'Baik'], // rounds to 88,30
    ['76.61', 'B', 'Baik'],
    ['76.60', 'C', 'Kurang Baik'],
    ['65.00', 'C', 'Kurang Baik'],
    ['64.99', 'D', 'Tidak Baik'],
    ['64.995', 'C', 'Kurang Baik'], // rounds to 65,00
    ['25.00', 'D', 'Tidak Baik'],
  ])('%s -> %s', (value, mutu, kinerja) => {
    const category = ikmCategory(d(value));
    expect(category.mutu).toBe(mutu);
    expect(category.kinerja).toBe(kinerja);
  });

  it('a survey landing exactly on 88,305 rounds up to 88,31 and is A', () => {
    // 10.000 respondents, every unsur total 35.322: NRR 3,5322 -> 3,5322 × 25 = 88,305
    const result = ok(ikmScore(survey(10_000, Array(9).fill(35_322))));
    expect(toPlainString(roundFraction(result.converted, 4))).toBe('88.3050');
    expect(result.formatted).toBe('88,31');
    expect(result.category.mutu).toBe('A');
  });
});

describe('ikmScore: validation', () => {
  it('a total must lie between respondents × 1 and respondents × 4', () => {
    const outcome = ikmScore(survey(29, [28, 101, 100, 117, 102, 105, 106, 105, 115]));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.errors).toEqual([
        { field: 'unsur.1', message: 'Total nilai unsur 1 (Persyaratan) harus antara 29 (29 × 1) dan 116 (29 × 4).' },
        { field: 'unsur.4', message: 'Total nilai unsur 4 (Biaya/Tarif) harus antara 29 (29 × 1) dan 116 (29 × 4).' },
      ]);
    }
  });

  it.each([['0'], ['-3'], ['2.5']])('respondents %s is an error', (respondents) => {
    const outcome = ikmScore({ respondents: d(respondents), totals: VECTOR.totals });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors.map((error) => error.field)).toContain('responden');
  });

  it('a total with decimals is an error', () => {
    const outcome = ikmScore({ respondents: decimal(29), totals: [d('105.5'), ...VECTOR.totals.slice(1)] });
    expect(outcome.ok).toBe(false);
  });
});

describe('parseIkmAnswers: raw answers pasted from a spreadsheet', () => {
  // 29 respondents whose answers give the vector's totals: per unsur, (total - 29×3) respondents answer 4
  // and the rest 3 (e.g. unsur 1: 105 - 87 = 18 fours, 11 threes); unsur 4 (116) is all fours.
  const totals = [105, 101, 100, 116, 102, 105, 106, 105, 115];
  const rows = Array.from({ length: 29 }, (_, respondent) =>
    totals.map((total) => (respondent < total - 87 ? 4 : 3)),
  );

  it.each([
    ['tabs', '\t'],
    ['semicolons', ';'],
    ['commas', ','],
    ['spaces', ' '],
    ['semicolons and spaces', '; '],
  ])('separated by %s: same result as the totals', (_, separator) => {
    const text = rows.map((row) => row.join(separator)).join('\n');
    const read = parseIkmAnswers(text);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.respondents).toBe(29);
    expect(read.totals.map((total) => Number(toPlainString(total)))).toEqual(totals);
    const result = ok(ikmScore({ respondents: decimal(read.respondents), totals: read.totals }));
    expect(result.formatted).toBe(ok(ikmScore(VECTOR)).formatted);
    expect(result.formatted).toBe('91,48');
  });

  it('skips a header row and blank lines, accepts Windows line ends', () => {
    const text = `U1\tU2\tU3\tU4\tU5\tU6\tU7\tU8\tU9\r\n${rows.map((row) => row.join('\t')).join('\r\n')}\r\n\r\n`;
    const read = parseIkmAnswers(text);
    expect(read).toMatchObject({ ok: true, respondents: 29, headerSkipped: true });
  });

  it.each([
    ['4\t4\t4\t4\t4\t4\t4\t4', 'Baris 1: ada 8 nilai, seharusnya 9 (satu per unsur).'],
    ['4 4 4 4 4 4 4 4 4 4', 'Baris 1: ada 10 nilai, seharusnya 9 (satu per unsur).'],
    ['4 4 5 4 4 4 4 4 4', 'Baris 1, kolom 3: “5” bukan nilai 1–4.'],
    ['4 4 4 4 4 4 4 4 0', 'Baris 1, kolom 9: “0” bukan nilai 1–4.'],
    ['4 4 4 4 4 4 4 4 3,5', 'Baris 1: ada 10 nilai, seharusnya 9 (satu per unsur).'],
    ['4 4 4 4 4 4 4 4 4\n4 4 4 x 4 4 4 4 4', 'Baris 2, kolom 4: “x” bukan nilai 1–4.'],
  ])('refuses %j', (text, message) => {
    expect(parseIkmAnswers(text)).toEqual({ ok: false, message });
  });

  it('lists at most three faulty lines and counts the rest', () => {
    const read = parseIkmAnswers(Array(5).fill('5 5 5 5 5 5 5 5 5').join('\n'));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(/Baris 1.*Baris 2.*Baris 3.*Ada 2 baris lain/);
  });

  it('refuses an empty paste', () => {
    expect(parseIkmAnswers(' \n \n').ok).toBe(false);
  });
});
