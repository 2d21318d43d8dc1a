/**
 * Published figures as open data, for machines: `/data/capaian.csv` (comma-separated, plain `.`
 * decimals, UTF-8 without BOM) and `/data/capaian.json`, one record per indicator, year and period,
 * the derived annual figures included (`realisasi_asal: rekap`). Numbers are exact decimals: JSON
 * carries them as raw number text, so a large Rupiah sum keeps every digit.
 */
import { type Decimal, normalize, toPlainString } from '../domain/number/decimal';
import type { YearFigures } from '../domain/measurement/figures';
import type { Measurements } from './measurement';
import { type FieldSpec, MACHINE_CSV } from './open-data';
import { type CsvCellValue, csvText, numberCell } from '../domain/csv/write';

/** The published fields, in order; the Data Package's resource is made from this list. */
export const CAPAIAN_FIELDS = [
  { name: 'indikator', type: 'string', title: 'Indikator', description: 'ID indikator (kolom id di indikator.csv).' },
  { name: 'tahun', type: 'integer', title: 'Tahun', description: 'Tahun pengukuran.' },
  { name: 'periode', type: 'string', title: 'Periode', description: 'TW1, TW2, TW3, TW4 (triwulan) atau TAHUN.' },
  { name: 'target', type: 'number', title: 'Target', description: 'Dalam satuan indikator (persen sebagai 61.7); kosong bila tidak ada.' },
  { name: 'realisasi', type: 'number', title: 'Realisasi', description: 'Dalam satuan indikator; kosong bila belum diukur.' },
  {
    name: 'realisasi_asal',
    type: 'string',
    title: 'Asal realisasi',
    description: 'tertulis (dari kantor), bagian (dihitung dari pembilang dan penyebut) atau rekap (realisasi tahunan yang diturunkan dari triwulan).',
  },
  { name: 'pembilang', type: 'number', title: 'Pembilang', description: 'Pembilang rumus persentase atau rasio, bila dilaporkan.' },
  { name: 'penyebut', type: 'number', title: 'Penyebut', description: 'Penyebut rumus persentase atau rasio, bila dilaporkan.' },
  { name: 'capaian', type: 'number', title: 'Capaian (%)', description: 'Realisasi terhadap target dengan polaritas indikator (PermenPANRB 6/2022), dua desimal.' },
  { name: 'kategori', type: 'string', title: 'Kategori', description: 'Kategori capaian: Sangat Baik, Baik, Cukup, Kurang, Sangat Kurang.' },
  { name: 'sumber', type: 'string', title: 'Sumber', description: 'Dokumen asal angka, misalnya LKjIP.' },
  { name: 'catatan', type: 'string', title: 'Catatan', description: 'Catatan kantor pada angka ini.' },
] as const satisfies readonly FieldSpec[];

type FieldName = (typeof CAPAIAN_FIELDS)[number]['name'];
/** One record: numbers as exact decimals, absent values as null. */
export type CapaianRecord = Record<FieldName, string | number | Decimal | null>;

function records(indikator: string, figures: readonly YearFigures[]): CapaianRecord[] {
  return figures.flatMap(({ tahun, periode }) =>
    periode.map((f) => ({
      indikator,
      tahun,
      periode: f.periode,
      target: f.target ?? null,
      realisasi: f.realisasi ?? null,
      realisasi_asal: f.asalRealisasi ?? null,
      pembilang: f.pembilang ?? null,
      penyebut: f.penyebut ?? null,
      capaian: f.achievement?.value ?? null,
      kategori: f.achievement?.band.kategori ?? null,
      sumber: f.sumber ?? null,
      catatan: f.catatan ?? null,
    })),
  );
}

/** Every record, indicator by indicator in the decree's order (the map's order), year, then period. */
export function capaianRecords(measurements: Measurements, indicatorId?: string): CapaianRecord[] {
  return [...measurements.byIndicator]
    .filter(([id]) => indicatorId === undefined || id === indicatorId)
    .flatMap(([id, figures]) => records(id, figures));
}

const isDecimal = (value: unknown): value is Decimal => typeof value === 'object' && value !== null && 'units' in value;

// JSON.rawJSON (ES2026, in Node >= 21) writes a number's exact text; TypeScript's lib lacks it yet.
const rawJSON = (JSON as unknown as { rawJSON(text: string): unknown }).rawJSON;

/** Records with their numbers as exact JSON numbers, ready for JSON.stringify. */
export function toJsonValues(list: readonly CapaianRecord[]): Record<FieldName, unknown>[] {
  return list.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, isDecimal(v) ? rawJSON(toPlainString(normalize(v))) : v])) as Record<FieldName, unknown>);
}

/** A record's value as a CSV cell: exact decimals as numbers, the rest as text. */
export function capaianCell(value: CapaianRecord[FieldName]): CsvCellValue {
  if (value === null || typeof value === 'number') return value;
  return isDecimal(value) ? numberCell(toPlainString(normalize(value))) : value;
}

/** RFC 4180 CSV for machines: comma-separated, `.` decimals, no byte-order mark. */
export function capaianCsv(list: readonly CapaianRecord[]): string {
  const names = CAPAIAN_FIELDS.map((f) => f.name);
  return csvText(names, list.map((r) => names.map((n) => capaianCell(r[n]))), MACHINE_CSV);
}

/** The Data Package resource that describes capaian.csv. */
export function capaianResource() {
  return {
    name: 'capaian',
    path: 'capaian.csv',
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: {
      fields: CAPAIAN_FIELDS.map((f) => ({ name: f.name, type: f.type, title: f.title, description: f.description })),
      primaryKey: ['indikator', 'tahun', 'periode'],
      foreignKeys: [{ fields: 'indikator', reference: { resource: 'indikator', fields: 'id' } }],
    },
  };
}
