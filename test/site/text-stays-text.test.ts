// No text typed or imported by anyone runs as code, and every file shows it as written. Random decree
// text (fast-check, many cells in one fixture catalogue, so one build) goes through `npm run impor`,
// `astro build` and the page: each paragraph on the page and in the open data equals the input, and
// nothing ran at build time. Random notes in a capaian file come out of /data/capaian.csv behind the
// formula-safe quote and out of capaian.json as typed; the Frictionless reader reads the tables.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { parse as parseHtml } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeFormula } from '../../src/domain/csv/write';
import { projectRoot, runAstroBuild } from '../support/astro-build';
import { readDataPackage, readSheet } from '../support/open-data';

const work = mkdtempSync(join(tmpdir(), 'katalog-teks-'));
const content = join(work, 'content');
const out = join(work, 'dist');
/** A file that a paragraph run as code at build time would write (the attack). */
const pwned = join(work, 'pwned');
afterAll(() => rmSync(work, { recursive: true, force: true }));

// What MDX, Markdown, KaTeX, HTML, YAML and spreadsheets read as syntax, at the start and inside.
const STARTS = ['import ', 'export ', '{', '}', '<', '<b>', '</p>', '#', '# ', '> ', '* ', '- ', '+ ', '| ', '1. ', '1) ', '$', '$$', '\\', '&amp;', '&#x65;', '_', '`', '~~~', '---', '=', '@', '[', '![', '<!--', ''];
const UNITS = ['a', 'b', 'Z', ' ', '{', '}', '<', '>', '$', '\\', '&', ';', '"', "'", '`', '*', '_', '#', '|', '[', ']', '(', ')', '!', '-', '=', '@', ':', 'é', '—', '\u00a0', '…', '.', '1'];
const paragraph = fc
  .tuple(fc.constantFrom(...STARTS), fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 40 }))
  .map(([start, rest]) => `${start}${rest}`.replace(/\s+/g, ' ').trim())
  .filter((t) => t !== '');
const attack = `export const x = require('node:fs').writeFileSync(${JSON.stringify(pwned)}, 'x')`;
const SEED = Number(process.env.KATALOG_TEXT_SEED ?? Date.now() % 2 ** 31);
/** 40 rows of two or three paragraphs; the first row carries the attack itself. */
const cells: string[][] = [[attack, `{require('node:fs').writeFileSync(${JSON.stringify(pwned)}, 'x')}`], ...fc.sample(fc.array(paragraph, { minLength: 2, maxLength: 3 }), { numRuns: 39, seed: SEED })];
const notes = fc.sample(paragraph, { numRuns: cells.length, seed: SEED + 1 });
const slugOf = (i: number) => `indikator-uji-${i + 1}`;

function impor(table: string) {
  const run = spawnSync(process.execPath, ['--experimental-strip-types', '--disable-warning=ExperimentalWarning', 'scripts/impor.ts', table, '--ke', content], { cwd: projectRoot, encoding: 'utf8' });
  return { code: run.status, output: `${run.stdout}${run.stderr}` };
}

beforeAll(async () => {
  for (const part of ['kantor', 'keputusan']) cpSync(join(projectRoot, 'test/fixtures/impor', part), join(content, part), { recursive: true });
  cpSync(join(projectRoot, 'test/fixtures/minimal/istilah'), join(content, 'istilah'), { recursive: true });
  const header = ['LAMPIRAN', 'TABEL', 'NO', 'SASARAN', 'INDIKATOR KINERJA', 'MAKNA, ALASAN PEMILIHAN, PERHITUNGAN ATAU PENJELASAN', 'PENANGGUNG JAWAB', 'SUMBER DATA'];
  const rows = cells.map((paragraphs, i) => ['I', '1', String(i + 1), 'Sasaran uji', `Indikator uji ${i + 1}`, paragraphs.join('\n'), 'Kepala Dinas', 'Data uji']);
  const table = join(work, 'lampiran.csv');
  writeFileSync(table, stringify([header, ...rows], { delimiter: ';' }));
  const run = impor(table);
  expect(run.code, run.output).toBe(0);
  // Every imported indicator is a cacah (no "A / B x 100%"): a target and a realisasi with a note.
  mkdirSync(join(content, 'capaian'));
  const capaian = cells.map((_, i) => [slugOf(i), 'TAHUN', '10', '-2', '', '', 'Uji', notes[i]!]);
  writeFileSync(join(content, 'capaian', '2024.csv'), stringify([['indikator', 'periode', 'target', 'realisasi', 'pembilang', 'penyebut', 'sumber', 'catatan'], ...capaian], { delimiter: ';' }));
  const build = await runAstroBuild({ contentDir: content, outDir: out, env: { KATALOG_CACHE_DIR: join(work, 'cache') } });
  expect(build.code, `seed ${SEED}\n${build.output}`).toBe(0);
}, 600_000);

