// Decrees over time, on the made-up catalogue of test/fixtures/keputusan-berganti: a base decree, an
// amendment and a replacing decree. Its site builds; the open data says which decrees set each
// indicator and whether it is in force, keeps the dropped indicator, and carries each indicator's
// versions; each year's figures are checked against the decree that governs that year, and a row
// that decree does not hold fails the build naming file, line and why.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstroBuild, type BuildResult } from '../support/astro-build';

const FIXTURE = join(projectRoot, 'test/fixtures/keputusan-berganti');
const work = mkdtempSync(join(tmpdir(), 'katalog-decrees-'));
const root = join(work, 'dist');
let build: BuildResult;
afterAll(() => rmSync(work, { recursive: true, force: true }));
beforeAll(async () => {
  build = await runAstroBuild({ contentDir: FIXTURE, outDir: root, env: { KATALOG_CACHE_DIR: join(work, 'cache') } });
});

const json = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8'));

describe('a catalogue of three decrees', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('publishes every indicator, in force first, with the decrees that set it', () => {
    const records = json('data/indikator.json') as { id: string; indikator: string; keputusan: string[]; berlaku: boolean }[];
    expect(records.map((r) => [r.id, r.indikator, r.keputusan, r.berlaku])).toEqual([
      ['persentase-layanan-selesai', 'Persentase Layanan yang Selesai', ['1/KPTS/2021', '2/KPTS/2023', '3/KPTS/2026'], true],
      // Renamed by decree 3 (its file says sebelumnya): it keeps its first id, and its text is decree 3's.
      ['persentase-pengaduan-selesai', 'Persentase Pengaduan Masyarakat yang Selesai', ['1/KPTS/2021', '2/KPTS/2023', '3/KPTS/2026'], true],
      ['jumlah-investor-baru', 'Jumlah Investor Baru', ['3/KPTS/2026'], true],
      // Dropped by decree 3: no longer in force, still published, with its last text (decree 2's NO 3).
      ['jumlah-pelatihan-kerja', 'Jumlah Pelatihan Kerja', ['1/KPTS/2021', '2/KPTS/2023'], false],
    ]);
    const csv = readFileSync(join(root, 'data/indikator.csv'), 'utf8');
    expect(csv).toContain('"1/KPTS/2021\n2/KPTS/2023",false');
  });

  it('gives each indicator\'s own JSON its versions, oldest first', () => {
    const pelatihan = json('data/indikator/jumlah-pelatihan-kerja.json');
    expect(pelatihan.versi.map((v: { keputusan: string; tanggal: string; nomor: number; sumber_data: string }) => [v.keputusan, v.tanggal, v.nomor, v.sumber_data])).toEqual([
      ['1/KPTS/2021', '2021-03-01', 2, 'Laporan Contoh'],
      ['2/KPTS/2023', '2023-09-01', 3, 'Laporan Pelatihan Contoh'],
    ]);
    const pengaduan = json('data/indikator/persentase-pengaduan-selesai.json');
    expect(pengaduan.versi.map((v: { indikator: string; periode: object }) => [v.indikator, v.periode])).toEqual([
      ['Persentase Pengaduan yang Selesai', { awal: 2021, akhir: 2026 }],
      ['Persentase  pengaduan yang selesai', { awal: 2021, akhir: 2026 }],
      ['Persentase Pengaduan Masyarakat yang Selesai', { awal: 2027, akhir: 2031 }],
    ]);
  });

  it('keeps the figures of every year, the dropped indicator\'s included', () => {
    const rows = json('data/capaian.json') as { indikator: string; tahun: number; realisasi: number }[];
    expect(rows.map((r) => `${r.tahun} ${r.indikator} ${r.realisasi}`).sort()).toEqual([
      '2022 jumlah-pelatihan-kerja 12',
      '2022 persentase-layanan-selesai 85',
      '2024 jumlah-pelatihan-kerja 11',
      '2024 persentase-pengaduan-selesai 70',
      '2027 jumlah-investor-baru 6',
      '2027 persentase-pengaduan-selesai 82',
    ]);
  });
});

