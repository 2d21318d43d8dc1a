// Server rendering of the calculator: the empty form the page sends before hydration.
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Calculator } from '../../../src/components/calculator/Calculator';
import type { FormulaDefinition } from '../../../src/domain/formula/definition';

function html(rumus: FormulaDefinition, satuan = 'persen', id = 'ind'): string {
  return render(h(Calculator, { rumus, polaritas: 'naik', satuan, indikator: 'Contoh Indikator', id }));
}

const FORMULAS: [string, FormulaDefinition, string][] = [
  [
    'persentase',
    {
      jenis: 'persentase',
      pembilang: { label: 'Penduduk yang Bekerja', satuan: 'orang' },
      penyebut: { label: 'Angkatan Kerja', satuan: 'orang' },
    },
    'persen',
  ],
  ['persentase tetap', { jenis: 'persentase', pembilang: { label: 'Jumlah Warga yang terampil' }, penyebut: { label: '125 Orang', tetap: 125 } }, 'persen'],
  ['rasio', { jenis: 'rasio', pembilang: { label: 'Pencari kerja' }, penyebut: { label: 'Lowongan' } }, 'rasio'],
  ['jumlah', { jenis: 'jumlah', uang: true, entri: { label: 'Realisasi investasi PMDN menurut LKPM', satuan: 'Rp' } }, 'rupiah'],
  ['cacah', { jenis: 'cacah', besaran: { label: 'Jumlah promosi', satuan: 'kegiatan' } }, 'jumlah'],
  ['nilai', { jenis: 'nilai', besaran: { label: 'Nilai PTSP' }, min: 0, maks: 100 }, 'nilai'],
  ['ikm', { jenis: 'ikm' }, 'indeks'],
  ['sakip', { jenis: 'sakip' }, 'nilai'],
];

describe('Calculator (SSR)', () => {
  it.each(FORMULAS)('%s: a form with labelled text inputs, an output, and no messages yet', (_, rumus, satuan) => {
    const out = html(rumus, satuan);
    expect(out).toMatch(/^<form id="ind-form" class="calc" method="get" aria-label="Kalkulator Contoh Indikator"/);
    expect(out).toContain('<output class="calc-output" id="ind-hasil"');
    expect(out).toContain('aria-live="polite"');
    expect(out).not.toContain('calc-error-summary');
    expect(out).not.toContain('aria-invalid');
    expect(out).not.toMatch(/NaN|Infinity|undefined/);
    // every text input has a label pointing at it, and inputmode decimal
    const inputs = [...out.matchAll(/<input [^>]*class="calc-input"[^>]*>/g)].map(([tag]) => [tag, /\sid="([^"]+)"/.exec(tag)?.[1]] as const);
    expect(inputs.length).toBeGreaterThan(0);
    for (const [tag, inputId] of inputs) {
      expect(tag).toContain('type="text"');
      expect(tag).toContain('inputmode="decimal"');
      expect(out).toContain(`for="${inputId}"`);
    }
    // ids are unique and all carry the prefix
    const ids = [...out.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.startsWith('ind-')).toBe(true);
    // the output holds phrasing content only (valid HTML)
    const output = /<output[^>]*>([\s\S]*?)<\/output>/.exec(out)![1]!;
    expect(output).not.toMatch(/<(div|p|ol|ul|li|table|h\d)\b/);
  });

  it('shows the unit outside the field and describes the input with it', () => {
    const out = html(FORMULAS[3]![1], 'rupiah');
    expect(out).toMatch(/<span class="calc-unit calc-unit--prefix" id="ind-e-0-unit">Rp<\/span><input/);
    // The target's hint is the page's words: optional, and the polarity.
    expect(out).toMatch(/<p class="calc-hint" id="ind-t-hint">Opsional: isi untuk menghitung capaian\. Polaritas indikator ini naik/);
    expect(out).toContain('aria-describedby="ind-e-0-unit"');
    expect(out).toContain('Tambah entri');
  });

  it('IKM: nine unsur fields, the mode switch and the weight option (1/9 chosen)', () => {
    const out = html({ jenis: 'ikm' }, 'indeks');
    for (let nomor = 1; nomor <= 9; nomor += 1) expect(out).toContain(`id="ind-u${nomor}"`);
    expect(out).toContain('Sarana dan Prasarana');
    expect(out).toMatch(/<input [^>]*id="ind-w-tepat" name="w" value="tepat" checked/);
    expect(out).toContain('Tempel jawaban responden');
  });

  it('names inputs with the URL parameters, so a no-JS submit gives a shareable URL', () => {
    const out = html(FORMULAS[0]![1]);
    expect(out).toContain('name="a"');
    expect(out).toContain('name="b"');
    expect(out).toContain('name="t"');
  });

  it('the empty output says where the result will appear, and the form has its two buttons', () => {
    const out = html(FORMULAS[0]![1]);
    expect(out).toContain('Hasil dan cara menghitungnya tampil di sini setelah semua isian terisi.');
    expect(out).toMatch(/<button type="submit" class="calc-button">Hitung<\/button>/);
    expect(out).toContain('Kosongkan isian');
  });

  it('SAKIP: the components in a fieldset with the weights of PermenPANRB 88/2021', () => {
    const out = html({ jenis: 'sakip' }, 'nilai');
    expect(out).toContain('<legend class="calc-legend">Nilai komponen menurut Laporan Hasil Evaluasi (LHE) SAKIP</legend>');
    expect(out).toContain('bobot komponen 30, 30, 15 dan 25 (jumlah 100).');
  });

  it('escapes text from the content (labels are never markup)', () => {
    const out = html({ jenis: 'cacah', besaran: { label: '<b>x</b> & y' } }, 'jumlah');
    expect(out).toContain('&lt;b>x&lt;/b> &amp; y');
    expect(out).not.toContain('<b>x</b>');
  });
});
