// The built performance tree: every indicator and every unit linked once, the head of the office
// at the root with the IKU, and every unit-to-parent edge the site inferred marked as such, in the
// drawing and in words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build';
import { builtRecords } from '../support/records';
import { distFile } from '../support/dist';
import { builtPages } from '../support/site-pages';

const html = distFile('pohon-kinerja/index.html');
const records = builtRecords();
const unitPages = builtPages().filter((p) => /^unit\/[^/]+\/$/.test(p)).map((p) => `/${p}`);

/** The units the content marks `indukDisimpulkan: true`, by id. */
const inferredUnits = readdirSync(join(projectRoot, 'content/unit'))
  .filter((f) => /^indukDisimpulkan:\s*true\s*$/m.test(readFileSync(join(projectRoot, 'content/unit', f), 'utf8')))
  .map((f) => f.replace(/\.yaml$/, ''));

/** Each unit's node in the tree: its edge kind and the text of its box. */
const nodes = [...html.matchAll(/<li class="branch branch--(\w+)[^"]*"[^>]*>\s*<div[^>]*>\s*<p[^>]*>\s*<a class="unit__name" href="\/unit\/([^"]+)\/"[^>]*>[^<]*<\/a>(.*?)<\/p>/g)]
  .map((m) => ({ edge: m[1]!, id: m[2]!, meta: m[3]! }));

const hrefs = (pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]!);

describe('the performance tree page', () => {
  it('links every indicator page exactly once', () => {
    const links = hrefs(/href="(\/indikator\/[^"/]+\/)"/g);
    expect([...links].sort()).toEqual(records.map((r) => r.url).sort());
  });

  it('links every unit page exactly once, from the unit\'s box', () => {
    expect(unitPages.length).toBeGreaterThan(0);
    expect(hrefs(/href="(\/unit\/[^"/]+\/)"/g).sort()).toEqual([...unitPages].sort());
    expect(nodes.map((n) => `/unit/${n.id}/`).sort()).toEqual([...unitPages].sort());
  });

  it('puts the head of the office at the root, with the four IKU', () => {
    const root = nodes.filter((n) => n.edge === 'root');
    expect(root.map((n) => n.id)).toEqual(['kepala-skpd']);
    const rootBox = /<li class="branch branch--root[\s\S]*?<\/ul>/.exec(html)![0];
    const rootLinks = [...rootBox.matchAll(/href="(\/indikator\/[^"/]+\/)"/g)].map((m) => m[1]);
    expect(rootLinks).toEqual(records.filter((r) => r.tingkat === 'IKU').map((r) => r.url));
  });

  it('marks every inferred unit-to-parent edge, in the drawing and in words', () => {
    expect(inferredUnits.length).toBeGreaterThan(0);
    expect(nodes.filter((n) => n.edge === 'inferred').map((n) => n.id).sort()).toEqual([...inferredUnits].sort());
    for (const node of nodes.filter((n) => n.edge === 'inferred')) expect(node.meta, node.id).toContain('disimpulkan situs');
    expect(nodes.filter((n) => n.edge === 'detached')).toEqual([]);
  });

  it('explains the dashed lines in a legend and says the decree states no hierarchy', () => {
    expect(html).toMatch(/Garis putus-putus: disimpulkan situs/);
    expect(html).toMatch(/Garis utuh: tertulis dalam keputusan/);
    expect(html).toMatch(/Keputusan tidak menyebutkan susunan organisasi/);
  });

  it('scrolls inside a labelled, focusable region', () => {
    expect(html).toMatch(/<div class="tree-scroll" role="region" aria-label="[^"]+" tabindex="0"/);
  });

  it('prints on A4 landscape', () => {
    const linked = [...html.matchAll(/<link rel="stylesheet" href="\/_astro\/([^"]+\.css)"/g)].map((m) => distFile(join('_astro', m[1]!))).join('\n');
    const styles = linked + [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    expect(styles).toMatch(/@page pohon\s*\{[^}]*size:\s*A4 landscape/);
    expect(styles).toMatch(/page:\s*pohon/);
  });
});
