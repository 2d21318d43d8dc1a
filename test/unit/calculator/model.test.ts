// The calculator form model: inputs per formula, what typed text gives, and the URL state.
import { describe, expect, it } from 'vitest';
import type { FormulaDefinition } from '../../../src/domain/formula/definition';
import {
  type CalculatorState,
  EMPTY_STATE,
  evaluate,
  fieldGroups,
  targetSpec,
} from '../../../src/components/calculator/model';
import { MAX_FIELD_LENGTH, queryFromState, stateFromQuery } from '../../../src/components/calculator/url-state';
import * as ikmEngine from '../../../src/domain/ikm';
import { NBSP } from '../../../src/domain/number/format';
import * as sakipEngine from '../../../src/domain/sakip';

const LOWONGAN: FormulaDefinition = {
  jenis: 'persentase',
  pembilang: { label: 'Jumlah lowongan yang terpenuhi', satuan: 'lowongan' },
  penyebut: { label: 'Jumlah lowongan terdaftar', satuan: 'lowongan' },
};
const TRANSMIGRASI: FormulaDefinition = {
  jenis: 'persentase',
  pembilang: { label: 'Jumlah Warga yang terampil', satuan: 'orang' },
  penyebut: { label: '125 Orang', tetap: 125 },
};
const INVESTASI: FormulaDefinition = {
  jenis: 'jumlah',
  uang: true,
  entri: { label: 'Realisasi investasi PMDN menurut LKPM', satuan: 'Rp' },
};
const IKM: FormulaDefinition = { jenis: 'ikm' };
const SAKIP: FormulaDefinition = { jenis: 'sakip' };

function state(partial: Partial<CalculatorState>): CalculatorState {
  return { ...EMPTY_STATE, ...partial };
}

describe('fieldGroups: labels in the decree words, units outside the field', () => {
  it('persentase: pembilang a and penyebut b', () => {
    expect(fieldGroups(LOWONGAN)[0]!.fields).toEqual([
      { name: 'a', label: 'Jumlah lowongan yang terpenuhi', unit: { text: 'lowongan', position: 'suffix' } },
      { name: 'b', label: 'Jumlah lowongan terdaftar', unit: { text: 'lowongan', position: 'suffix' } },
    ]);
  });

  it('a fixed whole is not an input', () => {
    expect(fieldGroups(TRANSMIGRASI)[0]!.fields.map((field) => field.name)).toEqual(['a']);
  });

  it('IKM: respondents r and the nine unsur u1-u9, named', () => {
    const [respondents, unsur] = fieldGroups(IKM);
    expect(respondents!.fields.map((field) => field.name)).toEqual(['r']);
    expect(unsur!.fields.map((field) => field.name)).toEqual(['u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9']);
    expect(unsur!.fields[7]!.label).toBe('8. Penanganan Pengaduan, Saran dan Masukan');
  });

  it('SAKIP: four components with their maximum in the label', () => {
    expect(fieldGroups(SAKIP)[0]!.fields.map((field) => field.label)).toEqual([
      'Perencanaan Kinerja (maks. 30)',
      'Pengukuran Kinerja (maks. 30)',
      'Pelaporan Kinerja (maks. 15)',
      'Evaluasi Akuntabilitas Kinerja Internal (maks. 25)',
    ]);
  });

  it('the target is written in the unit of the realisation', () => {
    expect(targetSpec(LOWONGAN, 'persen', 'naik').unit).toEqual({ text: '%', position: 'suffix' });
    expect(targetSpec(INVESTASI, 'rupiah', 'naik').unit).toEqual({ text: 'Rp', position: 'prefix' });
    expect(targetSpec(IKM, 'indeks', 'naik').unit).toBeUndefined();
    expect(targetSpec(LOWONGAN, 'persen', 'turun').hint).toMatch(/makin rendah/);
  });
});