/** Builds a copy of the fixture after `change` has edited it. */
async function buildWith(name: string, change: (dir: string) => void) {
  const dir = join(work, name);
  cpSync(FIXTURE, dir, { recursive: true });
  change(dir);
  return runAstroBuild({ contentDir: dir, outDir: join(work, `${name}-dist`), env: { KATALOG_CACHE_DIR: join(work, `${name}-cache`) } });
}

describe('the year rule fails the build naming the file, the line and why', () => {
  it.each([
    {
      // 2027 is governed by decree 3, which dropped "Jumlah Pelatihan Kerja".
      name: 'a row for an indicator its year\'s decree dropped',
      file: 'capaian/2027.csv',
      text: 'indikator;periode;target\njumlah-investor-baru;TAHUN;5\njumlah-pelatihan-kerja;TAHUN;10\n',
      says: /capaian\/2027\.csv:3:1 \(indikator\): Indikator “jumlah-pelatihan-kerja” tidak ditetapkan oleh Keputusan Nomor 3\/KPTS\/2026, keputusan yang mengatur tahun 2027/,
    },
    {
      // 2024 is governed by decree 2 (set in 2023, in force until decree 3 of December 2026).
      name: 'a row for an indicator a later decree adds',
      file: 'capaian/2024.csv',
      text: 'indikator;periode;target\njumlah-investor-baru;TAHUN;5\n',
      says: /capaian\/2024\.csv:2:1 \(indikator\): Indikator “jumlah-investor-baru” tidak ditetapkan oleh Keputusan Nomor 2\/KPTS\/2023, keputusan yang mengatur tahun 2024/,
    },
    {
      name: 'a year no decree covers',
      file: 'capaian/2020.csv',
      text: 'indikator;periode;target\npersentase-layanan-selesai;TAHUN;80\n',
      says: /capaian\/2020\.csv: no decree of the catalogue covers 2020 \(1\/KPTS\/2021: 2021-2026; 2\/KPTS\/2023: 2021-2026; 3\/KPTS\/2026: 2027-2031\)/,
    },
  ])('$name', async ({ name, file, text, says }) => {
    const result = await buildWith(name.replace(/\W+/g, '-'), (dir) => writeFileSync(join(dir, file), text));
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(says);
  });
});

describe('decrees that do not fit fail the build naming the file', () => {
  it.each([
    {
      name: 'an indicator file outside a decree folder',
      change: (dir: string) => cpSync(join(dir, 'indikator/keputusan-3-2026/jumlah-investor-baru.mdx'), join(dir, 'indikator/jumlah-investor-baru.mdx')),
      says: /indikator\/jumlah-investor-baru\.mdx: file: an indicator file lives in the folder of its decree/,
    },
    {
      name: 'a rename to an unknown id',
      change: (dir: string) => {
        const path = join(dir, 'indikator/keputusan-3-2026/persentase-pengaduan-masyarakat-selesai.mdx');
        writeFileSync(path, readFileSync(path, 'utf8').replace('sebelumnya: persentase-pengaduan-selesai', 'sebelumnya: pengaduan'));
      },
      says: /persentase-pengaduan-masyarakat-selesai\.mdx: sebelumnya: unknown indicator "pengaduan"/,
    },
    {
      name: 'two decrees in force',
      change: (dir: string) => {
        const path = join(dir, 'keputusan/keputusan-3-2026.yaml');
        writeFileSync(path, readFileSync(path, 'utf8').replace('mencabut:\n  nomor: 2/KPTS/2023', 'mencabut:\n  nomor: 9/KPTS/2020'));
      },
      says: /keputusan-2-2023\.yaml: mengubah: two decrees would be in force/,
    },
    {
      name: 'a drafted record not yet filled',
      change: (dir: string) => {
        const path = join(dir, 'keputusan/keputusan-3-2026.yaml');
        writeFileSync(path, readFileSync(path, 'utf8').replace('ditetapkanDi: Contoh', 'ditetapkanDi: "[ISI: tempat ditetapkan]"'));
      },
      says: /keputusan-3-2026\.yaml: ditetapkanDi: still marked \[ISI: \.\.\.\]/,
    },
  ])('$name', async ({ name, change, says }) => {
    const result = await buildWith(name.replace(/\W+/g, '-'), change);
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(says);
  });
});
