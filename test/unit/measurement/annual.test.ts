// From quarters to the year: the three rules, each with figures computed by hand beside them.
import { describe, expect, it } from 'vitest';
import { DEFAULT_ANNUAL_RULE, annualRuleOf, deriveAnnual } from '../../../src/domain/measurement/annual';
import type { CapaianRow } from '../../../src/domain/measurement/record';
import { FORMULAS, d, plain } from './support';

const rumus = (key: string) => FORMULAS.get(key)!;
const row = (periode: CapaianRow['periode'], fields: Partial<Record<'realisasi' | 'pembilang' | 'penyebut', string>>): CapaianRow => ({
  indikator: 'x',
  periode,
  ...(fields.realisasi && { realisasi: d(fields.realisasi) }),
  ...(fields.pembilang && { pembilang: d(fields.pembilang), penyebut: d(fields.penyebut!) }),
});

describe('bagian: Σpembilang / Σpenyebut', () => {
  const quarters = [
    row('TW1', { pembilang: '30', penyebut: '40' }), // 75%
    row('TW2', { pembilang: '45', penyebut: '50', realisasi: '90' }), // 90%
    row('TW3', { pembilang: '20', penyebut: '30' }), // 66,67%
    row('TW4', { pembilang: '50', penyebut: '80' }), // 62,5%
  ];

  it('sums the parts, never averages the percentages', () => {
    // (30 + 45 + 20 + 50) / (40 + 50 + 30 + 80) × 100 = 145 / 200 × 100 = 72,5%
    // (the mean of the quarterly percentages would be (75 + 90 + 66,67 + 62,5) / 4 = 73,54%)
    const derived = deriveAnnual(quarters, rumus('persen'), 'bagian');
    expect(derived?.ok && [plain(derived.result.realisasi), derived.result.triwulan, derived.result.uraian]).toEqual([
      '72.5',
      ['TW1', 'TW2', 'TW3', 'TW4'],
      '(30 + 45 + 20 + 50) / (40 + 50 + 30 + 80) × 100%',
    ]);
  });

  it('rounds to two decimals, as the calculator reports it', () => {
    // (1 + 1) / (3 + 3) × 100 = 33,333...% -> 33,33
    const derived = deriveAnnual([row('TW1', { pembilang: '1', penyebut: '3' }), row('TW2', { pembilang: '1', penyebut: '3' })], rumus('persen'), 'bagian');
    expect(derived?.ok && plain(derived.result.realisasi)).toBe('33.33');
  });

  it('gives a ratio without × 100', () => {
    // (150 + 90) / (120 + 80) = 240 / 200 = 1,2
    const derived = deriveAnnual([row('TW1', { pembilang: '150', penyebut: '120' }), row('TW2', { pembilang: '90', penyebut: '80' })], rumus('rasio'), 'bagian');
    expect(derived?.ok && [plain(derived.result.realisasi), derived.result.uraian]).toEqual(['1.2', '(150 + 90) / (120 + 80)']);
  });

  it('cannot derive the year when a reporting quarter has no parts', () => {
    const derived = deriveAnnual([row('TW1', { pembilang: '30', penyebut: '40' }), row('TW2', { realisasi: '50' })], rumus('persen'), 'bagian');
    expect(derived).toEqual({ ok: false, message: expect.stringMatching(/TW2 tidak memuat pembilang dan penyebut/) });
  });
});

describe('jumlah: the sum of the quarters', () => {
  it('adds the quarters reported so far, exactly', () => {
    // 1.000.000.000 + 2.500.000.000 + 1.750.000.000,5 = 5.250.000.000,5
    const derived = deriveAnnual(
      [row('TW1', { realisasi: '1000000000' }), row('TW2', { realisasi: '2500000000' }), row('TW3', { realisasi: '1750000000.5' })],
      rumus('uang'),
      'jumlah',
    );
    expect(derived?.ok && [plain(derived.result.realisasi), derived.result.triwulan]).toEqual(['5250000000.5', ['TW1', 'TW2', 'TW3']]);
  });
});

describe('nilai-akhir: the last quarter reported', () => {
  it('takes the latest quarter with a realisasi, whatever the row order', () => {
    // TW4 = 15 (TW2 = 12 is earlier)
    const derived = deriveAnnual([row('TW4', { realisasi: '15' }), row('TW2', { realisasi: '12' }), row('TW3', {})], rumus('cacah'), 'nilai-akhir');
    expect(derived?.ok && [plain(derived.result.realisasi), derived.result.triwulan, derived.result.uraian]).toEqual(['15', ['TW2', 'TW4'], 'nilai TW4']);
  });

  it('derives nothing from a year without quarter figures', () => {
    expect(deriveAnnual([row('TAHUN', { realisasi: '5' })], rumus('cacah'), 'nilai-akhir')).toBeUndefined();
  });
});

describe('the rule of an indicator', () => {
  it('follows its formula kind, as the site’s proposal, unless its content file says otherwise', () => {
    expect(DEFAULT_ANNUAL_RULE).toEqual({
      persentase: 'bagian',
      rasio: 'bagian',
      jumlah: 'jumlah',
      cacah: 'jumlah',
      nilai: 'nilai-akhir',
      ikm: 'nilai-akhir',
      sakip: 'nilai-akhir',
    });
    expect(annualRuleOf('cacah')).toEqual({ aturan: 'jumlah', usulan: true });
    expect(annualRuleOf('cacah', { aturan: 'nilai-akhir' })).toEqual({ aturan: 'nilai-akhir', usulan: true, dasar: undefined });
    expect(annualRuleOf('jumlah', { aturan: 'jumlah', dasar: 'dijumlahkan' })).toEqual({ aturan: 'jumlah', usulan: false, dasar: 'dijumlahkan' });
  });
});
