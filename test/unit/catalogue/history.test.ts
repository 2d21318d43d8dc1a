// An indicator's history and a decree's change list in the pages' words, on a made-up indicator set
// by two decrees: the second moves it (NO 2 -> 3), renames its data source, and hands it to another
// unit; a third indicator is added and one dropped.
import { describe, expect, it } from 'vitest';
import { decreeChangeList, indicatorHistory } from '../../../src/catalogue/history';
import type { Catalogue, Decree, Indicator, IndicatorVersion } from '../../../src/catalogue/load';

const decree = (id: string) => ({ id, data: { nomorSitus: id } }) as unknown as IndicatorVersion['decree'];
const [D1, D2] = [decree('d1'), decree('d2')];
const unit = (nama: string) => ({ id: nama, data: { nama } }) as unknown as IndicatorVersion['unit'];

function version(of: IndicatorVersion['decree'], fields: Partial<IndicatorVersion['data']>, unitName = 'Bidang A'): IndicatorVersion {
  const data = { tingkat: 'IK', lampiran: 'II', tabel: 1, nomor: 2, sasaran: 'Sasaran', indikator: 'Jumlah Pelatihan', satuan: 'jumlah', polaritas: 'naik', ...fields };
  return { decree: of, data, unit: unit(unitName), body: '## Makna\n\nSama.', reference: '', entry: {}, appendix: {} } as unknown as IndicatorVersion;
}

function indicator(id: string, versions: IndicatorVersion[]): Indicator {
  return { ...versions.at(-1)!, id, versions };
}

const pelatihan = indicator('pelatihan', [
  version(D1, { sumberData: 'Laporan Contoh' }),
  version(D2, { nomor: 3, sumberData: 'Laporan Pelatihan Contoh' }, 'Bidang B'),
]);
const lama = indicator('lama', [version(D1, { indikator: 'Jumlah Lama', nomor: 1 })]);
const baru = indicator('baru', [version(D2, { indikator: 'Jumlah Baru', nomor: 1 })]);

describe('indicatorHistory', () => {
  it('lists each version with the fields it changed, labelled and as word runs', () => {
    const [first, second] = indicatorHistory(pelatihan);
    expect(first!.changes).toEqual([]);
    expect(second!.changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['NO', '2', '3'],
      ['Penanggung jawab', 'Bidang A', 'Bidang B'],
      ['Sumber data', 'Laporan Contoh', 'Laporan Pelatihan Contoh'],
    ]);
    expect(second!.changes[2]!.runs.filter((r) => r.change !== 'sama').map((r) => [r.change, r.text.trim()])).toEqual([['tambah', 'Pelatihan']]);
  });

  it('gives a field that appears or disappears no word runs, only its two sides', () => {
    const [, second] = indicatorHistory(indicator('x', [version(D1, {}), version(D2, { rumusKeputusan: 'A / B x 100%' })]));
    expect(second!.changes).toEqual([{ field: 'rumusKeputusan', label: 'Rumus menurut keputusan', before: undefined, after: 'A / B x 100%', runs: [] }]);
  });
});

describe('decreeChangeList', () => {
  const catalogue = { indicators: [pelatihan, baru], retired: [lama] } as unknown as Catalogue;
  it('lists what a decree added, dropped and changed against the held decree before it', () => {
    const list = decreeChangeList(catalogue, { id: 'd2', earlier: D1 } as unknown as Decree);
    expect(list.added.map((i) => i.id)).toEqual(['baru']);
    expect(list.dropped.map((i) => i.id)).toEqual(['lama']);
    expect(list.changed.map((c) => [c.indicator.id, c.fields])).toEqual([['pelatihan', ['NO', 'Penanggung jawab', 'Sumber data']]]);
  });

  it('lists nothing where the catalogue does not hold the decree before it', () => {
    expect(decreeChangeList(catalogue, { id: 'd1', earlier: undefined } as unknown as Decree)).toEqual({ earlier: undefined, added: [], dropped: [], changed: [] });
  });
});
