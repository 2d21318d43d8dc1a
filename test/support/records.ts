// The open data of the built site, which carries every field of every content file.
import type { OpenDataRecord } from '../../src/catalogue/open-data';
import { distFile } from './dist';

export function builtRecords(): OpenDataRecord[] {
  return JSON.parse(distFile('data/indikator.json')) as OpenDataRecord[];
}

export function recordAt(records: OpenDataRecord[], lampiran: 'I' | 'II', tabel: number, nomor: number): OpenDataRecord {
  const found = records.find((r) => r.lampiran === lampiran && r.tabel === tabel && r.nomor === nomor);
  if (!found) throw new Error(`no indicator at Lampiran ${lampiran} tabel ${tabel} NO ${nomor}`);
  return found;
}
