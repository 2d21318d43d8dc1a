// The MS-Ind form filled from an indicator, field by field, for real indicators of the decree, and
// its CSV read back with an independent parser.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { MS_IND_FIELDS, msInd, msIndHeading, msIndOriginHeading, type MsIndKey, type MsIndSource, type MsIndValue } from '../../../src/catalogue/ms-ind';
import { msIndCsv } from '../../../src/catalogue/ms-ind-files';

const KABUPATEN = { tingkatPemerintahan: 'kabupaten' } as const;
const kosong: MsIndValue = { asal: 'kosong' };
const keputusan = (...isi: [string, ...string[]]): MsIndValue => ({ asal: 'keputusan', isi });
const situs = (...isi: [string, ...string[]]): MsIndValue => ({ asal: 'situs', isi });

// Lampiran I, NO 4: a percentage whose formula the decree writes.
const TERLINDUNGI: MsIndSource = {
  office: KABUPATEN,
  body:
    '## Alasan pemilihan\n\nAdanya indikator ini untuk mengetahui sejauhmana Tenaga Kerja di Kabupaten Balangan terlindungi sesuai dengan hak hak nya.\n\n' +
    '## Perhitungan\n\nJumlah Peserta BPJS Ketenagakerjaan/ Jumlah Tenaga Kerja Terdaftar (PU atau BPU) x 100%',
  data: {
    indikator: 'Presentase Tenaga Kerja yang Terlindungi',
    sumberData: 'Wajib Lapo Ketenagakerjaan dan BPJS Ketenagakerjaan',
    sumberDataSel: 'tertulis',
    satuan: 'persen',
    rumusKeputusan: 'Jumlah Peserta BPJS Ketenagakerjaan/ Jumlah Tenaga Kerja Terdaftar (PU atau BPU) x 100%',
    rumus: {
      jenis: 'persentase',
      pembilang: { label: 'Jumlah Peserta BPJS Ketenagakerjaan', satuan: 'orang' },
      penyebut: { label: 'Jumlah Tenaga Kerja Terdaftar (PU atau BPU)', satuan: 'orang' },
    },
  },
};

// Lampiran II, tabel 1, NO 2: no formula in the decree; the site proposes one.
const ASET: MsIndSource = {
  office: KABUPATEN,
  body: '## Alasan pemilihan\n\nUntuk mengetahui sejauhmana kondisi sarana dan prasarana penunjang SKPD',
  data: {
    indikator: 'Persentase Pencatatan Aset Dalam Kondisi Baik',
    sumberData: 'Data Aset',
    sumberDataSel: 'tertulis',
    satuan: 'persen',
    rumus: {
      jenis: 'persentase',
      pembilang: { label: 'Jumlah aset tercatat dalam kondisi baik', satuan: 'unit' },
      penyebut: { label: 'Jumlah aset tercatat', satuan: 'unit' },
      usulan: true,
    },
  },
};

// Lampiran II, tabel 6, NO 1: the IKM, a composite index.
const IKM: MsIndSource = {
  office: KABUPATEN,
  body:
    '## Alasan pemilihan\n\nMengetahui sejauhmana kualitas pelayanan perizinan dan non perizinan yang diberikan\n\n' +
    '## Perhitungan\n\nNilai Survey Indeks Kepuasan Masyarakat',
  data: {
    indikator: 'Nilai Survey IKM Terhadap Pelayanan',
    sumberData: 'Dokumen Survey Indeks Kepuasan Masyarakat',
    sumberDataSel: 'tertulis',
    satuan: 'indeks',
    rumusKeputusan: 'Nilai Survey Indeks Kepuasan Masyarakat',
    rumus: { jenis: 'ikm' },
  },
};

// Lampiran I, NO 1: the only IKU with a "Makna"; a sum of LKPM reports in Rupiah.
const REALISASI: MsIndSource = {
  office: KABUPATEN,
  body:
    '## Makna\n\nRealisasi Investasi Penanaman Modal Dalam Negeri (PMDN)\n\n## Alasan pemilihan\n\nUntuk mengetahui realisasi investasi pertahun\n\n' +
    '## Perhitungan\n\nAngka realisasi investasi PMDN dijumlahkan dalam satuan Rupiah (Rp) dalam kurun waktu 1 (satu) tahun.',
  data: {
    indikator: 'Nilai Realisasi Investasi',
    sumberData: 'Laporan Kegiatan Penanaman Modal (LKPM)',
    sumberDataSel: 'tertulis',
    satuan: 'rupiah',
    rumusKeputusan: 'Angka realisasi investasi PMDN dijumlahkan dalam satuan Rupiah (Rp) dalam kurun waktu 1 (satu) tahun.',
    rumus: { jenis: 'jumlah', uang: true, entri: { label: 'Realisasi investasi PMDN menurut LKPM', satuan: 'Rp' } },
  },
};

