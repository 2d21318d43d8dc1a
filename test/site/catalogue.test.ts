// The content against the decree: the counts of its tables, and its words, for cases checked by hand
// against the decree's text, which the repository keeps in content/keputusan/ beside its record.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build';
import { builtRecords, recordAt } from '../support/records';
import { distFile, distHas } from '../support/dist';
import { readDecreeText } from '../support/decree-text';

const records = builtRecords();

describe('the decree has 48 indicators', () => {
  it('4 IKU in Lampiran I and 44 IK in Lampiran II', () => {
    expect(records).toHaveLength(48);
    expect(records.filter((r) => r.tingkat === 'IKU' && r.lampiran === 'I').map((r) => r.nomor)).toEqual([1, 2, 3, 4]);
    expect(records.filter((r) => r.tingkat === 'IK' && r.lampiran === 'II')).toHaveLength(44);
  });

  // Rows per table of Lampiran II, counted in the decree: Sekretariat 2, the six bidang 2,2,2,2,1,3,
  // Sub Bagian Umum & Kepegawaian 5, Perencanaan dan Pelaporan 1, Keuangan 1, then the sub koordinator.
  const ROWS_PER_TABLE = [2, 2, 2, 2, 2, 1, 3, 5, 1, 1, 3, 1, 1, 2, 2, 2, 2, 2, 3, 3, 1, 1];
  it('22 tables in Lampiran II with the decree\'s number of rows each', () => {
    const counts = ROWS_PER_TABLE.map((_, i) => records.filter((r) => r.lampiran === 'II' && r.tabel === i + 1).length);
    expect(counts).toEqual(ROWS_PER_TABLE);
  });

  it('each table numbers its rows 1, 2, 3, ... and every row has one unit', () => {
    for (let t = 1; t <= 22; t++) {
      const rows = records.filter((r) => r.lampiran === 'II' && r.tabel === t);
      expect(rows.map((r) => r.nomor)).toEqual(rows.map((_, i) => i + 1));
      expect(new Set(rows.map((r) => r.penanggung_jawab)).size).toBe(1);
    }
  });

  it('as the decree record declares: Lampiran I one table of IKU, Lampiran II one table per unit of IK', () => {
    const html = distFile('keputusan/index.html');
    expect(html).toMatch(/<li>Lampiran I: Nomor [^<]*Memuat Indikator Kinerja Utama \(IKU\),\s+dalam satu tabel\.<\/li>/);
    expect(html).toMatch(/<li>Lampiran II: Nomor [^<]*Memuat Indikator Kinerja \(IK\),\s+satu tabel per unit kerja\.<\/li>/);
    expect(recordAt(records, 'I', 1, 2).url).toBe('/indikator/presentase-tenaga-kerja-yang-terserap/');
    expect(distFile('indikator/presentase-tenaga-kerja-yang-terserap/index.html')).toContain('Lampiran I, NO 2');
    expect(distFile('indikator/persentase-pengaduan-yang-terselesaikan/index.html')).toContain('Lampiran II, tabel 5, NO 2');
  });

  it('is published in the decree\'s order', () => {
    const keys = records.map((r) => `${r.lampiran}-${String(r.tabel).padStart(2, '0')}-${r.nomor}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe('every indicator\'s unit resolves', () => {
  const unitNames = new Map<string, string>();
  for (const html of unitPages()) {
    const name = /<h1>([^<]+)<\/h1>/.exec(html)?.[1];
    if (name) unitNames.set(unescape(name), html);
  }
  it('to a unit page whose table lists the indicator', () => {
    for (const r of records) {
      const page = unitNames.get(r.penanggung_jawab);
      expect(page, r.penanggung_jawab).toBeDefined();
      expect(page).toContain(`href="${r.url}"`);
    }
  });
});

describe('the words are the decree\'s own', () => {
  // [lampiran, tabel, nomor, field, the decree's text]
  const CASES: [string, number, number, 'indikator' | 'sasaran' | 'penanggung_jawab' | 'sumber_data' | 'rumus_keputusan', string | null][] = [
    ['I', 1, 1, 'indikator', 'Nilai Realisasi Investasi'],
    ['I', 1, 1, 'sumber_data', 'Laporan Kegiatan Penanaman Modal (LKPM)'],
    ['I', 1, 2, 'indikator', 'Presentase Tenaga Kerja yang Terserap'],
    ['I', 1, 2, 'rumus_keputusan', 'Penduduk yang Bekerja/Angkatan Kerja x 100 %'],
    ['I', 1, 2, 'sumber_data', 'SAKERNAS BPS'],
    ['I', 1, 3, 'indikator', 'Indeks Kemudahan Berinvestasi (EoDB)'],
    ['I', 1, 3, 'sumber_data', 'Kementerian Investasi / BKPM'],
    ['I', 1, 4, 'sasaran', 'Meningkatnya Perlindungan Tenaga Kerja'],
    ['I', 1, 4, 'sumber_data', 'Wajib Lapo Ketenagakerjaan dan BPJS Ketenagakerjaan'],
    ['I', 1, 4, 'penanggung_jawab', 'Kepala SKPD'],
    ['II', 1, 1, 'indikator', 'Nilai Akuntabilitas Kinerja (Nilai SAKIP)'],
    ['II', 1, 1, 'penanggung_jawab', 'Bidang Sekretariat'],
    ['II', 1, 2, 'penanggung_jawab', 'Bidang Sekretariat'], // merged cell
    ['II', 1, 2, 'sumber_data', 'Data Aset'],
    ['II', 2, 2, 'indikator', 'Jumlah Tambahan Tenaga Kerja dari Investasi Baru'],
    ['II', 2, 2, 'penanggung_jawab', 'Bidang Perencanaan dan Penempatan Tenaga Kerja'], // shifted row
    ['II', 2, 2, 'sumber_data', 'LKPM'], // written in the unit column
    ['II', 4, 1, 'rumus_keputusan', '$\\frac{\\text{Jumlah Warga yang terampil}}{125 \\text{ Orang}} \\times 100\\%$'],
    ['II', 4, 2, 'rumus_keputusan', '$\\frac{LK}{LT} \\times 100\\%$'],
    ['II', 5, 1, 'rumus_keputusan', 'Jumlah Permintaan Data dan Informasi Perizinan dan Penanaman Modal / Jumlah Permintaan data dan informasi yang terpenuhi x 100%'],
    ['II', 5, 2, 'indikator', 'Persentase Pengaduan yang terselesaikan'],
    ['II', 5, 2, 'rumus_keputusan', 'Jumlah pengaduan yang masuk / Jumlah pengaduan yang terselesaikan x 100%'],
    ['II', 5, 2, 'penanggung_jawab', 'Bidang Pengaduan, Pengolahan Data Sistem Informasi Penanaman Modal'],
    ['II', 6, 1, 'indikator', 'Nilai Survey IKM Terhadap Pelayanan'],
    ['II', 8, 5, 'penanggung_jawab', 'Sub Bagian Umum & Kepegawaian'],
    ['II', 8, 5, 'rumus_keputusan', null],
    ['II', 11, 3, 'rumus_keputusan', 'Jumlah izin seusi SOP/ Jumlah permohonan perizinan x 100%'],
    ['II', 20, 1, 'penanggung_jawab', 'Sub Koordinator Penempatan Tenaga Kerja'], // breaks across a page
    ['II', 20, 1, 'rumus_keputusan', 'Jumlah IPK yang disebarluaskan / Jumlah Lowongan terdaftar x 100'],
    ['II', 21, 1, 'indikator', 'Rasio Persediaan Tenaga Kerja terhadap Kebutuhan Tenaga Kerja'],
    ['II', 21, 1, 'rumus_keputusan', 'Jumlah kesempatan kerja / Jumlah Tenaga Kerja Terdaftar'],
    ['II', 22, 1, 'indikator', 'Jumlah warga transmigrasi yang terampil'],
    ['II', 22, 1, 'sumber_data', null],
  ];
  it.each(CASES)('Lampiran %s tabel %i NO %i: %s', (lampiran, tabel, nomor, field, expected) => {
    expect(recordAt(records, lampiran as 'I' | 'II', tabel, nomor)[field]).toBe(expected);
  });

  it('every sasaran and indikator stands verbatim in the decree text', () => {
    const decree = readDecreeText(join(projectRoot, 'content'));
    for (const r of records) {
      expect(decree, r.id).toContain(r.sasaran);
      expect(decree, r.id).toContain(r.indikator);
    }
  });
});

describe('the decree\'s flaws are quoted and annotated, never fixed silently', () => {
  it('the two inverted percentage formulas carry a note and are computed the meaningful way', () => {
    for (const [t, n] of [[5, 1], [5, 2]] as const) {
      const r = recordAt(records, 'II', t, n);
      expect(r.catatan.join(' ')).toMatch(/terbalik/i);
      expect(r.rumus_latex).toMatch(/terselesaikan|terpenuhi/);
      // The part is the numerator: \frac{...terselesaikan / terpenuhi...}{...}
      expect(r.rumus_latex).toMatch(/^\\frac\{[^}]*(terselesaikan|terpenuhi)/);
    }
  });

  it('the fixed 125 Orang whole and the undefined LK and LT are explained', () => {
    expect(recordAt(records, 'II', 4, 1).catatan.join(' ')).toMatch(/125/);
    expect(recordAt(records, 'II', 4, 2).catatan.join(' ')).toMatch(/LK/);
    expect(recordAt(records, 'II', 4, 2).rumus_usulan).toBe(true);
  });

  it('every indicator without a formula in the decree has a proposal labelled as such', () => {
    const without = records.filter((r) => r.rumus_keputusan === null);
    expect(without.length).toBeGreaterThan(0);
    for (const r of without) expect(r.rumus_usulan, r.id).toBe(true);
  });

  it('every indicator without a data source says so in a note', () => {
    const without = records.filter((r) => r.sumber_data === null);
    expect(without.length).toBeGreaterThan(0);
    for (const r of without) expect(r.catatan.join(' '), r.id).toMatch(/sumber data/i);
  });

  it('the decree page notes the two spellings of the signatory, the two NIPs and the two numbers', () => {
    const html = distFile('keputusan/index.html');
    for (const text of ['AKHRIANI', 'AKHIRANI', '19710228 199702 1 002', '19740228 199702 1 002', '188.46/069 / SK / DPMPSTPTTK / TAHUN 2023', 'DPMPTSPTTK-BLG']) {
      expect(html).toContain(text);
    }
    expect(html).toContain('Catatan redaksi');
  });
});

function unitPages(): string[] {
  const pages: string[] = [];
  const index = distFile('unit/index.html');
  for (const m of index.matchAll(/href="\/unit\/([^"/]+)\/"/g)) {
    if (distHas(`unit/${m[1]}/index.html`)) pages.push(distFile(`unit/${m[1]}/index.html`));
  }
  return pages;
}

function unescape(html: string): string {
  return html.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
