// A second office adopts the site by replacing content/: the fictional Bappeda of Kota Tanjung
// Harapan in test/fixtures/second-office, with one appendix of one table holding both levels and
// unit kinds of its own (a UPTD among them). Its site builds, names that office and its decree and
// no other, follows its decree's structure, and passes the same checks as the real site: the W3C
// HTML checker, internal links, axe in both themes with no console error, and Pagefind search.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstroBuild, type BuildResult } from '../support/astro-build';
import { openSite, type Site } from '../support/browser';
import { auditPage, CLEAN_PAGE } from '../support/page-audit';
import { builtPages } from '../support/site-pages';
import { itPassesStaticChecks, pageFile } from '../support/static-checks';
import { readDecreeText } from '../support/decree-text';

const FIXTURE = join(projectRoot, 'test/fixtures/second-office');
const work = mkdtempSync(join(tmpdir(), 'katalog-second-office-'));
const root = join(work, 'dist');
let build: BuildResult;
let pages: string[] = [];

beforeAll(async () => {
  build = await runAstroBuild({ contentDir: FIXTURE, outDir: root, env: { KATALOG_CACHE_DIR: join(work, 'cache') } });
  if (build.code === 0) pages = builtPages(root);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(root, path), 'utf8');
const yamlOf = (path: string) => parse(readFileSync(join(projectRoot, path), 'utf8')) as Record<string, string>;

/** Every text file the build wrote (pages, open data, sitemap), but not Pagefind's binary index. */
function builtTextFiles(): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(html|json|csv|xml|txt|webmanifest)$/.test(e.name))
    .map((e) => relative(root, join(e.parentPath, e.name)).replace(/\\/g, '/'))
    .filter((path) => !path.startsWith('pagefind/'));
}

