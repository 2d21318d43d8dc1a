// From table rows to entries: merged cells continued and marked, rows checked, units gathered.
import { describe, expect, it } from 'vitest';
import { draftCatalogue, NOTES, unitKind } from '../../../src/importer/drafts';
import type { TableRow } from '../../../src/importer/table';

let nextLine = 2;
function row(cells: Partial<TableRow['cells']>): TableRow {
  return {
    line: nextLine++,
    cells: { lampiran: '', tabel: '', nomor: '', sasaran: '', indikator: '', penjelasan: '', penanggungJawab: '', sumberData: '', ...cells },
  };
}

// Lampiran II tabel 8 of the decree: SILKA and the unit are written on NO 1 only (merged cells).
const TABEL_8 = () => {
  nextLine = 2;
  return [
    row({ lampiran: 'II', tabel: '8', nomor: '1', sasaran: 'Terlaksananya Pelayanan Administrasi Kepegawaian Perangkat Daerah', indikator: 'Persentase Layanan Administrasi Kepegawaian Perangkat Daerah yang Baik', penanggungJawab: 'Sub Bagian Umum & Kepegawaian', sumberData: 'SILKA' }),
    row({ nomor: '2', sasaran: 'Terlaksananya Pelayanan Administrasi Umum Perangkat Daerah', indikator: 'Persentase Layanan Administrasi Umum Perangkat Daerah yang Baik' }),
  ];
};

