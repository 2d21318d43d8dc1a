// The built performance tree: every indicator and every unit linked once, the head of the office
// at the root with the IKU, and every unit-to-parent edge the site inferred marked as such, in the
// drawing and in words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build';
import { builtRecords } from '../support/records';
import { distDocument, pageStyles, textOf } from '../support/dom';
import { builtPages } from '../support/site-pages';

const page = distDocument('pohon-kinerja/');
const records = builtRecords();
const unitPages = builtPages().filter((p) => /^unit\/[^/]+\/$/.test(p)).map((p) => `/${p}`);

/** The units the content marks `indukDisimpulkan: true`, by id. */
const inferredUnits = readdirSync(join(projectRoot, 'content/unit'))
  .filter((f) => /^indukDisimpulkan:\s*true\s*$/m.test(readFileSync(join(projectRoot, 'content/unit', f), 'utf8')))
  .map((f) => f.replace(/\.yaml$/, ''));

const EDGES = ['root', 'stated', 'inferred', 'detached'];

/** Each unit's node in the tree: its edge kind, its unit, and the words beside its name. */
const nodes = page.querySelectorAll('li.branch').map((li) => {
  const edges = EDGES.filter((edge) => li.classList.contains(`branch--${edge}`));
  const head = li.querySelector(':scope > .unit > .unit__head');
  const href = head?.querySelector('a.unit__name')?.getAttribute('href') ?? '';
  return { edge: edges.join(' '), id: /^\/unit\/([^/]+)\/$/.exec(href)?.[1] ?? href, meta: textOf(head?.querySelector('.unit__meta')) };
});

/** The links of the page to one kind of detail page ('/unit/x/'), in order. */
const hrefs = (selector: string, kind: 'indikator' | 'unit') =>
  page
    .querySelectorAll(selector)
    .map((a) => a.getAttribute('href') ?? '')
    .filter((href) => new RegExp(`^/${kind}/[^/]+/$`).test(href));

describe('the performance tree page', () => {
  it('links every indicator page exactly once', () => {
    const links = hrefs('a', 'indikator');
    expect([...links].sort()).toEqual(records.map((r) => r.url).sort());
  });

  it('links every unit page exactly once, from the unit\'s box', () => {
    expect(unitPages.length).toBeGreaterThan(0);
    expect(hrefs('a', 'unit').sort()).toEqual([...unitPages].sort());
    expect(nodes.map((n) => `/unit/${n.id}/`).sort()).toEqual([...unitPages].sort());
  });

  it('puts the head of the office at the root, with the four IKU', () => {
    const root = nodes.filter((n) => n.edge === 'root');
    expect(root.map((n) => n.id)).toEqual(['kepala-skpd']);
    const rootLinks = hrefs('li.branch--root > .unit a', 'indikator');
    expect(rootLinks).toEqual(records.filter((r) => r.tingkat === 'IKU').map((r) => r.url));
  });

  it('marks every inferred unit-to-parent edge, in the drawing and in words', () => {
    expect(inferredUnits.length).toBeGreaterThan(0);
    expect(nodes.filter((n) => n.edge === 'inferred').map((n) => n.id).sort()).toEqual([...inferredUnits].sort());
    for (const node of nodes.filter((n) => n.edge === 'inferred')) expect(node.meta, node.id).toContain('disimpulkan situs');
    expect(nodes.filter((n) => n.edge === 'detached')).toEqual([]);
  });

  it('explains the dashed lines in a legend and says the decree states no hierarchy', () => {
    const text = textOf(page.querySelector('main'));
    expect(text).toContain('Garis putus-putus: disimpulkan situs');
    expect(text).toContain('Garis utuh: tertulis dalam keputusan');
    expect(text).toContain('Keputusan tidak menyebutkan susunan organisasi');
  });

  it('scrolls inside a labelled, focusable region', () => {
    const region = page.querySelector('.tree-scroll');
    expect(region?.tagName).toBe('DIV');
    expect(region?.getAttribute('role')).toBe('region');
    expect(region?.getAttribute('aria-label')?.trim()).toBeTruthy();
    expect(region?.getAttribute('tabindex')).toBe('0');
    expect(region?.querySelector('li.branch--root')).not.toBeNull();
  });

  it('prints on A4 landscape', () => {
    const styles = pageStyles(page);
    expect(styles).toMatch(/@page pohon\s*\{[^}]*size:\s*A4 landscape/);
    expect(styles).toMatch(/page:\s*pohon/);
  });
});
