// The pages' guidance prose lives in content/panduan/: the start page's steps are its files in
// their order, figures are counted at build time, a missing part is left out, and a guidance file
// that no page reads fails the build naming it.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot, runAstroBuild } from '../support/astro-build';
import { builtRecords } from '../support/records';
import { distFile } from '../support/dist';

const stepsDir = join(projectRoot, 'content/panduan/mulai');
/** The start page's steps as the content orders them: [file name, heading]. */
const steps = readdirSync(stepsDir)
  .map((f) => ({ anchor: f.replace(/\.mdx$/, ''), text: readFileSync(join(stepsDir, f), 'utf8') }))
  .map(({ anchor, text }) => ({ anchor, judul: /^judul:\s*(.+)$/m.exec(text)?.[1], urutan: Number(/^urutan:\s*(\d+)$/m.exec(text)?.[1]) }))
  .filter((s) => s.judul !== undefined)
  .sort((a, b) => a.urutan - b.urutan);

describe('the guidance on the real site', () => {
  it('gives the start page one numbered step per file, in the content\'s order', () => {
    const html = distFile('mulai/index.html');
    expect(steps.length).toBeGreaterThan(0);
    const nav = /<nav class="step-nav"[\s\S]*?<\/nav>/.exec(html)![0];
    expect([...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(steps.map((s) => s.anchor));
    const headings = [...html.matchAll(/<h2 id="([^"]+)"[^>]*>[\s\S]*?Langkah (\d+): <\/span>([^<]+)<\/h2>/g)];
    expect(headings.map((m) => [m[1], Number(m[2]), m[3]])).toEqual(steps.map((s, n) => [s.anchor, n + 1, s.judul]));
  });

  it('fills in figures from the catalogue and leaves no component unrendered', () => {
    const records = builtRecords();
    const iku = records.filter((r) => r.tingkat === 'IKU').length;
    const tree = distFile('pohon-kinerja/index.html');
    expect(tree).toContain(`semua ${records.length} indikator tampil tepat sekali`);
    expect(distFile('mulai/index.html')).toMatch(new RegExp(`Lampiran I keputusan menetapkan ${iku} `));
    for (const page of ['mulai', 'pohon-kinerja', 'manual', 'unit']) {
      expect(distFile(`${page}/index.html`), page).not.toMatch(/<(Angka|Tautan|Keputusan|UnitPuncak|NamaKantor)\b/);
    }
  });
});

describe('guidance content of another office', () => {
  const fixture = join(projectRoot, 'test/fixtures/minimal');
  const work = mkdtempSync(join(tmpdir(), 'katalog-guide-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  async function buildWith(name: string, files: Record<string, string>) {
    const dir = join(work, name);
    cpSync(fixture, dir, { recursive: true });
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, 'panduan', path, '..'), { recursive: true });
      writeFileSync(join(dir, 'panduan', path), text);
    }
    const out = join(work, `${name}-dist`);
    const result = await runAstroBuild({ contentDir: dir, outDir: out, env: { KATALOG_CACHE_DIR: join(work, `${name}-cache`) } });
    return { ...result, page: (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8') };
  }

  it('leaves out the parts it does not supply and counts its own catalogue', async () => {
    const result = await buildWith('partial', {
      'pohon-kinerja/pengantar.mdx': '---\n---\nAda <Angka nama="indikator" /> indikator di <Angka nama="kotakPohon" /> unit.\n',
    });
    expect(result.code, result.output).toBe(0);
    // The fixture: one indicator, two units (test/fixtures/minimal).
    expect(result.page('pohon-kinerja')).toContain('Ada 1 indikator di 2 unit.');
    expect(result.page('pohon-kinerja')).not.toContain('Yang tertulis dan yang disimpulkan');
    const start = result.page('mulai');
    expect(start).toMatch(/<h1[^>]*>Mulai di sini<\/h1>/);
    expect(start).not.toContain('class="steps"');
    expect(result.page('manual')).not.toContain('Simpan sebagai PDF');
  });

  it('fails the build naming a file that no page reads', async () => {
    const result = await buildWith('misplaced', { 'pohon/pengantar.mdx': '---\n---\nTeks.\n' });
    expect(result.code).not.toBe(0);
    expect(result.output).toMatch(/panduan\/pohon\/pengantar\.mdx: no page reads this file/);
  });
});