describe('evaluate', () => {
  it('an empty form: blanks are errors (shown after submit), no result', () => {
    const evaluation = evaluate(LOWONGAN, 'persen', 'naik', EMPTY_STATE);
    expect(evaluation.result).toBeUndefined();
    expect(evaluation.errors).toEqual([
      { name: 'a', message: 'Isi Jumlah lowongan yang terpenuhi.' },
      { name: 'b', message: 'Isi Jumlah lowongan terdaftar.' },
    ]);
    expect(evaluation.status.a).toEqual({ empty: true, error: 'Isi Jumlah lowongan yang terpenuhi.' });
    expect(evaluation.status.t).toEqual({ empty: true }); // the target is optional
  });

  it('computes the realisation, shows each input as read, and the capaian', () => {
    const evaluation = evaluate(LOWONGAN, 'persen', 'naik', state({ fields: { a: '3.120', b: '4.000', t: '80%' } }));
    expect(evaluation.errors).toEqual([]);
    expect(evaluation.status.a!.read).toBe('3.120 lowongan');
    expect(evaluation.status.t!.read).toBe('80%');
    expect(evaluation.result?.jenis === 'realisasi' && evaluation.result.result.steps).toEqual([
      '3.120 / 4.000 × 100%',
      '= 78%',
    ]);
    expect(evaluation.achievement?.formatted).toBe('97,5%');
    expect(evaluation.achievement?.band.kategori).toBe('Sangat Baik');
  });

  it('no result at all while any input is invalid, the target included', () => {
    const evaluation = evaluate(LOWONGAN, 'persen', 'naik', state({ fields: { a: '3120', b: '4000', t: '8o' } }));
    expect(evaluation.result).toBeUndefined();
    expect(evaluation.achievement).toBeUndefined();
    expect(evaluation.errors.map((error) => error.name)).toEqual(['t']);
  });

  it('target 0 is an error on the target, and withholds the result', () => {
    const evaluation = evaluate(LOWONGAN, 'persen', 'naik', state({ fields: { a: '1', b: '2', t: '0' } }));
    expect(evaluation.result).toBeUndefined();
    expect(evaluation.status.t!.error).toMatch(/Target tidak boleh 0/);
  });

  it('whole 0 is an error on the whole', () => {
    const evaluation = evaluate(LOWONGAN, 'persen', 'naik', state({ fields: { a: '1', b: '0' } }));
    expect(evaluation.result).toBeUndefined();
    expect(evaluation.status.b!.error).toMatch(/tidak boleh 0/);
  });

  it('part > whole: a warning with the result', () => {
    const evaluation = evaluate(LOWONGAN, 'persen', 'naik', state({ fields: { a: '5', b: '4' } }));
    expect(evaluation.result?.jenis === 'realisasi' && evaluation.result.result.warnings).toHaveLength(1);
  });

  it('fixed whole 125: only the part is needed', () => {
    const evaluation = evaluate(TRANSMIGRASI, 'persen', 'naik', state({ fields: { a: '100' } }));
    expect(evaluation.result?.jenis === 'realisasi' && evaluation.result.result.formatted).toBe('80%');
  });

  it('sum, row by row: empty rows ignored, bad rows named by their row', () => {
    const evaluation = evaluate(INVESTASI, 'rupiah', 'naik', state({ entries: ['Rp 2.500.000.000,50', '', '0,001', 'x'] }));
    expect(evaluation.result).toBeUndefined();
    expect(evaluation.status['e.0']!.read).toBe(`Rp${NBSP}2.500.000.000,50`);
    expect(evaluation.errors.map((error) => error.name)).toEqual(['e.3']);
    const fixed = evaluate(INVESTASI, 'rupiah', 'naik', state({ entries: ['Rp 2.500.000.000,50', '', '0,001'] }));
    expect(fixed.errors).toEqual([{ name: 'e.2', message: 'Entri 2: Rupiah paling banyak 2 angka di belakang koma (sen).' }]);
  });

  it('sum, pasted: one figure per line, problems named by line', () => {
    const good = evaluate(INVESTASI, 'rupiah', 'naik', state({ mode: 'tempel', pasted: 'Rp 1.000.000\n\n2.500.000,50\n' }));
    expect(good.result?.jenis === 'realisasi' && good.result.result.formatted).toBe(`Rp${NBSP}3.500.000,50`);
    expect(good.status.p!.read).toBe('2 entri');
    const bad = evaluate(INVESTASI, 'rupiah', 'naik', state({ mode: 'tempel', pasted: '1.000\n\n1.5\n-3' }));
    expect(bad.errors.map((error) => error.message)).toEqual([expect.stringMatching(/^Baris 3: Desimal ditulis dengan koma/)]);
    const negative = evaluate(INVESTASI, 'rupiah', 'naik', state({ mode: 'tempel', pasted: '1.000\n\n-3' }));
    expect(negative.errors).toEqual([{ name: 'p', message: 'Baris 3: Entri 2 tidak boleh negatif.' }]);
  });

  it('IKM from totals and from pasted answers', () => {
    const fields: Record<string, string> = { r: '29' };
    [105, 101, 100, 116, 102, 105, 106, 105, 115].forEach((total, index) => {
      fields[`u${index + 1}`] = String(total);
    });
    const totals = evaluate(IKM, 'indeks', 'naik', state({ fields }), ikmEngine);
    expect(totals.result?.jenis === 'ikm' && totals.result.result.formatted).toBe('91,48');
    const rounded = evaluate(IKM, 'indeks', 'naik', state({ fields, weight: 'rounded' }), ikmEngine);
    expect(rounded.result?.jenis === 'ikm' && rounded.result.result.formatted).toBe('91,38');
    const pasted = evaluate(IKM, 'indeks', 'naik', state({ mode: 'tempel', pasted: '4 4 4 4 4 4 4 4 4\n3 3 3 3 3 3 3 3 3' }), ikmEngine);
    expect(pasted.result?.jenis === 'ikm' && pasted.result.result.formatted).toBe('87,50'); // NRR 3,5 × 25
    expect(pasted.status.p!.read).toBe('2 responden; total per unsur 7, 7, 7, 7, 7, 7, 7, 7, 7');
  });

  it('IKM: a total out of range is shown on its unsur field', () => {
    const evaluation = evaluate(IKM, 'indeks', 'naik', state({ fields: { r: '10', u1: '41', u2: '10', u3: '10', u4: '10', u5: '10', u6: '10', u7: '10', u8: '10', u9: '10' } }), ikmEngine);
    expect(evaluation.errors.map((error) => error.name)).toEqual(['u1']);
  });

  it('IKM and SAKIP wait for their engine (loaded lazily), without errors or result', () => {
    const evaluation = evaluate(SAKIP, 'nilai', 'naik', state({ fields: { s1: '27', s2: '27', s3: '13,5', s4: '22,5' } }));
    expect(evaluation).toMatchObject({ loading: true, errors: [] });
    expect(evaluation.result).toBeUndefined();
  });

  it('loadEngine gives the IKM and SAKIP modules, nothing for the other kinds', async () => {
    const { loadEngine } = await import('../../../src/components/calculator/model');
    expect(typeof (await loadEngine('ikm'))?.ikmScore).toBe('function');
    expect(typeof (await loadEngine('sakip'))?.sakipScore).toBe('function');
    expect(loadEngine('persentase')).toBeUndefined();
  });

  it('SAKIP: total and predikat, a component over its max on its field', () => {
    const good = evaluate(SAKIP, 'nilai', 'naik', state({ fields: { s1: '27', s2: '27', s3: '13,5', s4: '22,5' } }), sakipEngine);
    expect(good.result?.jenis === 'sakip' && good.result.result.predikat.predikat).toBe('A');
    const bad = evaluate(SAKIP, 'nilai', 'naik', state({ fields: { s1: '27', s2: '27', s3: '16', s4: '22,5' } }), sakipEngine);
    expect(bad.errors.map((error) => error.name)).toEqual(['s3']);
  });
});

