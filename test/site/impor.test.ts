// `npm run impor` on a decree table saved from Excel (test/fixtures/impor/): a bad row stops the
// import with its line and nothing written; a good table becomes content files that build into the
// site; existing files are kept unless --timpa.
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
