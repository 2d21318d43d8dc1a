/**
 * The open data: one flat record per indicator, built from the same collection as the pages, and
 * written as JSON, as CSV for machines (UTF-8, no byte-order mark) and as a workbook for Excel
 * (`open-data-workbook.ts`), and described by a Frictionless Data Package (`data-package.ts`).
 */
import type { CollectionEntry } from 'astro:content';
import { formulaLatex } from '../domain/formula/latex';
import { rumusSchema, satuanSchema } from '../schema/formula';
import type { IndicatorData } from './load';
import { explanationText } from './sections';
import { indicatorPath } from './paths';
import { MS_IND_RESOURCES } from './ms-ind';
import { type CsvCellValue, csvText } from '../domain/csv/write';

/** The dialect of the machine files: comma, `.` decimals, UTF-8 without a byte-order mark. */
export const MACHINE_CSV = { delimiter: ',', bom: false } as const;


/**
 * What a record is made of: an indicator entry, typed by its collection's schema, its unit's name, the
 * numbers of the decrees that set it (the site's form, oldest first) and whether it is in force.
 */
export interface OpenDataSource extends Pick<CollectionEntry<'indikator'>, 'id' | 'body'> {
  unitName: string;
  keputusan: string[];
  berlaku: boolean;
  data: Pick<
    IndicatorData,
    | 'tingkat'
    | 'lampiran'
    | 'tabel'
    | 'nomor'
    | 'sasaran'
    | 'indikator'
    | 'sumberData'
    | 'satuan'
    | 'polaritas'
    | 'rumusKeputusan'
    | 'rumus'
    | 'catatan'
  >;
}

/** "a, b, atau c": the values a field may take, as the schema lists them. */
const oneOf = (values: readonly string[]) => `${new Intl.ListFormat('id', { type: 'disjunction' }).format(values)}.`;

/** A field of a published table, as a Frictionless Table Schema describes it. */
export interface FieldSpec {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  title: string;
  description: string;
}

/** The published fields, in order; the Data Package's schema is made from this list. */
export const OPEN_DATA_FIELDS = [
  { name: 'id', type: 'string', title: 'ID', description: 'Pengenal tetap indikator (slug halaman).' },
  { name: 'url', type: 'string', title: 'URL', description: 'Alamat halaman indikator di situs, tanpa nama host.' },
  { name: 'tingkat', type: 'string', title: 'Tingkat', description: 'IKU (Indikator Kinerja Utama) atau IK (Indikator Kinerja).' },
  { name: 'lampiran', type: 'string', title: 'Lampiran', description: 'Lampiran keputusan yang memuatnya, seperti ditulis halaman Keputusan (misalnya I).' },
  { name: 'tabel', type: 'integer', title: 'Tabel', description: 'Urutan tabel dalam lampirannya.' },
  { name: 'nomor', type: 'integer', title: 'Nomor', description: 'Kolom NO dalam tabelnya.' },
  { name: 'sasaran', type: 'string', title: 'Sasaran', description: 'Kinerja (sasaran), sesuai teks keputusan.' },
  { name: 'indikator', type: 'string', title: 'Indikator', description: 'Nama indikator, sesuai teks keputusan.' },
  { name: 'penjelasan', type: 'string', title: 'Penjelasan', description: 'Kolom makna, alasan pemilihan, perhitungan atau penjelasan, sesuai teks keputusan.' },
  { name: 'rumus_keputusan', type: 'string', title: 'Rumus keputusan', description: 'Rumus persis seperti tertulis dalam keputusan; kosong bila keputusan tidak memuatnya.' },
  { name: 'rumus_latex', type: 'string', title: 'Rumus (LaTeX)', description: 'Rumus yang dihitung situs, dalam LaTeX.' },
  { name: 'rumus_jenis', type: 'string', title: 'Jenis rumus', description: oneOf(rumusSchema.options.map((o) => o.shape.jenis.value)) },
  { name: 'rumus_usulan', type: 'boolean', title: 'Rumus usulan', description: 'true bila keputusan tidak memuat rumus dan rumus ini usulan situs.' },
  { name: 'satuan', type: 'string', title: 'Satuan', description: oneOf(satuanSchema.options) },
  { name: 'polaritas', type: 'string', title: 'Polaritas', description: 'naik (makin tinggi makin baik) atau turun (makin rendah makin baik).' },
  { name: 'penanggung_jawab', type: 'string', title: 'Penanggung jawab', description: 'Nama unit sesuai ejaan keputusan.' },
  { name: 'sumber_data', type: 'string', title: 'Sumber data', description: 'Sesuai teks keputusan; kosong bila keputusan tidak menyebutkannya.' },
  { name: 'catatan', type: 'string', title: 'Catatan redaksi', description: 'Catatan situs, bukan bagian dari keputusan; di CSV satu catatan per baris.' },
  {
    name: 'keputusan',
    type: 'string',
    title: 'Keputusan',
    description: 'Nomor keputusan yang menetapkan indikator ini, dari yang terlama; isi baris ini menurut yang terakhir. Di CSV satu nomor per baris.',
  },
  {
    name: 'berlaku',
    type: 'boolean',
    title: 'Berlaku',
    description: 'true bila keputusan yang berlaku menetapkannya; false bila keputusan yang lebih baru tidak memuatnya lagi.',
  },
] as const satisfies readonly FieldSpec[];

