// The entry key of the worksheet ("TW1 <indikator>") read back and used to regroup a year's entries
// by period, as the export does. Written once in keys.ts, so no caller splits a key by hand.
import { describe, expect, it } from 'vitest';
import { byPeriod, entryKey, readEntryKey } from '../../../src/domain/worksheet/keys';

describe('entry keys read back', () => {
  it('gives the periode and indikator an entry key was made of', () => {
    expect(readEntryKey(entryKey('TW3', 'persentase-pelayanan-perizinan'))).toEqual({ periode: 'TW3', indikator: 'persentase-pelayanan-perizinan' });
    expect(readEntryKey(entryKey('TAHUN', 'ikm'))).toEqual({ periode: 'TAHUN', indikator: 'ikm' });
  });

  it('regroups values by periode then indikator, every periode present', () => {
    const grouped = byPeriod(
      new Map([
        [entryKey('TW1', 'a'), 1],
        [entryKey('TW1', 'b'), 2],
        [entryKey('TAHUN', 'a'), 3],
      ]),
    );
    expect([...grouped.keys()]).toEqual(['TW1', 'TW2', 'TW3', 'TW4', 'TAHUN']);
    expect([...grouped.get('TW1')!]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(grouped.get('TW2')!.size).toBe(0);
    expect([...grouped.get('TAHUN')!]).toEqual([['a', 3]]);
  });
});
