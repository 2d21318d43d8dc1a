/**
 * The open-data records of the whole catalogue, in the decree's order.
 */
import { loadCatalogue } from './load';
import { toRecord, type OpenDataRecord } from './open-data';

export async function catalogueRecords(): Promise<OpenDataRecord[]> {
  const { indicators } = await loadCatalogue();
  return indicators.map((i) => toRecord({ id: i.id, body: i.entry.body, unitName: i.unit.data.nama, data: i.data }));
}
