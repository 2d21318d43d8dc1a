// Open-data records and their CSV form.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { OPEN_DATA_FIELDS, toCsv, toRecord, type OpenDataSource } from '../../../src/catalogue/open-data';

const SOURCE: OpenDataSource = {
  id: 'persentase-pengaduan-yang-terselesaikan',
  body: '## Perhitungan\n\nJumlah pengaduan yang masuk / Jumlah pengaduan yang terselesaikan x 100%',
  unitName: 'Bidang Pengaduan, Pengolahan Data Sistem Informasi Penanaman Modal',
  keputusan: ['1/2021', '2/2023'],
  berlaku: true,
  data: {
    tingkat: 'IK',
    lampiran: 'II',
    tabel: 5,
    nomor: 2,
    sasaran: 'Terlaksananya Layanan Konsultasi dan Pengelolaan Pengaduan Masyarakat',
    indikator: 'Persentase Pengaduan yang terselesaikan',
    satuan: 'persen',
    polaritas: 'naik',
    rumusKeputusan: 'Jumlah pengaduan yang masuk / Jumlah pengaduan yang terselesaikan x 100%',
    rumus: {
      jenis: 'persentase',
      pembilang: { label: 'Jumlah pengaduan yang terselesaikan' },
      penyebut: { label: 'Jumlah pengaduan yang masuk' },
      terbalikDalamKeputusan: true,
    },
    catatan: [{ judul: 'Rumus terbalik', teks: 'Ditulis "masuk / terselesaikan", selalu 100% atau lebih.' }],
  },
};

describe('toRecord', () => {
  const record = toRecord(SOURCE);
  it('publishes the page path, the decree formula as written and the computed formula as LaTeX', () => {
    expect(record.url).toBe('/indikator/persentase-pengaduan-yang-terselesaikan/');
    expect(record.rumus_keputusan).toBe(SOURCE.data.rumusKeputusan);
    expect(record.rumus_latex).toBe('\\frac{\\text{Jumlah pengaduan yang terselesaikan}}{\\text{Jumlah pengaduan yang masuk}} \\times 100\\%');
    expect(record.sumber_data).toBeNull();
    expect(record.catatan).toEqual(['Rumus terbalik: Ditulis "masuk / terselesaikan", selalu 100% atau lebih.']);
    expect(Object.keys(record)).toEqual(OPEN_DATA_FIELDS.map((f) => f.name));
  });

  it('says which decrees set it and whether it is in force', () => {
    expect(record.keputusan).toEqual(['1/2021', '2/2023']);
    expect(record.berlaku).toBe(true);
    const rows: string[][] = parse(toCsv([{ ...record, berlaku: false }]), { bom: true, record_delimiter: '\r\n' });
    expect(rows[1]![OPEN_DATA_FIELDS.findIndex((f) => f.name === 'keputusan')]).toBe('1/2021\n2/2023');
    expect(rows[1]![OPEN_DATA_FIELDS.findIndex((f) => f.name === 'berlaku')]).toBe('false');
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks so that the row reads back the same', () => {
    const record = { ...toRecord(SOURCE), catatan: ['satu, "dua"', 'tiga'] };
    const text = toCsv([record]);
    // A machine file: no byte-order mark, which a machine would read as part of the header "id".
    expect(text.startsWith('\uFEFF')).toBe(false);
    const rows: string[][] = parse(text, { record_delimiter: '\r\n' });
    expect(rows[0]![0]).toBe('id');
    expect(rows).toHaveLength(2);
    expect(rows[1]![OPEN_DATA_FIELDS.findIndex((f) => f.name === 'catatan')]).toBe('satu, "dua"\ntiga');
    expect(rows[1]![OPEN_DATA_FIELDS.findIndex((f) => f.name === 'penanggung_jawab')]).toBe(SOURCE.unitName);
  });
});
