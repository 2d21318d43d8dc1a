// A drafted decree record's fields still marked to fill, which the build refuses.
import { describe, expect, it } from 'vitest';
import { toFill, unfilled } from '../../../src/domain/decree/draft';

describe('unfilled', () => {
  it('lists the path of every field still marked [ISI: ...], and nothing in a filled record', () => {
    const record = {
      nomor: '4/KPTS/2028',
      tentang: toFill('tentang'),
      periode: { awal: 2027, akhir: 2031 },
      menimbang: ['Bahwa ...', toFill('menimbang')],
      lampiran: [{ lampiran: 'I', nomor: toFill('nomor Lampiran I') }],
    };
    expect(toFill('tentang')).toBe('[ISI: tentang]');
    expect(unfilled(record)).toEqual(['tentang', 'menimbang.1', 'lampiran.0.nomor']);
    expect(unfilled({ ...record, tentang: 'Indikator', menimbang: ['Bahwa ...'], lampiran: [] })).toEqual([]);
  });
});