describe('the second office\'s catalogue', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('has a page for each of its 6 indicators, 5 units and 3 glossary terms', () => {
    const under = (folder: string) => pages.filter((p) => new RegExp(`^${folder}/[^/]+/$`).test(p));
    expect(under('indikator')).toHaveLength(6);
    expect(under('unit')).toHaveLength(5);
    expect(under('istilah')).toHaveLength(3);
  });

  it('mentions neither the real office nor its region, capital or decree on any page or data file', () => {
    const office = yamlOf('content/kantor/kantor.yaml');
    const decreeFile = readdirSync(join(projectRoot, 'content/keputusan')).find((f) => f.endsWith('.yaml'))!;
    const decree = yamlOf(`content/keputusan/${decreeFile}`);
    const region = office['wilayah']!.split(' ').at(-1)!; // "Balangan" of "Kabupaten Balangan"
    const forbidden = [office['nama']!, office['singkatan']!, region, decree['nomorSitus']!, decree['nomor']!, decree['ditetapkanDi']!, 'DPMPSTPTTK', '188.46'];
    const files = builtTextFiles();
    expect(files.length).toBeGreaterThan(pages.length);
    const found = files.flatMap((f) => forbidden.filter((word) => read(f).toLowerCase().includes(word.toLowerCase())).map((word) => `${f}: ${word}`));
    expect(found).toEqual([]);
  });

  it('names its own office and decree in every page\'s footer and in the data package', () => {
    for (const page of pages.filter((p) => p !== '404.html')) {
      const footer = /<footer[\s\S]*<\/footer>/.exec(read(pageFile(page)))?.[0] ?? '';
      expect(footer, page).toContain('Keputusan Kepala Badan Perencanaan Pembangunan Daerah Kota Tanjung Harapan Nomor 050/17/KPTS/BAPPEDA/2024');
      expect(footer, page).toContain('Jalan Merdeka Nomor 5, Tanjung Harapan');
    }
    expect(read('index.html')).toContain('<h1>Katalog Indikator Kinerja Bappeda Kota Tanjung Harapan</h1>');
    const pkg = JSON.parse(read('data/datapackage.json')) as { name: string; title: string; description: string; version: string };
    expect(pkg).toMatchObject({
      name: 'katalog-indikator-kinerja-bappeda-kota-tanjung-harapan',
      title: 'Katalog Indikator Kinerja Bappeda Kota Tanjung Harapan',
      description: expect.stringContaining('Keputusan Kepala Badan Nomor 050/17/KPTS/BAPPEDA/2024'),
      version: '2024.1',
    });
  });

  it('follows its decree\'s structure: one appendix, one table, both levels', () => {
    const records = JSON.parse(read('data/indikator.json')) as { lampiran: string; tabel: number; nomor: number; tingkat: string }[];
    expect(records.map((r) => `${r.tingkat} ${r.lampiran} ${r.tabel} ${r.nomor}`)).toEqual([
      'IKU tunggal 1 1', 'IKU tunggal 1 2', 'IK tunggal 1 3', 'IK tunggal 1 4', 'IK tunggal 1 5', 'IK tunggal 1 6',
    ]);
    const list = read('indikator/index.html');
    expect(list).toContain('<h2 id="lampiran-tunggal">Lampiran: Indikator Kinerja Utama (IKU) dan Indikator Kinerja (IK)</h2>');
    expect(list).not.toContain('<h3');
    // A position in an appendix of one table is written without the table.
    expect(list).toContain('Lampiran, NO 6');
    expect(list).not.toMatch(/tabel \d/);
    expect(read('keputusan/index.html')).toContain('<dt>Isi</dt><dd>6 indikator: 2 IKU dan 4 IK (Lampiran)</dd>');
    expect(read('keputusan/index.html')).not.toContain('Mengubah');
  });

  it('quotes its own decree: every sasaran and indikator stands verbatim in its text', () => {
    const decree = readDecreeText(FIXTURE);
    const records = JSON.parse(read('data/indikator.json')) as { id: string; sasaran: string; indikator: string }[];
    expect(records).toHaveLength(6);
    for (const r of records) {
      expect(decree, r.id).toContain(r.sasaran);
      expect(decree, r.id).toContain(r.indikator);
    }
  });

  it('labels its units with its own kinds', () => {
    expect(read('unit/uptd-pusat-data/index.html')).toContain('<span class="badge">Unit Pelaksana Teknis Daerah</span>');
    expect(read('unit/sekretariat/index.html')).toContain('<span class="badge">Sekretariat</span>');
  });
});

describe('the second office\'s site passes the static checks', () => {
  itPassesStaticChecks(() => ({ root, pages }));
});

describe('the second office\'s site in Chromium', () => {
  let site: Site;
  beforeAll(async () => {
    site = await openSite({ root });
  });
  afterAll(() => site?.close());

  it('every page loads cleanly and passes axe in both themes', async () => {
    expect(pages.length).toBeGreaterThan(0);
    const problems: Record<string, unknown> = {};
    for (const path of pages) {
      const audit = await auditPage(site, path);
      if (JSON.stringify(audit) !== JSON.stringify(CLEAN_PAGE)) problems[path] = audit;
    }
    expect(problems).toEqual({});
  });

  async function search(page: Page, query: string): Promise<string[]> {
    await page.goto(`${site.url}cari/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(() => /hasil untuk/.test(document.querySelector('[data-search-status]')?.textContent ?? ''));
    return page.locator('[data-search-results] li h2 a').allTextContents();
  }

  it.each([
    ['inovasi', 'Jumlah Inovasi Daerah yang Diterapkan'],
    ['statistik sektoral', 'Persentase Perangkat Daerah yang Menyampaikan Data Statistik Sektoral'],
    ['RPJMD', 'Persentase Program RKPD yang Selaras dengan RPJMD'],
  ])('Pagefind finds "%s": %s', async (query, expected) => {
    const page = await site.context.newPage();
    try {
      expect((await search(page, query)).slice(0, 3)).toContain(expected);
    } finally {
      await page.close();
    }
  });
});
