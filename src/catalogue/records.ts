/**
 * The open-data records of the whole catalogue, in the decree's order.
 */
import { loadCatalogue } from './load';
import { toRecord, type OpenDataRecord } from './open-data';

export async function catalogueRecords(): Promise<OpenDataRecord[]> {
  const { indicators } = await loadCatalogue();
  return indicators.map((i) => toRecord({ ...i.entry, id: i.id, unitName: i.unit.data.nama }));
}