// Lampiran II, tabel 8, NO 2: the data source is read from a merged cell; no explanation, no formula.
const ADMINISTRASI_UMUM: MsIndSource = {
  office: KABUPATEN,
  body: '',
  data: {
    indikator: 'Persentase Layanan Administrasi Umum Perangkat Daerah yang Baik',
    sumberData: 'SILKA',
    sumberDataSel: 'gabungan',
    satuan: 'persen',
    rumus: {
      jenis: 'persentase',
      pembilang: { label: 'Jumlah layanan administrasi umum yang baik', satuan: 'layanan' },
      penyebut: { label: 'Jumlah layanan administrasi umum', satuan: 'layanan' },
      usulan: true,
    },
  },
};

// Lampiran II: the transmigration percentage over the decree's fixed "125 Orang"; no data source.
const TRANSMIGRASI: MsIndSource = {
  office: { tingkatPemerintahan: 'provinsi' },
  data: {
    indikator: 'Persentase Warga Transmigrasi yang Terampil',
    satuan: 'persen',
    rumusKeputusan: '$\\frac{\\text{Jumlah Warga yang terampil}}{125 \\text{ Orang}} \\times 100\\%$',
    rumus: {
      jenis: 'persentase',
      pembilang: { label: 'Jumlah Warga yang terampil', satuan: 'orang' },
      penyebut: { label: '125 Orang', tetap: 125 },
    },
  },
};

const CASES: [string, MsIndSource, Partial<Record<MsIndKey, MsIndValue>>][] = [
  [
    'a percentage with the decree\'s formula',
    TERLINDUNGI,
    {
      namaIndikator: keputusan('Presentase Tenaga Kerja yang Terlindungi'),
      konsep: kosong,
      definisi: kosong,
      interpretasi: keputusan('Adanya indikator ini untuk mengetahui sejauhmana Tenaga Kerja di Kabupaten Balangan terlindungi sesuai dengan hak hak nya.'),
      metode: keputusan('Jumlah Peserta BPJS Ketenagakerjaan/ Jumlah Tenaga Kerja Terdaftar (PU atau BPU) x 100%'),
      ukuran: situs('Persentase'),
      satuan: situs('Persen (%)'),
      klasifikasiPenyajian: kosong,
      komposit: situs('Tidak'),
      publikasiKetersediaan: kosong,
      indikatorPembangun: kosong,
      kegiatanPenghasil: keputusan('Wajib Lapo Ketenagakerjaan dan BPJS Ketenagakerjaan'),
      kodeKegiatan: kosong,
      variabelPembangun: situs('Jumlah Peserta BPJS Ketenagakerjaan', 'Jumlah Tenaga Kerja Terdaftar (PU atau BPU)'),
      levelEstimasi: situs('Kabupaten/Kota'),
      aksesUmum: situs('Ya'),
    },
  ],
  [
    'a percentage without a formula in the decree: the site\'s proposal, marked as the site\'s',
    ASET,
    {
      interpretasi: keputusan('Untuk mengetahui sejauhmana kondisi sarana dan prasarana penunjang SKPD'),
      metode: situs('Jumlah aset tercatat dalam kondisi baik / Jumlah aset tercatat × 100%'),
      kegiatanPenghasil: keputusan('Data Aset'),
      variabelPembangun: situs('Jumlah aset tercatat dalam kondisi baik', 'Jumlah aset tercatat'),
    },
  ],
  [
    'the IKM: composite, built from the nine unsur of PermenPANRB 14/2017',
    IKM,
    {
      metode: keputusan('Nilai Survey Indeks Kepuasan Masyarakat'),
      ukuran: situs('Indeks'),
      satuan: situs('Indeks'),
      komposit: situs('Ya'),
      publikasiKetersediaan: keputusan('Dokumen Survey Indeks Kepuasan Masyarakat'),
      indikatorPembangun: situs(
        'Nilai rata-rata (NRR) unsur Persyaratan',
        'Nilai rata-rata (NRR) unsur Sistem, Mekanisme, dan Prosedur',
        'Nilai rata-rata (NRR) unsur Waktu Penyelesaian',
        'Nilai rata-rata (NRR) unsur Biaya/Tarif',
        'Nilai rata-rata (NRR) unsur Produk Spesifikasi Jenis Pelayanan',
        'Nilai rata-rata (NRR) unsur Kompetensi Pelaksana',
        'Nilai rata-rata (NRR) unsur Perilaku Pelaksana',
        'Nilai rata-rata (NRR) unsur Penanganan Pengaduan, Saran dan Masukan',
        'Nilai rata-rata (NRR) unsur Sarana dan Prasarana',
      ),
      kegiatanPenghasil: kosong,
      variabelPembangun: kosong,
    },
  ],
  [
    'the decree\'s "Makna" as the Definisi',
    REALISASI,
    {
      definisi: keputusan('Realisasi Investasi Penanaman Modal Dalam Negeri (PMDN)'),
      interpretasi: keputusan('Untuk mengetahui realisasi investasi pertahun'),
      ukuran: situs('Jumlah'),
      satuan: situs('Rupiah (Rp)'),
      variabelPembangun: situs('Realisasi investasi PMDN menurut LKPM'),
    },
  ],
  [
    'a data source read from a merged cell is the site\'s reading; an empty column stays blank',
    ADMINISTRASI_UMUM,
    {
      definisi: kosong,
      interpretasi: kosong,
      metode: situs('Jumlah layanan administrasi umum yang baik / Jumlah layanan administrasi umum × 100%'),
      kegiatanPenghasil: situs('SILKA'),
    },
  ],
  [
    'a denominator fixed by the decree is no variable; no data source leaves Kegiatan Penghasil blank',
    TRANSMIGRASI,
    {
      metode: keputusan('$\\frac{\\text{Jumlah Warga yang terampil}}{125 \\text{ Orang}} \\times 100\\%$'),
      kegiatanPenghasil: kosong,
      variabelPembangun: situs('Jumlah Warga yang terampil'),
      levelEstimasi: situs('Provinsi'),
    },
  ],
];