describe(`random decree text through import, build and page (fast-check seed ${SEED})`, () => {
  it('runs nothing at build time', () => {
    expect(existsSync(pwned)).toBe(false);
  });

  it('shows every paragraph on its page exactly as written', () => {
    cells.forEach((paragraphs, i) => {
      const page = parseHtml(readFileSync(join(out, 'indikator', slugOf(i), 'index.html'), 'utf8'));
      const shown = page.querySelectorAll('.decree-text > p').filter((p) => !p.classList.contains('cell-origin')).map((p) => p.text);
      expect(shown, `row ${i + 1}`).toEqual(paragraphs);
    });
  });

  it('publishes the decree’s text in penjelasan, not the file’s escapes', () => {
    const records: { id: string; penjelasan: string }[] = JSON.parse(readFileSync(join(out, 'data/indikator.json'), 'utf8'));
    cells.forEach((paragraphs, i) => expect(records.find((r) => r.id === slugOf(i))?.penjelasan, `row ${i + 1}`).toBe(paragraphs.join('\n\n')));
  });
});

describe('random notes through a capaian file and the open data', () => {
  it('come out of capaian.json as typed and out of capaian.csv formula-safe, numbers as numbers', async () => {
    const json: { indikator: string; catatan: string; realisasi: number }[] = JSON.parse(readFileSync(join(out, 'data/capaian.json'), 'utf8'));
    const read = await readDataPackage(join(out, 'data'));
    expect(read.errors).toEqual([]);
    const table = read.resources.find((r) => r.path === 'capaian.csv')!;
    // One TAHUN row per indicator, as written, read alike by the Frictionless reader and csv-parse.
    expect(table.readerRows).toHaveLength(cells.length);
    expect(table.csvRows).toHaveLength(cells.length + 1);
    const column = (name: string) => table.csvRows![0]!.indexOf(name);
    cells.forEach((_, i) => {
      expect(json.find((r) => r.indikator === slugOf(i))?.catatan).toBe(notes[i]);
      const row = table.csvRows!.find((r) => r[0] === slugOf(i))!;
      expect(row[column('catatan')]).toBe(escapeFormula(notes[i]!));
      expect(row[column('realisasi')]).toBe('-2');
    });
  });
});

describe('the workbooks for Excel', () => {
  it('hold every text as a string, never a formula', async () => {
    const { rows, formulas } = await readSheet(join(out, 'data/capaian.xlsx'), 'Data');
    expect(formulas).toBe(0);
    const header = rows[0] as string[];
    cells.forEach((_, i) => {
      const row = rows.find((r) => r[0] === slugOf(i))!;
      expect(row[header.indexOf('catatan')]).toBe(notes[i]);
      // A number is a number: the realisasi -2 written in the file.
      expect(row[header.indexOf('realisasi')]).toBe(-2);
    });
    const indicators = await readSheet(join(out, 'data/indikator.xlsx'), 'Data');
    expect(indicators.formulas).toBe(0);
    const column = (indicators.rows[0] as string[]).indexOf('penjelasan');
    cells.forEach((paragraphs, i) => expect(indicators.rows.find((r) => r[0] === slugOf(i))![column]).toBe(paragraphs.join('\n\n')));
  });
});

