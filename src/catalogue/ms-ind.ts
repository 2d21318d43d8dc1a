/**
 * Satu Data Indonesia's Metadata Statistik Indikator (MS-Ind, Peraturan BPS No. 5 Tahun 2020), filled
 * for each indicator from the catalogue. Every value carries its origin: the decree's own words
 * (`keputusan`), the site's reading of the catalogue (`situs`), or nothing (`kosong`): a field the
 * catalogue cannot fill is left blank, never invented.
 *
 * The indicator's MS-Ind page, /data/ms-ind.csv and /data/ms-ind.xlsx all read from `msInd`, so
 * they cannot disagree. Pure: no Astro at run time.
 */
import { IKM_UNSUR } from '../domain/ikm-survey';
import { SAKIP_COMPONENTS } from '../domain/sakip-components';
import { formulaText } from '../domain/formula/text';
import { SATUAN_LABEL } from './labels';
import type { IndicatorData, Office } from './load';
import { parseSections, type SectionTitle } from './sections';


/** What an indicator's MS-Ind is made of. */
export interface MsIndSource {
  /** The indicator file's body: the decree's fourth column under the site's headings. */
  body?: string | undefined;
  data: Pick<IndicatorData, 'indikator' | 'satuan' | 'sumberData' | 'sumberDataSel' | 'rumusKeputusan' | 'rumus'>;
  office: Pick<Office, 'tingkatPemerintahan'>;
}

export type Asal = 'keputusan' | 'situs' | 'kosong';

/** How a page and the files name each origin. */
export const ASAL_LABEL: Readonly<Record<Asal, string>> = {
  keputusan: 'menurut keputusan',
  situs: 'bacaan situs',
  kosong: 'kosong',
};

type Lines = [string, ...string[]];

/** One field's value: one or more lines (a list for the builders), or nothing. */
export type MsIndValue = { asal: Exclude<Asal, 'kosong'>; isi: Readonly<Lines> } | { asal: 'kosong' };

interface MsIndFieldSpec {
  key: string;
  /** The form's group, for the sub-fields of Indikator Pembangun and Variabel Pembangun. */
  kelompok?: string;
  /** The form's label. */
  label: string;
  /** Where the value comes from, as the /data/ page and the data package say it. */
  description: string;
}

/** The form's fields in the form's order; the files' columns and the page's rows follow it. */
export const MS_IND_FIELDS = [
  { key: 'namaIndikator', label: 'Nama Indikator', description: 'Nama indikator, sesuai teks keputusan.' },
  { key: 'konsep', label: 'Konsep', description: 'Kosong: keputusan tidak memuat konsep yang terpisah dari maknanya.' },
  { key: 'definisi', label: 'Definisi', description: 'Bagian "Makna" kolom penjelasan keputusan; kosong bila keputusan tidak memuatnya.' },
  { key: 'interpretasi', label: 'Interpretasi', description: 'Bagian "Alasan pemilihan" kolom penjelasan keputusan; kosong bila keputusan tidak memuatnya.' },
  { key: 'metode', label: 'Metode/Rumus Penghitungan', description: 'Rumus keputusan persis seperti tertulis; bila keputusan tidak memuat rumus, rumus usulan situs (bacaan situs).' },
  { key: 'ukuran', label: 'Ukuran', description: 'Bacaan situs dari jenis rumus: Persentase, Rasio, Jumlah, Nilai atau Indeks.' },
  { key: 'satuan', label: 'Satuan', description: 'Bacaan situs: keputusan tidak memuat kolom satuan.' },
  { key: 'klasifikasiPenyajian', label: 'Klasifikasi Penyajian', description: 'Kosong: keputusan tidak menyebut rincian penyajian.' },
  { key: 'komposit', label: 'Apakah Indikator Komposit?', description: 'Bacaan situs: Ya untuk IKM dan nilai SAKIP, yang disusun dari unsur atau komponen; selain itu Tidak.' },
  { key: 'publikasiKetersediaan', kelompok: 'Indikator Pembangun', label: 'Publikasi Ketersediaan', description: 'Untuk indikator komposit: sumber data keputusan; selain itu kosong.' },
  { key: 'indikatorPembangun', kelompok: 'Indikator Pembangun', label: 'Nama Indikator Pembangun', description: 'Untuk indikator komposit (bacaan situs): sembilan unsur IKM (PermenPANRB No. 14 Tahun 2017) atau empat komponen SAKIP (PermenPANRB No. 88 Tahun 2021), satu per baris; selain itu kosong.' },
  { key: 'kegiatanPenghasil', kelompok: 'Variabel Pembangun', label: 'Kegiatan Penghasil', description: 'Untuk indikator bukan komposit: sumber data keputusan (bacaan situs bila dibaca dari sel gabungan atau kolom bergeser); kosong bila keputusan tidak menyebutkannya.' },
  { key: 'kodeKegiatan', kelompok: 'Variabel Pembangun', label: 'Kode Kegiatan', description: 'Kosong: kode kegiatan statistik (MS-Keg) diberikan BPS dan tidak ada dalam keputusan.' },
  { key: 'variabelPembangun', kelompok: 'Variabel Pembangun', label: 'Nama Variabel Pembangun', description: 'Untuk indikator bukan komposit (bacaan situs): besaran dalam rumus yang dihitung situs (pembilang dan penyebut, atau yang dijumlah atau dicacah), satu per baris.' },
  { key: 'levelEstimasi', label: 'Level Estimasi', description: 'Bacaan situs dari tingkat pemerintahan kantor: Provinsi atau Kabupaten/Kota.' },
  { key: 'aksesUmum', label: 'Apakah Indikator Dapat Diakses Umum?', description: 'Bacaan situs: Ya, katalog ini terbuka untuk umum.' },
] as const satisfies readonly MsIndFieldSpec[];

