// A content file with a missing or wrong field, an unknown unit, an unknown satuan or a duplicate
// indicator fails the build, and the message names the file and the field. Each case starts from the
// small valid catalogue in test/fixtures/minimal and breaks one thing.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstroBuild } from '../support/astro-build';

const FIXTURE = join(projectRoot, 'test/fixtures/minimal');
const INDICATOR = 'indikator/keputusan-contoh/persentase-contoh.mdx';
const work = mkdtempSync(join(tmpdir(), 'katalog-bad-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Builds a copy of the minimal catalogue after `change` has edited it. */
async function buildWith(name: string, change: (dir: string) => void) {
  const dir = join(work, name);
  cpSync(FIXTURE, dir, { recursive: true });
  change(dir);
  return runAstroBuild({
    contentDir: dir,
    outDir: join(work, `${name}-dist`),
    env: { KATALOG_CACHE_DIR: join(work, `${name}-cache`) },
  });
}

function edit(dir: string, file: string, replace: (text: string) => string) {
  const path = join(dir, file);
  writeFileSync(path, replace(readFileSync(path, 'utf8')));
}

describe('the minimal fixture catalogue', () => {
  it('builds, so each failure below is caused by its one change', async () => {
    const result = await buildWith('valid', () => {});
    expect(result.code, result.output).toBe(0);
  });
});

describe('a bad content file fails the build naming the file and the field', () => {
  const cases: { name: string; change: (dir: string) => void; field: string; says: RegExp; file?: RegExp }[] = [
    {
      name: 'missing sasaran',
      change: (dir) => edit(dir, INDICATOR, (t) => t.replace(/^sasaran:.*\n/m, '')),
      field: 'sasaran',
      says: /sasaran.*Required|expected string/i,
    },
    {
      name: 'nomor is not a number',
      change: (dir) => edit(dir, INDICATOR, (t) => t.replace(/^nomor: 1$/m, 'nomor: satu')),
      field: 'nomor',
      says: /Expected type `"number"`, received `"string"`/,
    },
    {
      name: 'unknown satuan',
      change: (dir) => edit(dir, INDICATOR, (t) => t.replace(/^satuan: persen$/m, 'satuan: kilogram')),
      field: 'satuan',
      says: /expected one of "persen"/,
    },
    {
      name: 'unknown formula kind',
      change: (dir) => edit(dir, INDICATOR, (t) => t.replace('jenis: persentase', 'jenis: rata-rata')),
      field: 'rumus',
      says: /rumus/,
    },
    {
      name: 'unknown unit',
      change: (dir) => edit(dir, INDICATOR, (t) => t.replace('penanggungJawab: unit-contoh', 'penanggungJawab: unit-hilang')),
      field: 'penanggungJawab',
      says: /unknown unit "unit-hilang"/,
    },
    {
      name: 'duplicate indicator',
      change: (dir) => cpSync(join(dir, INDICATOR), join(dir, 'indikator/keputusan-contoh/salinan.mdx')),
      field: 'nomor',
      says: /duplicate indicator: Lampiran II tabel 1 NO 1/,
    },
    {
      name: 'a formula missing from the decree that is not marked as a proposal',
      change: (dir) => edit(dir, INDICATOR, (t) => t.replace(/^rumusKeputusan:.*\n/m, '')),
      field: 'rumus.usulan',
      says: /must be marked usulan: true/,
    },
    {
      name: 'a body heading outside the decree column structure',
      change: (dir) => edit(dir, INDICATOR, (t) => t.replace('## Perhitungan', '## Cara menghitung')),
      field: 'body',
      says: /unknown heading "## Cara menghitung"/,
    },
    {
      name: 'a lampiran the decree record does not declare',
      change: (dir) => edit(dir, INDICATOR, (t) => t.replace(/^lampiran: II$/m, 'lampiran: III')),
      field: 'lampiran',
      says: /unknown lampiran "III"/,
    },
    {
      name: 'a level its lampiran does not hold',
      change: (dir) => edit(dir, INDICATOR, (t) => t.replace(/^tingkat: IK$/m, 'tingkat: IKU')),
      field: 'tingkat',
      says: /tingkat IKU is not held by lampiran II/,
    },
    {
      name: 'a kind of unit the office record does not declare',
      change: (dir) => edit(dir, 'unit/unit-contoh.yaml', (t) => t.replace(/^jenis: bidang$/m, 'jenis: seksi')),
      field: 'jenis',
      says: /unknown kind of unit "seksi"/,
      file: /unit-contoh\.yaml/,
    },
  ];

  it.each(cases)('$name', async ({ name, change, field, says, file }) => {
    const result = await buildWith(name.replace(/\W+/g, '-'), change);
    expect(result.code).not.toBe(0);
    const fileNamed = file ?? (name === 'duplicate indicator' ? /salinan\.mdx|persentase-contoh\.mdx/ : /persentase-contoh(\.mdx)?/);
    expect(result.output).toMatch(fileNamed);
    expect(result.output).toContain(field);
    expect(result.output).toMatch(says);
  });
});