describe('URL state', () => {
  it('writes stable short names, leaves blanks out and keeps other parameters', () => {
    const query = queryFromState(LOWONGAN, state({ fields: { a: '3.120', b: '', t: '80' } }), '?utm=x&a=old');
    expect(query).toBe('?utm=x&a=3.120&t=80');
  });

  it('writes entries as repeated e, pasted text as m=tempel&p', () => {
    expect(queryFromState(INVESTASI, state({ entries: ['1.000', '', 'Rp 2.000'] }))).toBe('?e=1.000&e=Rp+2.000');
    expect(queryFromState(INVESTASI, state({ mode: 'tempel', pasted: '1.000\n2.000' }))).toBe('?m=tempel&p=1.000%0A2.000');
    expect(queryFromState(IKM, state({ weight: 'rounded', fields: { r: '29' } }))).toBe('?r=29&w=0111');
    expect(queryFromState(LOWONGAN, EMPTY_STATE)).toBe('');
  });

  it('round trip: state -> URL -> state', () => {
    const original = state({ fields: { r: '29', u1: '105', t: '85' }, weight: 'rounded' });
    const restored = stateFromQuery(IKM, queryFromState(IKM, original));
    expect(restored.state).toEqual(original);
    expect(restored.names).toEqual(['r', 'u1', 't']);
    const sum = state({ entries: ['1.000', 'Rp 2.000'] });
    expect(stateFromQuery(INVESTASI, queryFromState(INVESTASI, sum)).state).toEqual(sum);
  });

  it('treats the URL as untrusted text: unknown parameters ignored, long values cut, markup kept as text', () => {
    const restored = stateFromQuery(LOWONGAN, `?a=${encodeURIComponent('<img src=x onerror=alert(1)>')}&b=${'9'.repeat(500)}&zzz=1&e=5`);
    expect(restored.state.fields).toEqual({ a: '<img src=x onerror=alert(1)>', b: '9'.repeat(MAX_FIELD_LENGTH) });
    expect(restored.state.entries).toEqual(['']); // e is not a field of a percentage
    const evaluation = evaluate(LOWONGAN, 'persen', 'naik', restored.state);
    expect(evaluation.status.a!.error).toMatch(/tanpa tanda < >/);
    expect(evaluation.status.b!.error).toMatch(/terlalu panjang/);
  });
});