export type MsIndField = (typeof MS_IND_FIELDS)[number];
export type MsIndKey = MsIndField['key'];
export type MsIndRecord = { readonly [K in MsIndKey]: MsIndValue };

/** A field's column heading in the files: "Variabel Pembangun: Kegiatan Penghasil". */
export function msIndHeading(field: MsIndField): string {
  return 'kelompok' in field ? `${field.kelompok}: ${field.label}` : field.label;
}

/** The heading of the column that holds a field's origin in the CSV and the workbook. */
export function msIndOriginHeading(field: MsIndField): string {
  return `Asal: ${msIndHeading(field)}`;
}

/** A value's lines joined as one cell (a builder per line); empty when kosong. */
export function msIndCell(value: MsIndValue): string {
  return value.asal === 'kosong' ? '' : value.isi.join('\n');
}

const KOSONG: MsIndValue = { asal: 'kosong' };
const fromDecree = (...isi: Lines): MsIndValue => ({ asal: 'keputusan', isi });
const fromSite = (...isi: Lines): MsIndValue => ({ asal: 'situs', isi });

/** The site's reading of the MS-Ind "Ukuran" for each kind of formula. */
const UKURAN: Readonly<Record<IndicatorData['rumus']['jenis'], string>> = {
  persentase: 'Persentase',
  rasio: 'Rasio',
  jumlah: 'Jumlah',
  cacah: 'Jumlah',
  nilai: 'Nilai',
  ikm: 'Indeks',
  sakip: 'Nilai',
};

/** The MS-Ind "Level Estimasi" for the office's level of government. */
const LEVEL_ESTIMASI: Readonly<Record<Office['tingkatPemerintahan'], string>> = {
  provinsi: 'Provinsi',
  kabupaten: 'Kabupaten/Kota',
  kota: 'Kabupaten/Kota',
};

/** A section of the decree's fourth column as one text, or kosong where the decree has none. */
function section(body: string, title: SectionTitle): MsIndValue {
  const found = parseSections(body).sections.find((s) => s.title === title);
  return found ? fromDecree(found.paragraphs.join('\n\n')) : KOSONG;
}

/**
 * What an indicator is built from: a composite indicator (IKM, SAKIP) from other indicators, its
 * regulation's unsur or components; any other from the quantities in the site's formula (a
 * denominator fixed by the decree, the "125 Orang", is no variable).
 */
function builders(rumus: IndicatorData['rumus']): { komposit: true; indikator: Lines } | { komposit: false; variabel: Lines } {
  switch (rumus.jenis) {
    case 'ikm':
      return { komposit: true, indikator: IKM_UNSUR.map((unsur) => `Nilai rata-rata (NRR) unsur ${unsur}`) as Lines };
    case 'sakip':
      return { komposit: true, indikator: SAKIP_COMPONENTS.map((c) => `Nilai komponen ${c.nama}`) as Lines };
    case 'persentase':
      return {
        komposit: false,
        variabel: 'tetap' in rumus.penyebut ? [rumus.pembilang.label] : [rumus.pembilang.label, rumus.penyebut.label],
      };
    case 'rasio':
      return { komposit: false, variabel: [rumus.pembilang.label, rumus.penyebut.label] };
    case 'jumlah':
      return { komposit: false, variabel: [rumus.entri.label] };
    case 'cacah':
    case 'nilai':
      return { komposit: false, variabel: [rumus.besaran.label] };
  }
}

