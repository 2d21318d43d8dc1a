/**
 * The open-data records of the whole catalogue: the indicators in force in the decree's order, then
 * those no longer in force; and each indicator's versions, one per decree that set it.
 */
import type { Catalogue, Indicator, IndicatorVersion } from './load';
import { toRecord, type OpenDataRecord } from './open-data';

/** One decree's version of an indicator: its decree, date and period, and what it set. */
export type VersionRecord = Omit<OpenDataRecord, 'id' | 'url' | 'keputusan' | 'berlaku'> & {
  keputusan: string;
  tanggal: string;
  periode: { awal: number; akhir: number };
};

function record(indicator: Indicator, version: IndicatorVersion, berlaku: boolean): OpenDataRecord {
  const keputusan = indicator.versions.map((v) => v.decree.data.nomorSitus);
  return toRecord({ ...version.entry, id: indicator.id, unitName: version.unit.data.nama, keputusan, berlaku });
}

export function catalogueRecords({ indicators, retired }: Catalogue): OpenDataRecord[] {
  return [...indicators.map((i) => record(i, i, true)), ...retired.map((i) => record(i, i, false))];
}

/** Each indicator's versions as records, oldest first, by indicator id. */
export function versionRecords({ indicators, retired }: Catalogue): Map<string, VersionRecord[]> {
  return new Map(
    [...indicators, ...retired].map((i) => [
      i.id,
      i.versions.map((v) => {
        const { id: _id, url: _url, keputusan: _k, berlaku: _b, ...fields } = record(i, v, false);
        const d = v.decree.data;
        return { keputusan: d.nomorSitus, tanggal: d.tanggal, periode: d.periode, ...fields };
      }),
    ]),
  );
}