describe('draftCatalogue', () => {
  it('continues merged cells from the row above and marks them gabungan', () => {
    const { indicators, problems } = draftCatalogue(TABEL_8());
    expect(problems).toEqual([]);
    expect(indicators.map((d) => [d.data.lampiran, d.data.tabel, d.data.nomor, d.data.penanggungJawab, d.data.penanggungJawabSel, d.data.sumberData, d.data.sumberDataSel])).toEqual([
      ['II', 8, 1, 'sub-bagian-umum-kepegawaian', 'tertulis', 'SILKA', 'tertulis'],
      ['II', 8, 2, 'sub-bagian-umum-kepegawaian', 'gabungan', 'SILKA', 'gabungan'],
    ]);
    expect(indicators.map((d) => d.data.tingkat)).toEqual(['IK', 'IK']);
  });

  it('does not continue a cell into another table; a missing source is left out with a note', () => {
    const rows = [...TABEL_8(), row({ lampiran: 'II', tabel: '9', nomor: '1', sasaran: 'S', indikator: 'Jumlah Contoh', penanggungJawab: 'Bidang Contoh' })];
    const { indicators } = draftCatalogue(rows);
    const last = indicators[2]!.data;
    expect(last.sumberData).toBeUndefined();
    expect(last.sumberDataSel).toBeUndefined();
    expect(last.catatan).toContainEqual(NOTES.tanpaSumber);
  });

  it('reports every bad row with its line and returns no entry', () => {
    nextLine = 2;
    const rows = [
      row({ lampiran: 'I', tabel: '1', nomor: '1', sasaran: 'S', indikator: 'Nilai A', penanggungJawab: 'Kepala SKPD' }),
      row({ nomor: 'dua', sasaran: 'S', indikator: 'Nilai B' }),
      row({ lampiran: 'III', nomor: '3', indikator: 'Nilai C' }),
      row({ nomor: '4' }),
      row({ nomor: '1', indikator: 'Nilai A' }),
      row({ lampiran: 'II', tabel: '2', nomor: '1', sasaran: 'S', indikator: 'Nilai D' }),
    ];
    const { indicators, units, problems } = draftCatalogue(rows);
    expect(indicators).toEqual([]);
    expect(units).toEqual([]);
    expect(problems).toEqual([
      { line: 3, message: 'NO "dua" bukan nomor urut.' },
      { line: 4, message: 'LAMPIRAN "III" tidak dikenal: tulis I (IKU) atau II (IK).' },
      { line: 5, message: 'INDIKATOR KINERJA kosong.' },
      { line: 6, message: 'Lampiran I tabel 1 NO 1 sudah ada di baris 2.' },
      { line: 6, message: 'Indikator "Nilai A" sudah ada di baris 2.' },
      { line: 7, message: 'PENANGGUNG JAWAB kosong, dan tidak ada baris di atasnya dalam tabel yang sama.' },
    ]);
  });

  it('takes the decree\'s formula, or marks the proposal', () => {
    nextLine = 2;
    const { indicators } = draftCatalogue([
      row({ lampiran: 'I', tabel: '1', nomor: '2', sasaran: 'Meningkatnya Penyerapan Tenaga Kerja', indikator: 'Presentase Tenaga Kerja yang Terserap', penjelasan: 'Mengetahui sejauh mana tingkat penyerapan Tenaga Kerja\nPenduduk yang Bekerja/Angkatan Kerja x 100 %', penanggungJawab: 'Kepala SKPD', sumberData: 'SAKERNAS BPS' }),
      row({ nomor: '3', sasaran: 'Meningkatnya Kemudahan Berinvestasi', indikator: 'Indeks Kemudahan Berinvestasi (EoDB)', penjelasan: 'Nilai diperoleh dari hasil penilaian Kinerja PTSP' }),
    ]);
    const [terserap, eodb] = indicators.map((d) => d.data);
    expect(terserap).toMatchObject({ satuan: 'persen', rumusKeputusan: 'Penduduk yang Bekerja/Angkatan Kerja x 100 %', rumus: { jenis: 'persentase' } });
    expect(terserap!.catatan).toBeUndefined();
    expect(indicators[0]!.body).toBe('## Alasan pemilihan\n\nMengetahui sejauh mana tingkat penyerapan Tenaga Kerja\n\n## Perhitungan\n\nPenduduk yang Bekerja/Angkatan Kerja x 100 %');
    expect(eodb).toMatchObject({ satuan: 'jumlah', rumus: { jenis: 'cacah', usulan: true }, catatan: [NOTES.usulan] });
    expect(eodb!.rumusKeputusan).toBeUndefined();
    expect(indicators.map((d) => d.slug)).toEqual(['presentase-tenaga-kerja-yang-terserap', 'indeks-kemudahan-berinvestasi-eodb']);
  });

  it('gathers one unit per name, in order, with its kind and inferred parent', () => {
    nextLine = 2;
    const { units } = draftCatalogue([
      row({ lampiran: 'I', tabel: '1', nomor: '1', sasaran: 'S', indikator: 'A', penanggungJawab: 'Kepala SKPD' }),
      row({ lampiran: 'II', tabel: '1', nomor: '1', sasaran: 'S', indikator: 'B', penanggungJawab: 'Bidang Sekretariat' }),
      row({ lampiran: 'II', tabel: '2', nomor: '1', sasaran: 'S', indikator: 'C', penanggungJawab: 'Sub Bagian Keuangan' }),
      row({ lampiran: 'II', tabel: '3', nomor: '1', sasaran: 'S', indikator: 'D', penanggungJawab: 'Sub Bagian  keuangan' }),
      row({ lampiran: 'II', tabel: '4', nomor: '1', sasaran: 'S', indikator: 'E', penanggungJawab: 'Kelompok Jabatan Fungsional' }),
    ]);
    expect(units.map((u) => [u.slug, u.data.jenis, u.data.urutan, u.data.induk, u.jenisDitebak])).toEqual([
      ['kepala-skpd', 'kepala', 0, undefined, false],
      ['bidang-sekretariat', 'sekretariat', 1, 'kepala-skpd', false],
      ['sub-bagian-keuangan', 'sub-bagian', 2, 'bidang-sekretariat', false],
      ['kelompok-jabatan-fungsional', 'bidang', 3, 'kepala-skpd', true],
    ]);
    expect(units[2]!.data.ejaanLain).toEqual(['Sub Bagian keuangan']);
    expect(units[1]!.data).toMatchObject({ indukDisimpulkan: true, catatan: [{ judul: 'Induk disimpulkan' }] });
  });
});

describe('unitKind', () => {
  it('reads the decree\'s unit names', () => {
    expect(unitKind('Kepala SKPD')).toBe('kepala');
    expect(unitKind('Bidang Sekretariat')).toBe('sekretariat');
    expect(unitKind('Bidang Transmigrasi')).toBe('bidang');
    expect(unitKind('Sub Bagian Umum & Kepegawaian')).toBe('sub-bagian');
    expect(unitKind('Sub Koordinator Promosi Penanaman Modal')).toBe('sub-koordinator');
    expect(unitKind('Kelompok Jabatan Fungsional')).toBeUndefined();
  });
});
