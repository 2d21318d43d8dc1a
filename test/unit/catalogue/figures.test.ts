// The figures guidance prose may quote (<Angka nama="..." />), counted on a small hand-made office.
import { describe, expect, it } from 'vitest';
import { catalogueFigures, FIGURE_NAMES } from '../../../src/catalogue/figures';
import type { Catalogue } from '../../../src/catalogue/load';

type Jenis = 'kepala' | 'sekretariat' | 'bidang' | 'sub-bagian' | 'sub-koordinator';

function unit(id: string, jenis: Jenis, urutan: number, induk?: string, indukDisimpulkan = false) {
  return { id, data: { nama: id, jenis, urutan, induk: induk === undefined ? undefined : { id: induk }, indukDisimpulkan } };
}

function indicator(id: string, unitId: string, tabel: number, nomor: number, extra: Record<string, unknown> = {}) {
  const lampiran = unitId === 'kepala' ? 'I' : 'II';
  return {
    id,
    unit: { id: unitId },
    // Lampiran I is one table; Lampiran II has one table per unit.
    appendix: { lampiran, tabel: lampiran === 'I' ? 'satu' : 'per-unit' },
    data: {
      indikator: id,
      tingkat: lampiran === 'I' ? 'IKU' : 'IK',
      lampiran,
      tabel,
      nomor,
      polaritas: 'naik',
      catatan: [],
      rumus: { jenis: 'cacah', besaran: { label: id } },
      ...extra,
    },
  };
}

// The head with two IKU; a Sekretariat (inferred under the head) with one IK and a sub bagian
// stated under it with none; a bidang (inferred) with two IK and a sub koordinator (inferred) with one.
const catalogue = {
  units: [
    unit('kepala', 'kepala', 0),
    unit('sekretariat', 'sekretariat', 1, 'kepala', true),
    unit('sub-bagian', 'sub-bagian', 2, 'sekretariat'),
    unit('bidang', 'bidang', 3, 'kepala', true),
    unit('sub-koordinator', 'sub-koordinator', 4, 'bidang', true),
  ],
  indicators: [
    indicator('iku-1', 'kepala', 1, 1),
    indicator('iku-2', 'kepala', 1, 2, { polaritas: 'turun' }),
    indicator('ik-sekretariat', 'sekretariat', 1, 1, { catatan: [{ judul: 'x', teks: 'y' }] }),
    indicator('ik-bidang-1', 'bidang', 2, 1, { rumus: { jenis: 'persentase', pembilang: { label: 'a' }, penyebut: { label: 'b' }, terbalikDalamKeputusan: true } }),
    indicator('ik-bidang-2', 'bidang', 2, 2, { rumus: { jenis: 'sakip', usulan: true } }),
    indicator('ik-sub', 'sub-koordinator', 3, 1),
  ],
  terms: [{ id: 'iku' }],
} as unknown as Catalogue;

describe('catalogueFigures', () => {
  it('counts every figure of the office', () => {
    expect(catalogueFigures(catalogue)).toEqual({
      indikator: 6,
      iku: 2,
      ik: 4,
      unit: 5,
      unitDenganIk: 3, // sekretariat, bidang, sub-koordinator
      indikatorPuncak: 2,
      unitDiBawahPuncak: 2, // sekretariat, bidang
      subUnit: 2, // sub-bagian, sub-koordinator
      kotakPohon: 5,
      tabelPerUnit: 3, // the tables of Lampiran II: sekretariat, bidang, sub-koordinator
      hubunganAntarunit: 4, // every unit but the head
      hubunganDisimpulkan: 3, // all but the sub bagian, whose parent is stated
      istilah: 1,
      indikatorBercatatan: 1,
      rumusTerbalik: 1,
      rumusUsulan: 1,
      polaritasNaik: 5,
      polaritasTurun: 1,
    });
  });

  it('has a value for every name the prose may use', () => {
    expect(Object.keys(catalogueFigures(catalogue)).sort()).toEqual([...FIGURE_NAMES].sort());
  });
});
