// Decree status and the decree in force, derived from the relations the decrees state. The decrees
// below are made up: A (2021, period 2021-2026), B amends A (2023), C replaces B (2026, 2027-2031).
import { describe, expect, it } from 'vitest';
import { decreeChain, type DecreeFacts } from '../../../src/domain/decree/status';
import { namesDecree, normaliseName, normaliseNumber } from '../../../src/domain/decree/number';

const A: DecreeFacts = { id: 'a', nomor: '1 / KPTS / TAHUN 2021', nomorSitus: '1/KPTS/2021', tanggal: '2021-03-01', periode: { awal: 2021, akhir: 2026 } };
const B: DecreeFacts = { id: 'b', nomor: '2/KPTS/2023', nomorSitus: '2/KPTS/2023', tanggal: '2023-09-01', periode: { awal: 2021, akhir: 2026 }, mengubah: { nomor: '1/kpts/2021' } };
const C: DecreeFacts = { id: 'c', nomor: '3/KPTS/2026', nomorSitus: '3/KPTS/2026', tanggal: '2026-12-01', periode: { awal: 2027, akhir: 2031 }, mencabut: { nomor: '2 / KPTS / 2023' } };

describe('decree numbers', () => {
  it('are the same once spaces are removed and case ignored', () => {
    expect(normaliseNumber('188.46/069 / SK / TAHUN 2023')).toBe('188.46/069/sk/tahun2023');
    expect(namesDecree('1/kpts/2021', ['1 / KPTS / TAHUN 2021', '1/KPTS/2021'])).toBe(true);
    expect(namesDecree('1/KPTS/2022', ['1/KPTS/2021'])).toBe(false);
    expect(normaliseName('  Persentase  Pengaduan yang TERSELESAIKAN ')).toBe('persentase pengaduan yang terselesaikan');
  });
});

describe('decreeChain', () => {
  it.each([
    { name: 'one decree that amends one the catalogue does not hold', decrees: [B], statuses: { b: 'berlaku' }, inForce: 'b' },
    { name: 'an amendment of a held decree', decrees: [B, A], statuses: { a: 'diubah', b: 'berlaku' }, inForce: 'b' },
    { name: 'an amendment, then a replacing decree', decrees: [C, A, B], statuses: { a: 'diubah', b: 'dicabut', c: 'berlaku' }, inForce: 'c' },
  ])('$name', ({ decrees, statuses, inForce }) => {
    const chain = decreeChain(decrees);
    expect(chain.problems).toEqual([]);
    expect(chain.inForce).toBe(inForce);
    expect(Object.fromEntries(chain.states.map((s) => [s.id, s.status]))).toEqual(statuses);
  });

  it('says who amended or replaced a decree, and which held decree each one names', () => {
    const { states } = decreeChain([A, B, C]);
    expect(states).toEqual([
      { id: 'a', status: 'diubah', by: 'b' },
      { id: 'b', status: 'dicabut', by: 'c', relation: 'mengubah', earlier: 'a' },
      { id: 'c', status: 'berlaku', relation: 'mencabut', earlier: 'b' },
    ]);
  });

  it.each([
    { name: 'two unrelated decrees', decrees: [A, { ...C, mencabut: undefined }], id: 'a', field: 'mengubah', says: /two decrees would be in force/ },
    { name: 'an amendment with another period', decrees: [A, { ...B, periode: { awal: 2022, akhir: 2026 } }], id: 'b', field: 'periode', says: /keeps the period .*2021-2026/ },
    { name: 'naming a newer decree', decrees: [{ ...A, mencabut: { nomor: '2/KPTS/2023' } }, { ...B, mengubah: undefined }], id: 'a', field: 'mencabut.nomor', says: /is not older/ },
    { name: 'naming itself', decrees: [{ ...A, mengubah: { nomor: '1/KPTS/2021' } }], id: 'a', field: 'mengubah.nomor', says: /itself/ },
    { name: 'two decrees amending the same one', decrees: [A, B, { ...C, mencabut: undefined, mengubah: { nomor: '1/KPTS/2021' }, periode: A.periode }], id: 'c', field: 'mengubah.nomor', says: /already amended or replaced by b/ },
  ])('refuses $name', ({ decrees, id, field, says }) => {
    const { problems } = decreeChain(decrees);
    expect(problems).toContainEqual({ id, field, message: expect.stringMatching(says) });
  });
});
