// The built Manual IKU: a cover with the decree's identity, a linked table of contents, and every
// indicator's full definition in the decree's order, with the print rules that make it an A4
// document (a new page for each indicator, page numbers).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../support/astro-build';
import { builtRecords } from '../support/records';
import { distFile } from '../support/dist';

const html = distFile('manual/index.html');
const records = builtRecords();

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The decree's number as its content file records it. */
const decreeDir = join(projectRoot, 'content/keputusan');
const decreeNumber = readdirSync(decreeDir)
  .map((f) => /^nomor:\s*(.+)$/m.exec(readFileSync(join(decreeDir, f), 'utf8'))?.[1]?.trim())
  .find((n) => n !== undefined)!
  .replace(/^["']|["']$/g, '');

/** Each indicator's part of the manual, by id, in the order they appear. */
const entries = html
  .split(/(?=<section class="entry")/)
  .slice(1)
  .map((chunk) => ({ id: /^<section class="entry" id="([^"]+)"/.exec(chunk)![1]!, html: chunk }));

/** The CSS the page loads: its stylesheets and any inline styles. */
const css = [
  ...[...html.matchAll(/<link rel="stylesheet" href="\/_astro\/([^"]+\.css)"/g)].map((m) => distFile(join('_astro', m[1]!))),
  ...[...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
].join('\n');

describe('the Manual IKU', () => {
  it('has every indicator once, in the decree\'s order', () => {
    expect(records).toHaveLength(48);
    expect(entries.map((e) => e.id)).toEqual(records.map((r) => r.id));
  });

  it('heads each indicator with its number and name, as an h2', () => {
    records.forEach((r, n) => {
      expect(entries[n]!.html).toMatch(new RegExp(`<h2 id="${r.id}-judul"[^>]*><span[^>]*>${n + 1}\\.</span> ${escapeHtml(r.indikator).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h2>`));
    });
  });

  it('gives each indicator its full definition', () => {
    records.forEach((r, n) => {
      const entry = entries[n]!.html;
      expect(entry, r.id).toContain(escapeHtml(r.sasaran));
      expect(entry, r.id).toContain(escapeHtml(r.penanggung_jawab));
      expect(entry, r.id).toContain(r.sumber_data === null ? 'tidak disebutkan dalam keputusan' : escapeHtml(r.sumber_data));
      if (r.rumus_keputusan !== null) expect(entry, r.id).toContain(escapeHtml(r.rumus_keputusan));
      expect(entry, r.id).toMatch(/class="katex-display"/);
      expect(entry.includes('Usulan situs, bukan dari keputusan'), r.id).toBe(r.rumus_usulan);
      expect(entry.includes('Catatan redaksi — bukan bagian dari keputusan'), r.id).toBe(r.catatan.length > 0);
    });
  });

  it('keeps the body headings below the indicator\'s h2, with no repeated ids', () => {
    for (const e of entries) expect(e.html, e.id).not.toMatch(/<h2 id="(makna|alasan-pemilihan|perhitungan)"/);
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it('has a cover with the decree\'s identity and the manual\'s title', () => {
    const cover = /<header class="cover"[\s\S]*?<\/header>/.exec(html)![0];
    expect(decreeNumber.length).toBeGreaterThan(0);
    expect(cover).toContain(escapeHtml(decreeNumber));
    expect(cover).toMatch(/<h1[^>]*>Manual Indikator Kinerja Utama dan Indikator Kinerja<\/h1>/);
    expect(cover).toContain('Paringin');
    expect(cover).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"/);
  });

  it('has a table of contents linking every indicator, in order', () => {
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(html)![0];
    expect([...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1])).toEqual(records.map((r) => r.id));
  });

  it('tells the reader how to save it as PDF', () => {
    expect(html).toMatch(/Simpan sebagai PDF/);
  });

  it('prints each indicator from a new page, with page numbers and no number on the cover', () => {
    expect(css).toMatch(/\.entry(\[[^\]]+\])?\s*\{[^}]*break-before:\s*page/);
    expect(css).toMatch(/\.toc(\[[^\]]+\])?\s*\{[^}]*break-before:\s*page/);
    expect(css).toMatch(/@page manual\s*\{\s*@bottom-center\s*\{[^}]*content:\s*counter\(page\)/);
    expect(css).toMatch(/@page manual:first\s*\{\s*@bottom-center\s*\{[^}]*content:\s*none/);
    expect(css).toMatch(/\.manual(\[[^\]]+\])?\s*\{[^}]*page:\s*manual/);
  });
});
