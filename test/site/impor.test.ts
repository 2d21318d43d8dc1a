// `npm run impor` on a decree table saved from Excel (test/fixtures/impor/): a bad row stops the
// import with its line and nothing written; a good table becomes content files that build into the
// site; existing files are kept unless --timpa. The next decree, imported into a catalogue that has
// content, adds its record, versions and new units beside what exists, lists what changed, and
// refuses an unknown earlier decree or a period that makes no sense.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstroBuild } from '../support/astro-build';

const FIXTURES = join(projectRoot, 'test/fixtures/impor');
const work = mkdtempSync(join(tmpdir(), 'katalog-impor-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the importer as `npm run impor` does, with the Node running the tests. */
function impor(...args: string[]) {
  const run = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'scripts/impor.ts', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/**
 * A content folder with no indicators yet: the office record and decree record a new office writes
 * for the imported table (test/fixtures/impor/), and the minimal fixture's glossary.
 */
function officeOnly(name: string): string {
  const dir = join(work, name);
  for (const part of ['kantor', 'keputusan']) cpSync(join(projectRoot, 'test/fixtures/impor', part), join(dir, part), { recursive: true });
  cpSync(join(projectRoot, 'test/fixtures/minimal/istilah'), join(dir, 'istilah'), { recursive: true });
  return dir;
}

describe('npm run impor', () => {
  it('reports each bad row with its line and writes nothing', () => {
    const dir = officeOnly('bad');
    const run = impor(join(FIXTURES, 'baris-salah.csv'), '--ke', dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('2 masalah; tidak ada berkas yang ditulis.');
    // Line 13: NO "dua" in Lampiran II tabel 8; line 15: a row in an unknown Lampiran III.
    expect(run.stderr).toContain('baris 13: NO "dua" bukan nomor urut.');
    expect(run.stderr).toContain('baris 15: LAMPIRAN "III" tidak dikenal');
    expect(existsSync(join(dir, 'indikator'))).toBe(false);
    expect(existsSync(join(dir, 'unit'))).toBe(false);
  });

  const dir = officeOnly('good');

  it('writes one file per indicator and per unit, and lists the proposals to review', () => {
    const run = impor(join(FIXTURES, 'lampiran-iku.csv'), '--ke', dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The fixture has 10 rows (Lampiran I NO 1, 2, 4; Lampiran II tabel 5, 8, 16, 21) naming 5 units.
    expect(readdirSync(join(dir, 'indikator/keputusan-contoh'))).toHaveLength(10);
    expect(readdirSync(join(dir, 'unit'))).toHaveLength(5);
    expect(run.stdout).toContain('Ditulis 10 indikator dan 5 unit');
    // Five rows have no "A / B x 100%" formula (Lampiran I NO 1, tabel 8's three rows with an empty
    // column, tabel 16), and three units have no parent the importer can infer: 5 + 3 = 8.
    expect(run.stdout).toContain('Perlu ditinjau (8):');
    expect(run.stdout).toContain('indikator/keputusan-contoh/nilai-realisasi-investasi.mdx (baris 2): rumus usulan "cacah"');
    expect(run.stdout).toContain('indikator/keputusan-contoh/jumlah-pelaksanaan-promosi-penanaman-modal.mdx (baris 15): rumus usulan "cacah"');
    expect(run.stdout).toContain('npm run build');

    const pengaduan = readFileSync(join(dir, 'indikator/keputusan-contoh/persentase-pengaduan-yang-terselesaikan.mdx'), 'utf8');
    expect(pengaduan).toContain('penanggungJawab: bidang-pengaduan-pengolahan-data-sistem-informasi-penanaman-modal\npenanggungJawabSel: gabungan\n');
    expect(pengaduan).toContain('sumberDataSel: gabungan\n');
    expect(pengaduan).toContain('rumusKeputusan: Jumlah pengaduan yang masuk / Jumlah pengaduan yang terselesaikan x 100%\n');
  });

  it('builds the site from the imported content', async () => {
    const out = join(work, 'good-dist');
    const build = await runAstroBuild({ contentDir: dir, outDir: out, env: { KATALOG_CACHE_DIR: join(work, 'cache') } });
    expect(build.code, build.output).toBe(0);
    const page = readFileSync(join(out, 'indikator/persentase-layanan-administrasi-umum-perangkat-daerah-yang-baik/index.html'), 'utf8');
    expect(page).toContain('Persentase Layanan Administrasi Umum Perangkat Daerah yang Baik');
    expect(page).toContain('Rumus usulan situs');
    expect(existsSync(join(out, 'unit/sub-bagian-umum-kepegawaian/index.html'))).toBe(true);
  });

  it('keeps existing files unless asked to overwrite them (--timpa)', () => {
    const file = join(dir, 'indikator/keputusan-contoh/nilai-realisasi-investasi.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('polaritas: naik', 'polaritas: turun'));
    const kept = impor(join(FIXTURES, 'lampiran-iku.csv'), '--ke', dir);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain('15 berkas sudah ada; tidak ada berkas yang ditulis. Tambahkan --timpa');
    expect(readFileSync(file, 'utf8')).toContain('polaritas: turun');

    const overwritten = impor(join(FIXTURES, 'lampiran-iku.csv'), '--ke', dir, '--timpa');
    expect(overwritten.code).toBe(0);
    expect(overwritten.stdout).toContain('(15 berkas ditimpa)');
    expect(readFileSync(file, 'utf8')).toContain('polaritas: naik');
  });
});

/** Every file of a folder with its text, to show that an import changed none of them. */
function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
}

describe('npm run impor: the next decree into a catalogue that has content', () => {
  // test/fixtures/keputusan-berganti holds decrees 1/KPTS/2021, 2/KPTS/2023 (amends it) and
  // 3/KPTS/2026 (replaces it, 2027-2031). The table test/fixtures/impor/keputusan-berikutnya.csv
  // is a made-up amendment of 3/KPTS/2026: one indicator's sumber data changes, one keeps its text,
  // "Jumlah Investor Baru" becomes "Jumlah Investor Baru Daerah" under a new unit.
  const TABLE = join(FIXTURES, 'keputusan-berikutnya.csv');
  const copy = (name: string) => {
    const dir = join(work, name);
    cpSync(join(projectRoot, 'test/fixtures/keputusan-berganti'), dir, { recursive: true });
    return dir;
  };
  const next = (dir: string, ...options: string[]) => impor(TABLE, '--ke', dir, '--keputusan', '4/KPTS/2028', '--tanggal', '2028-02-01', ...options);
  const dir = copy('next');
  const before = snapshot(dir);

  it('writes the draft record, the versions in the new decree\'s folder and the new unit, and lists the changes', () => {
    const run = next(dir, '--periode', '2027-2031', '--mengubah', '3 / kpts / 2026');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'indikator/keputusan-4-kpts-2028')).sort()).toEqual([
      'jumlah-investor-baru-daerah.mdx',
      // Named for the indicators they continue, matched by name (decree 3's name of the renamed one).
      'persentase-layanan-selesai.mdx',
      'persentase-pengaduan-selesai.mdx',
    ]);
    expect(run.stdout).toContain('3 indikator ke ' + join(dir, 'indikator/keputusan-4-kpts-2028') + '/ dan 1 unit baru (2 unit yang ada dipakai lagi).');
    expect(run.stdout).toContain(
      [
        'Perubahan terhadap keputusan 3/KPTS/2026:',
        'Indikator ditambah (1):',
        '  - jumlah-investor-baru-daerah: Jumlah Investor Baru Daerah',
        'Indikator dihapus (1):',
        '  - jumlah-investor-baru: Jumlah Investor Baru',
        'Indikator diubah (1):',
        '  - persentase-layanan-selesai: sumberData "Laporan Contoh" → "Laporan Layanan Contoh"',
        'Usulan ganti nama (bila benar sama, tulis "sebelumnya: <id lama>" di berkas barunya) (1):',
        // {jumlah, investor, baru} and {jumlah, investor, baru, daerah}: 2 x 3 / (3 + 4) = 86%.
        '  - jumlah-investor-baru → jumlah-investor-baru-daerah (kemiripan nama 86%)',
      ].join('\n'),
    );
    const record = readFileSync(join(dir, 'keputusan/keputusan-4-kpts-2028.yaml'), 'utf8');
    expect(record).toContain('mengubah:\n  nomor: 3/KPTS/2026\n');
    expect(record).toContain('periode:\n  awal: 2027\n  akhir: 2031\n');
    expect(record).toContain('menimbang:\n  - "[ISI: menimbang, satu butir per baris]"\n');
    expect(readFileSync(join(dir, 'unit/bidang-penanaman-modal-contoh.yaml'), 'utf8')).toContain('urutan: 2\ninduk: kepala-dinas-contoh\n');
    // The existing unit is reused: the new version names it.
    expect(readFileSync(join(dir, 'indikator/keputusan-4-kpts-2028/persentase-pengaduan-selesai.mdx'), 'utf8')).toContain('penanggungJawab: bidang-layanan\n');
    for (const [file, text] of before) expect(readFileSync(file, 'utf8'), file).toBe(text);
  });

  it('builds once the office has filled the draft, with the new decree in force', async () => {
    const record = join(dir, 'keputusan/keputusan-4-kpts-2028.yaml');
    writeFileSync(record, readFileSync(record, 'utf8').replace(/"\[ISI: [^\]]*\]"/g, 'Contoh'));
    const out = join(work, 'next-dist');
    const build = await runAstroBuild({ contentDir: dir, outDir: out, env: { KATALOG_CACHE_DIR: join(work, 'next-cache') } });
    expect(build.code, build.output).toBe(0);
    const records = JSON.parse(readFileSync(join(out, 'data/indikator.json'), 'utf8')) as { id: string; keputusan: string[]; berlaku: boolean }[];
    expect(records.find((r) => r.id === 'persentase-layanan-selesai')?.keputusan).toEqual(['1/KPTS/2021', '2/KPTS/2023', '3/KPTS/2026', '4/KPTS/2028']);
    expect(records.find((r) => r.id === 'jumlah-investor-baru')).toMatchObject({ keputusan: ['3/KPTS/2026'], berlaku: false });
  });

  it.each([
    { name: 'an unknown earlier decree', options: ['--periode', '2027-2031', '--mengubah', '9/KPTS/2020'], says: 'Keputusan "9/KPTS/2020" tidak ada di katalog. Keputusan yang ada: 1/KPTS/2021, 2/KPTS/2023, 3/KPTS/2026.' },
    { name: 'a period that ends before it starts', options: ['--periode', '2031-2027', '--mengubah', '3/KPTS/2026'], says: '--periode 2031-2027: tahun awal (2031) sesudah tahun akhir (2027).' },
    { name: 'a period that is no period', options: ['--periode', '2027', '--mengubah', '3/KPTS/2026'], says: '--periode "2027" tidak masuk akal: tulis tahun awal dan akhir, misalnya 2027-2031.' },
    {
      name: 'an amendment with another period',
      options: ['--periode', '2028-2032', '--mengubah', '3/KPTS/2026'],
      says: 'Perubahan tetap dalam periode keputusan yang diubah (2027-2031); --periode 2028-2032 berbeda. Untuk periode baru, pakai --mencabut.',
    },
    {
      name: 'a replacement within the same period',
      options: ['--periode', '2027-2031', '--mencabut', '3/KPTS/2026'],
      says: 'Keputusan pengganti memulai periode baru: --periode 2027-2031 harus mulai sesudah 2027',
    },
    { name: 'a decree no longer in force', options: ['--periode', '2021-2026', '--mengubah', '2/KPTS/2023'], says: 'Keputusan 2/KPTS/2023 tidak lagi berlaku (dicabut oleh keputusan lain); yang berlaku: 3/KPTS/2026.' },
    { name: 'no earlier decree', options: ['--periode', '2027-2031'], says: 'Katalog sudah memuat keputusan: sebutkan keputusan yang diubah (--mengubah <nomor>) atau yang dicabut (--mencabut <nomor>).' },
    { name: 'both relations', options: ['--periode', '2027-2031', '--mengubah', '3/KPTS/2026', '--mencabut', '3/KPTS/2026'], says: 'Pilih salah satu: --mengubah' },
  ])('refuses $name with a clear message and writes nothing', ({ name, options, says }) => {
    const target = copy(name.replace(/\W+/g, '-'));
    const files = snapshot(target);
    const run = next(target, ...options);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Keputusan 4/KPTS/2028:');
    expect(run.stderr).toContain('tidak ada berkas yang ditulis.');
    expect(run.stderr).toContain(says);
    expect(snapshot(target)).toEqual(files);
  });

  it('refuses a decree number the catalogue holds, in any spacing', () => {
    const target = copy('held');
    const run = impor(TABLE, '--ke', target, '--keputusan', '3 / KPTS / 2026', '--tanggal', '2028-02-01', '--periode', '2027-2031', '--mengubah', '3/KPTS/2026');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Keputusan 3 / KPTS / 2026 sudah ada di katalog (keputusan/keputusan-3-2026.yaml).');
  });

  it('writes nothing when a row is bad', () => {
    const target = copy('bad-row');
    const files = snapshot(target);
    const run = impor(join(FIXTURES, 'baris-salah.csv'), '--ke', target, '--keputusan', '4/KPTS/2028', '--tanggal', '2028-02-01', '--periode', '2027-2031', '--mengubah', '3/KPTS/2026');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('2 masalah; tidak ada berkas yang ditulis.');
    expect(snapshot(target)).toEqual(files);
  });
});
