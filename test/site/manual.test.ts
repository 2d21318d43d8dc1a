// The built Manual IKU: a cover with the decree's identity, a linked table of contents, and every
// indicator's full definition in the decree's order, with the print rules that make it an A4
// document (a new page for each indicator, page numbers).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build';
import { builtRecords } from '../support/records';
import { distDocument, pageStyles, textOf } from '../support/dom';

const page = distDocument('manual/');
const records = builtRecords();

/** The decree's number as its content file records it. */
const decreeDir = join(projectRoot, 'content/keputusan');
const decreeNumber = readdirSync(decreeDir)
  .map((f) => /^nomor:\s*(.+)$/m.exec(readFileSync(join(decreeDir, f), 'utf8'))?.[1]?.trim())
  .find((n) => n !== undefined)!
  .replace(/^["']|["']$/g, '');

/** Each indicator's part of the manual, by id, in the order they appear. */
const entries = page.querySelectorAll('section.entry').map((section) => ({ id: section.id, section, text: textOf(section) }));

/** The CSS the page loads: its stylesheets and any inline styles. */
const css = pageStyles(page);

/** A value as it reads on the page: white space collapsed. */
const words = (value: string) => value.replace(/\s+/g, ' ').trim();

describe('the Manual IKU', () => {
  it('has every indicator once, in the decree\'s order', () => {
    expect(records).toHaveLength(48);
    expect(entries.map((e) => e.id)).toEqual(records.map((r) => r.id));
  });

  it('heads each indicator with its number and name, as an h2', () => {
    records.forEach((r, n) => {
      const heading = entries[n]!.section.querySelector('h2');
      expect(heading?.id).toBe(`${r.id}-judul`);
      expect(textOf(heading)).toBe(`${n + 1}. ${r.indikator}`);
    });
  });

  it('gives each indicator its full definition', () => {
    records.forEach((r, n) => {
      const { section, text: entry } = entries[n]!;
      expect(entry, r.id).toContain(words(r.sasaran));
      expect(entry, r.id).toContain(words(r.penanggung_jawab));
      expect(entry, r.id).toContain(r.sumber_data === null ? 'tidak disebutkan dalam keputusan' : words(r.sumber_data));
      if (r.rumus_keputusan !== null) expect(entry, r.id).toContain(words(r.rumus_keputusan));
      expect(section.querySelector('.katex-display'), r.id).not.toBeNull();
      expect(entry.includes('Usulan situs, bukan dari keputusan'), r.id).toBe(r.rumus_usulan);
      expect(entry.includes('Catatan redaksi — bukan bagian dari keputusan'), r.id).toBe(r.catatan.length > 0);
    });
  });

  it('keeps the body headings below the indicator\'s h2, with no repeated ids', () => {
    for (const e of entries) expect(e.section.querySelectorAll('h2').map((h) => h.id), e.id).toEqual([`${e.id}-judul`]);
    const ids = page.querySelectorAll('[id]').map((e) => e.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it('has a cover with the decree\'s identity and the manual\'s title', () => {
    const cover = page.querySelector('header.cover');
    expect(decreeNumber.length).toBeGreaterThan(0);
    expect(textOf(cover)).toContain(decreeNumber);
    expect(textOf(cover?.querySelector('h1'))).toBe('Manual Indikator Kinerja Utama dan Indikator Kinerja');
    expect(textOf(cover)).toContain('Paringin');
    expect(cover?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has a table of contents linking every indicator, in order', () => {
    const links = page.querySelectorAll('nav.toc a[href^="#"]').map((a) => a.getAttribute('href')!.slice(1));
    expect(links).toEqual(records.map((r) => r.id));
  });

  it('tells the reader how to save it as PDF', () => {
    expect(textOf(page.querySelector('main'))).toContain('Simpan sebagai PDF');
  });

  it('prints each indicator from a new page, with page numbers and no number on the cover', () => {
    expect(css).toMatch(/\.entry(\[[^\]]+\])?\s*\{[^}]*break-before:\s*page/);
    expect(css).toMatch(/\.toc(\[[^\]]+\])?\s*\{[^}]*break-before:\s*page/);
    expect(css).toMatch(/@page manual\s*\{\s*@bottom-center\s*\{[^}]*content:\s*counter\(page\)/);
    expect(css).toMatch(/@page manual:first\s*\{\s*@bottom-center\s*\{[^}]*content:\s*none/);
    expect(css).toMatch(/\.manual(\[[^\]]+\])?\s*\{[^}]*page:\s*manual/);
  });
});