/** One indicator's MS-Ind, field by field in the form's order. */
export function msInd({ body = '', data, office }: MsIndSource): MsIndRecord {
  const built = builders(data.rumus);
  // The decree's data source, as it stands in the indicator's own row, or the site's reading of a
  // merged cell (gabungan) or a shifted column (bergeser).
  const source: MsIndValue = data.sumberData
    ? { asal: data.sumberDataSel === 'tertulis' ? 'keputusan' : 'situs', isi: [data.sumberData] }
    : KOSONG;
  return {
    namaIndikator: fromDecree(data.indikator),
    // The decree gives each indicator a meaning (Makna), read as its Definisi, and no separate concept.
    konsep: KOSONG,
    definisi: section(body, 'Makna'),
    // "Alasan pemilihan" says what the indicator shows: the nearest the decree comes to an Interpretasi.
    interpretasi: section(body, 'Alasan pemilihan'),
    metode: data.rumusKeputusan ? fromDecree(data.rumusKeputusan) : fromSite(formulaText(data.rumus)),
    ukuran: fromSite(UKURAN[data.rumus.jenis]),
    // The decree's tables have no SATUAN column: the catalogue's satuan is the site's reading.
    satuan: fromSite(SATUAN_LABEL[data.satuan]),
    // The decree breaks no indicator down (by kecamatan, sex, sector...): nothing defensible to say.
    klasifikasiPenyajian: KOSONG,
    komposit: fromSite(built.komposit ? 'Ya' : 'Tidak'),
    // A composite indicator's builders are published where its score is: the decree's data source.
    publikasiKetersediaan: built.komposit ? source : KOSONG,
    indikatorPembangun: built.komposit ? fromSite(...built.indikator) : KOSONG,
    // The activity that produces a simple indicator's variables: the decree's data source.
    kegiatanPenghasil: built.komposit ? KOSONG : source,
    // MS-Keg codes are given by BPS to registered activities; the decree names none.
    kodeKegiatan: KOSONG,
    variabelPembangun: built.komposit ? KOSONG : fromSite(...built.variabel),
    levelEstimasi: fromSite(LEVEL_ESTIMASI[office.tingkatPemerintahan]),
    // The catalogue and its open data are public.
    aksesUmum: fromSite('Ya'),
  };
}

/** The workbook's media type, for its endpoint and its data-package entry. */
export const XLSX_MEDIATYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const valueSchemaFields = MS_IND_FIELDS.map((f) => ({
  name: msIndHeading(f),
  type: 'string',
  title: msIndHeading(f),
  description: f.description,
}));

const originSchemaFields = MS_IND_FIELDS.map((f) => ({
  name: msIndOriginHeading(f),
  type: 'string',
  title: msIndOriginHeading(f),
  description: `Asal isian kolom "${msIndHeading(f)}": keputusan (teks keputusan), situs (bacaan situs) atau kosong.`,
  constraints: { required: true, enum: Object.keys(ASAL_LABEL) },
}));

/** The data package's entries for the MS-Ind files (added to `dataPackage` in open-data.ts). */
export const MS_IND_RESOURCES = [
  {
    name: 'ms-ind',
    path: 'ms-ind.csv',
    title: 'Metadata Statistik Indikator (MS-Ind)',
    description:
      'Formulir MS-Ind Satu Data Indonesia (Peraturan BPS No. 5 Tahun 2020) untuk setiap indikator, satu baris per indikator, kolom menurut urutan formulir, lalu asal setiap isian.',
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    schema: { fields: [...valueSchemaFields, ...originSchemaFields], primaryKey: msIndHeading(MS_IND_FIELDS[0]) },
  },
  {
    name: 'ms-ind-xlsx',
    path: 'ms-ind.xlsx',
    title: 'Metadata Statistik Indikator (MS-Ind), Excel',
    description:
      'Isi yang sama dengan ms-ind.csv: lembar "MS-Ind" memuat isian formulir, lembar "Asal nilai" asal setiap isian, lembar "Keterangan" penjelasannya.',
    // A workbook is not a Tabular Data Resource (CSV or inline JSON), so it is a plain resource.
    profile: 'data-resource',
    format: 'xlsx',
    mediatype: XLSX_MEDIATYPE,
  },
];
