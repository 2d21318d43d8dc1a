// The files' text in the catalogue's own format.
import { describe, expect, it } from 'vitest';
import type { IndicatorDraft, UnitDraft } from '../../../src/importer/drafts';
import { indicatorFile, unitFile } from '../../../src/importer/files';

describe('indicatorFile', () => {
  it('writes the frontmatter in field order, folds notes, then the body', () => {
    const draft: IndicatorDraft = {
      line: 2,
      slug: 'jumlah-pelaksanaan-promosi-penanaman-modal',
      data: {
        tingkat: 'IK',
        lampiran: 'II',
        tabel: 16,
        nomor: 2,
        sasaran: 'Terlaksananya Promosi Investasi/ Penanaman Modal',
        indikator: 'Jumlah Pelaksanaan Promosi Penanaman Modal',
        penanggungJawab: 'sub-koordinator-promosi-penanaman-modal',
        penanggungJawabSel: 'gabungan',
        satuan: 'jumlah',
        polaritas: 'naik',
        rumus: { jenis: 'cacah', besaran: { label: 'Jumlah Pelaksanaan Promosi Penanaman Modal' }, usulan: true },
        catatan: [{ judul: 'Rumus usulan situs', teks: 'Rumus pada halaman ini usulan situs: kolom penjelasan keputusan tidak memuat rumus berbentuk "A / B x 100%".' }],
      },
      body: '## Alasan pemilihan\n\nMengetahui jumlah pelaksanaan promosi penanaman modal',
    };
    expect(indicatorFile(draft)).toBe(`---
tingkat: IK
lampiran: II
tabel: 16
nomor: 2
sasaran: Terlaksananya Promosi Investasi/ Penanaman Modal
indikator: Jumlah Pelaksanaan Promosi Penanaman Modal
penanggungJawab: sub-koordinator-promosi-penanaman-modal
penanggungJawabSel: gabungan
satuan: jumlah
polaritas: naik
rumus:
  jenis: cacah
  besaran:
    label: Jumlah Pelaksanaan Promosi Penanaman Modal
  usulan: true
catatan:
  - judul: Rumus usulan situs
    teks: >-
      Rumus pada halaman ini usulan situs: kolom penjelasan keputusan tidak memuat rumus berbentuk
      "A / B x 100%".
---

## Alasan pemilihan

Mengetahui jumlah pelaksanaan promosi penanaman modal
`);
  });

  it('quotes a value YAML would misread', () => {
    const text = indicatorFile({
      line: 2,
      slug: 'x',
      data: {
        tingkat: 'IK', lampiran: 'II', tabel: 1, nomor: 1, sasaran: 'Sasaran: mutu', indikator: '# Jumlah',
        penanggungJawab: 'u', penanggungJawabSel: 'tertulis', satuan: 'jumlah', polaritas: 'naik',
        rumus: { jenis: 'cacah', besaran: { label: 'x' }, usulan: true },
      },
      body: '',
    });
    expect(text).toContain('sasaran: "Sasaran: mutu"\n');
    expect(text).toContain('indikator: "# Jumlah"\n');
    expect(text.endsWith('usulan: true\n---\n')).toBe(true);
  });
});

describe('unitFile', () => {
  it('writes the unit as the catalogue does', () => {
    const unit: UnitDraft = { slug: 'kepala-skpd', data: { nama: 'Kepala SKPD', jenis: 'kepala', urutan: 0 }, jenisDitebak: false };
    expect(unitFile(unit)).toBe('nama: Kepala SKPD\njenis: kepala\nurutan: 0\n');
  });
});
