// Which decree governs a year's figures. Made-up decrees: A (set 2021-03-01, period 2021-2026),
// B amends A (set 2023-09-01, same period), C replaces B (set 2026-12-01, period 2027-2031).
import { describe, expect, it } from 'vitest';
import { decreeChain, type DecreeFacts } from '../../../src/domain/decree/status';
import { governingDecree } from '../../../src/domain/decree/year-rule';

const A: DecreeFacts = { id: 'a', nomor: '1/2021', nomorSitus: '1/2021', tanggal: '2021-03-01', periode: { awal: 2021, akhir: 2026 } };
const B: DecreeFacts = { id: 'b', nomor: '2/2023', nomorSitus: '2/2023', tanggal: '2023-09-01', periode: { awal: 2021, akhir: 2026 }, mengubah: { nomor: '1/2021' } };
const C: DecreeFacts = { id: 'c', nomor: '3/2026', nomorSitus: '3/2026', tanggal: '2026-12-01', periode: { awal: 2027, akhir: 2031 }, mencabut: { nomor: '2/2023' } };

const governs = (year: number, decrees: DecreeFacts[]) => governingDecree(year, decrees, decreeChain(decrees).states);

describe('governingDecree', () => {
  it.each([
    // A alone is in force in 2021 and 2022; B is set in 2023, so it governs 2023 (the latest in force
    // during it) up to 2026, the end of the period, although C is set in December 2026.
    [2021, 'a'],
    [2022, 'a'],
    [2023, 'b'],
    [2026, 'b'],
    // C covers 2027-2031 and is in force from 2026.
    [2027, 'c'],
    [2031, 'c'],
  ])('%i is governed by %s', (year, id) => {
    expect(governs(year, [A, B, C])).toEqual({ id, kemudian: false });
  });

  it('gives no decree for a year no held decree covers', () => {
    expect(governs(2020, [A, B, C])).toBeUndefined();
    expect(governs(2032, [A, B, C])).toBeUndefined();
  });

  it('takes the earliest covering decree, marked as set later, when none was in force that year', () => {
    // The catalogue holds B (2023) but not A: 2022 is covered by B's period, and B was set later.
    expect(governs(2022, [B])).toEqual({ id: 'b', kemudian: true });
    expect(governs(2023, [B])).toEqual({ id: 'b', kemudian: false });
  });
});
