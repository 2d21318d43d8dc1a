/**
 * The open-data records of the whole catalogue, in the decree's order.
 */
import type { Catalogue } from './load';
import { toRecord, type OpenDataRecord } from './open-data';

export function catalogueRecords({ indicators }: Catalogue): OpenDataRecord[] {
  return indicators.map((i) => toRecord({ ...i.entry, unitName: i.unit.data.nama }));
}