describe('msInd', () => {
  it.each(CASES)('%s', (_, source, expected) => {
    expect(msInd(source)).toMatchObject(expected);
  });

  it('gives every field, in the form\'s order', () => {
    for (const [, source] of CASES) expect(Object.keys(msInd(source))).toEqual(MS_IND_FIELDS.map((f) => f.key));
  });

  it('marks SAKIP composite, built from the four components of PermenPANRB 88/2021', () => {
    const sakip = msInd({
      office: KABUPATEN,
      body: '## Alasan pemilihan\n\nUntuk mengetahui Nilai Akuntabilitas Kinerja SKPD',
      data: { indikator: 'Nilai Akuntabilitas Kinerja (Nilai SAKIP)', sumberData: 'LHE Sakip', sumberDataSel: 'tertulis', satuan: 'nilai', rumus: { jenis: 'sakip', usulan: true } },
    });
    expect(sakip.komposit).toEqual(situs('Ya'));
    expect(sakip.publikasiKetersediaan).toEqual(keputusan('LHE Sakip'));
    expect(sakip.indikatorPembangun).toEqual(
      situs('Nilai komponen Perencanaan Kinerja', 'Nilai komponen Pengukuran Kinerja', 'Nilai komponen Pelaporan Kinerja', 'Nilai komponen Evaluasi Akuntabilitas Kinerja Internal'),
    );
    expect(sakip.metode).toEqual(
      situs('Nilai SAKIP = Perencanaan Kinerja + Pengukuran Kinerja + Pelaporan Kinerja + Evaluasi Akuntabilitas Kinerja Internal (PermenPANRB No. 88 Tahun 2021)'),
    );
  });
});

describe('msIndCsv', () => {
  const records = CASES.map(([, source]) => msInd(source));
  const text = msIndCsv(records);
  const rows: string[][] = parse(text, { bom: true });

  it('has no byte-order mark (a machine file) and ends every row with CRLF, like indikator.csv', () => {
    expect(text.startsWith('\uFEFF')).toBe(false);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.split('\r\n')).toHaveLength(rows.length + 1);
  });

  it('has the form\'s columns in order, then the origin of each', () => {
    expect(rows[0]).toEqual([...MS_IND_FIELDS.map(msIndHeading), ...MS_IND_FIELDS.map(msIndOriginHeading)]);
    expect(rows[0]!.slice(9, 14)).toEqual([
      'Indikator Pembangun: Publikasi Ketersediaan',
      'Indikator Pembangun: Nama Indikator Pembangun',
      'Variabel Pembangun: Kegiatan Penghasil',
      'Variabel Pembangun: Kode Kegiatan',
      'Variabel Pembangun: Nama Variabel Pembangun',
    ]);
  });

  it('reads back each value, builders one per line, blanks empty, and its origin', () => {
    const n = MS_IND_FIELDS.length;
    const column = (key: MsIndKey) => MS_IND_FIELDS.findIndex((f) => f.key === key);
    const terlindungi = rows[1]!;
    expect(terlindungi[column('namaIndikator')]).toBe('Presentase Tenaga Kerja yang Terlindungi');
    expect(terlindungi[column('variabelPembangun')]).toBe('Jumlah Peserta BPJS Ketenagakerjaan\nJumlah Tenaga Kerja Terdaftar (PU atau BPU)');
    expect(terlindungi[column('konsep')]).toBe('');
    expect(terlindungi[n + column('konsep')]).toBe('kosong');
    expect(terlindungi[n + column('metode')]).toBe('keputusan');
    expect(rows[2]![n + column('metode')]).toBe('situs');
    expect(rows[3]![column('indikatorPembangun')]!.split('\n')).toHaveLength(9);
  });
});