export type OpenDataRecord = Pick<IndicatorData, 'tingkat' | 'lampiran' | 'tabel' | 'nomor' | 'sasaran' | 'indikator' | 'satuan' | 'polaritas'> & {
  id: string;
  url: string;
  penjelasan: string;
  rumus_keputusan: string | null;
  rumus_latex: string;
  rumus_jenis: IndicatorData['rumus']['jenis'];
  rumus_usulan: boolean;
  penanggung_jawab: string;
  sumber_data: string | null;
  catatan: string[];
  keputusan: string[];
  berlaku: boolean;
};

/** One indicator as an open-data record. */
export function toRecord(source: OpenDataSource): OpenDataRecord {
  const d = source.data;
  return {
    id: source.id,
    url: indicatorPath(source.id),
    tingkat: d.tingkat,
    lampiran: d.lampiran,
    tabel: d.tabel,
    nomor: d.nomor,
    sasaran: d.sasaran,
    indikator: d.indikator,
    penjelasan: explanationText(source.body ?? ''),
    rumus_keputusan: d.rumusKeputusan ?? null,
    rumus_latex: formulaLatex(d.rumus),
    rumus_jenis: d.rumus.jenis,
    rumus_usulan: d.rumus.usulan === true,
    satuan: d.satuan,
    polaritas: d.polaritas,
    penanggung_jawab: source.unitName,
    sumber_data: d.sumberData ?? null,
    catatan: d.catatan.map((c) => `${c.judul}: ${c.teks}`),
    keputusan: source.keputusan,
    berlaku: source.berlaku,
  };
}

/** A record's value as a CSV cell: integers as numbers, notes one per line, everything else as text. */
export function recordCell(value: OpenDataRecord[keyof OpenDataRecord]): CsvCellValue {
  if (value === null || typeof value === 'number') return value;
  return Array.isArray(value) ? value.join('\n') : String(value);
}

/** RFC 4180 CSV for machines: a header row, comma-separated, UTF-8 without a byte-order mark. */
export function toCsv(records: readonly OpenDataRecord[]): string {
  const names = OPEN_DATA_FIELDS.map((f) => f.name);
  return csvText(names, records.map((r) => names.map((n) => recordCell(r[n]))), MACHINE_CSV);
}

/** The Frictionless Data Package that describes indikator.csv and the MS-Ind files. */
export function dataPackage(options: { name: string; title: string; description: string; homepage: string; version: string }) {
  return {
    profile: 'data-package',
    name: options.name,
    title: options.title,
    description: options.description,
    homepage: options.homepage,
    version: options.version,
    licenses: [
      {
        name: 'CC-BY-4.0',
        title: 'Creative Commons Attribution 4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
      },
    ],
    resources: [
      {
        name: 'indikator',
        path: 'indikator.csv',
        profile: 'tabular-data-resource',
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        schema: {
          fields: OPEN_DATA_FIELDS.map((f) => ({ name: f.name, type: f.type, title: f.title, description: f.description })),
          primaryKey: 'id',
        },
      },
      ...MS_IND_RESOURCES,
    ],
  };
}
