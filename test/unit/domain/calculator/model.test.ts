// The calculator form model: inputs per formula, what typed text gives, and the URL state.
import { describe, expect, it } from 'vitest';
import { targetHint } from '../../../../src/components/calculator/achievement-notes';
import { KINDS, computationOf, evaluateIndicator } from '../../../../src/domain/calculator/kinds';
import * as ikm from '../../../../src/domain/calculator/kinds/ikm-computation';
import * as jumlah from '../../../../src/domain/calculator/kinds/sum-computation';
import { ikmKind, loadIkmComputation } from '../../../../src/domain/calculator/kinds/ikm';
import { addRow, removeRow, switchMode } from '../../../../src/domain/calculator/kinds/sum';
import { type CalculatorState, EMPTY_STATE, evaluate, shownErrors, summaryLines } from '../../../../src/domain/calculator/model';
import { MAX_FIELD_LENGTH, queryFromState, stateFromQuery } from '../../../../src/domain/calculator/url-state';
import type { FormulaDefinition, Polarity } from '../../../../src/domain/formula/definition';
import { NBSP } from '../../../../src/domain/number/format';

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

function indicator(rumus: FormulaDefinition, satuan: string, polaritas: Polarity = 'naik') {
  return { rumus, satuan, polaritas, id: 'ind' };
}

/** Evaluates what is typed in the calculator of `rumus`, with what its kind computes with. */
function run(rumus: FormulaDefinition, satuan: string, polaritas: Polarity, typed: CalculatorState) {
  return evaluateIndicator(indicator(rumus, satuan, polaritas), typed, computationOf(rumus, { ikm, jumlah }));
}

/** The inputs of a formula's empty form, the target last. */
function inputs(rumus: FormulaDefinition, satuan = 'persen', typed = EMPTY_STATE) {
  return run(rumus, satuan, 'naik', typed).inputs;
}

describe('inputs: labels in the decree words, units outside the field', () => {
  it('persentase: pembilang a and penyebut b', () => {
    expect(inputs(LOWONGAN).slice(0, -1)).toEqual([
      { name: 'a', label: 'Jumlah lowongan yang terpenuhi', unit: { text: 'lowongan', position: 'suffix' } },
      { name: 'b', label: 'Jumlah lowongan terdaftar', unit: { text: 'lowongan', position: 'suffix' } },
    ]);
  });

  it('a fixed whole is not an input', () => {
    expect(inputs(TRANSMIGRASI).map((field) => field.name)).toEqual(['a', 't']);
  });

  it('IKM: respondents r and the nine unsur u1-u9, named; or the pasted answers p', () => {
    const fields = inputs(IKM, 'indeks');
    expect(fields.map((field) => field.name)).toEqual(['r', 'u1', 'u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 't']);
    expect(fields[8]!.label).toBe('8. Penanganan Pengaduan, Saran dan Masukan');
    expect(inputs(IKM, 'indeks', state({ paste: true })).map((field) => field.name)).toEqual(['p', 't']);
  });

  it('SAKIP: four components with their maximum in the label', () => {
    expect(inputs(SAKIP, 'nilai').slice(0, -1).map((field) => field.label)).toEqual([
      'Perencanaan Kinerja (maks. 30)',
      'Pengukuran Kinerja (maks. 30)',
      'Pelaporan Kinerja (maks. 15)',
      'Evaluasi Akuntabilitas Kinerja Internal (maks. 25)',
    ]);
  });

  it('sum: one input per entry row (all named e), or the pasted list p', () => {
    const rows = inputs(INVESTASI, 'rupiah', state({ rows: [0, 3] }));
    expect(rows.map((field) => [field.name, field.param, field.label])).toEqual([
      ['e-0', 'e', 'Entri 1'],
      ['e-3', 'e', 'Entri 2'],
      ['t', undefined, 'Target tahun ini'],
    ]);
    expect(rows[0]!.unit).toEqual({ text: 'Rp', position: 'prefix' });
    expect(inputs(INVESTASI, 'rupiah', state({ paste: true })).map((field) => field.name)).toEqual(['p', 't']);
  });

  it('the target is written in the unit of the realisation', () => {
    const target = (rumus: FormulaDefinition, satuan: string) => run(rumus, satuan, 'naik', EMPTY_STATE).target;
    expect(target(LOWONGAN, 'persen').unit).toEqual({ text: '%', position: 'suffix' });
    expect(target(INVESTASI, 'rupiah').unit).toEqual({ text: 'Rp', position: 'prefix' });
    expect(target({ jenis: 'cacah', besaran: { label: 'Jumlah promosi', satuan: 'kegiatan' } }, 'jumlah').unit).toEqual({ text: 'kegiatan', position: 'suffix' });
    expect(target(IKM, 'indeks').unit).toBeUndefined();
    expect(target(SAKIP, 'nilai').unit).toBeUndefined();
    expect(targetHint('turun')).toMatch(/makin rendah/);
    expect(targetHint('naik')).toMatch(/makin tinggi/);
  });

  it('every formula kind has its reading', () => {
    expect(Object.keys(KINDS).sort()).toEqual(['cacah', 'ikm', 'jumlah', 'nilai', 'persentase', 'rasio', 'sakip']);
  });
});

describe('evaluate', () => {
  it('an empty form: blanks are errors (shown after submit), no result', () => {
    const evaluation = run(LOWONGAN, 'persen', 'naik', EMPTY_STATE);
    expect(evaluation.result).toBeUndefined();
    expect(evaluation.errors).toEqual([
      { name: 'a', message: 'Isi Jumlah lowongan yang terpenuhi.' },
      { name: 'b', message: 'Isi Jumlah lowongan terdaftar.' },
    ]);
    expect(evaluation.status.a).toEqual({ empty: true, error: 'Isi Jumlah lowongan yang terpenuhi.' });
    expect(evaluation.status.t).toEqual({ empty: true }); // the target is optional
  });

  it('computes the realisation, shows each input as read, and the capaian', () => {
    const evaluation = run(LOWONGAN, 'persen', 'naik', state({ texts: { a: '3.120', b: '4.000', t: '80%' } }));
    expect(evaluation.errors).toEqual([]);
    expect(evaluation.status.a!.read).toBe('3.120 lowongan');
    expect(evaluation.status.t!.read).toBe('80%');
    expect(evaluation.result?.steps).toEqual(['3.120 / 4.000 × 100%', '= 78%']);
    expect(evaluation.achievement?.formatted).toBe('97,5%');
    expect(evaluation.achievement?.band.kategori).toBe('Sangat Baik');
  });

  it('no result at all while any input is invalid, the target included', () => {
    const evaluation = run(LOWONGAN, 'persen', 'naik', state({ texts: { a: '3120', b: '4000', t: '8o' } }));
    expect(evaluation.result).toBeUndefined();
    expect(evaluation.achievement).toBeUndefined();
    expect(evaluation.errors.map((error) => error.name)).toEqual(['t']);
  });

  it('target 0 is an error on the target, and withholds the result', () => {
    const evaluation = run(LOWONGAN, 'persen', 'naik', state({ texts: { a: '1', b: '2', t: '0' } }));
    expect(evaluation.result).toBeUndefined();
    expect(evaluation.status.t!.error).toMatch(/Target tidak boleh 0/);
  });

  it('whole 0 is an error on the whole', () => {
    const evaluation = run(LOWONGAN, 'persen', 'naik', state({ texts: { a: '1', b: '0' } }));
    expect(evaluation.result).toBeUndefined();
    expect(evaluation.status.b!.error).toMatch(/tidak boleh 0/);
  });

  it('part > whole: a warning with the result', () => {
    const evaluation = run(LOWONGAN, 'persen', 'naik', state({ texts: { a: '5', b: '4' } }));
    expect(evaluation.result?.warnings).toHaveLength(1);
  });

  it('fixed whole 125: only the part is needed', () => {
    const evaluation = run(TRANSMIGRASI, 'persen', 'naik', state({ texts: { a: '100' } }));
    expect(evaluation.result?.formatted).toBe('80%');
  });

  it('sum, row by row: empty rows ignored, bad rows named by their row', () => {
    const rows = { rows: [0, 1, 2, 3] };
    const evaluation = run(INVESTASI, 'rupiah', 'naik', state({ ...rows, texts: { 'e-0': 'Rp 2.500.000.000,50', 'e-1': '', 'e-2': '0,001', 'e-3': 'x' } }));
    expect(evaluation.result).toBeUndefined();
    expect(evaluation.status['e-0']!.read).toBe(`Rp${NBSP}2.500.000.000,50`);
    expect(evaluation.errors.map((error) => error.name)).toEqual(['e-3']);
    const fixed = run(INVESTASI, 'rupiah', 'naik', state({ rows: [0, 1, 2], texts: { 'e-0': 'Rp 2.500.000.000,50', 'e-1': '', 'e-2': '0,001' } }));
    expect(fixed.errors).toEqual([{ name: 'e-2', message: 'Entri 2: Rupiah paling banyak 2 angka di belakang koma (sen).' }]);
  });

  it('sum, no entry at all: asked for on the first row', () => {
    const evaluation = run(INVESTASI, 'rupiah', 'naik', state({ rows: [4, 5] }));
    expect(evaluation.errors).toEqual([{ name: 'e-4', message: 'Isi paling sedikit satu entri Realisasi investasi PMDN menurut LKPM.' }]);
  });

  it('sum, pasted: one figure per line, problems named by line', () => {
    const good = run(INVESTASI, 'rupiah', 'naik', state({ paste: true, texts: { p: 'Rp 1.000.000\n\n2.500.000,50\n' } }));
    expect(good.result?.formatted).toBe(`Rp${NBSP}3.500.000,50`);
    expect(good.status.p!.read).toBe('2 entri');
    const bad = run(INVESTASI, 'rupiah', 'naik', state({ paste: true, texts: { p: '1.000\n\n1.5\n-3' } }));
    expect(bad.errors.map((error) => error.message)).toEqual([expect.stringMatching(/^Baris 3: Desimal ditulis dengan koma/)]);
    const negative = run(INVESTASI, 'rupiah', 'naik', state({ paste: true, texts: { p: '1.000\n\n-3' } }));
    expect(negative.errors).toEqual([{ name: 'p', message: 'Baris 3: Entri 2 tidak boleh negatif.' }]);
    const many = run(INVESTASI, 'rupiah', 'naik', state({ paste: true, texts: { p: 'a\nb\nc\nd\ne' } }));
    expect(many.errors[0]!.message).toMatch(/^Baris 1: .* Baris 2: .* Baris 3: .* Ada 2 baris lain yang juga bermasalah\.$/);
  });

  it('IKM from totals and from pasted answers', () => {
    const texts: Record<string, string> = { r: '29' };
    [105, 101, 100, 116, 102, 105, 106, 105, 115].forEach((total, index) => {
      texts[`u${index + 1}`] = String(total);
    });
    const totals = run(IKM, 'indeks', 'naik', state({ texts }));
    expect(totals.result?.formatted).toBe('91,48');
    const rounded = run(IKM, 'indeks', 'naik', state({ texts, rounded: true }));
    expect(rounded.result?.formatted).toBe('91,38');
    const pasted = run(IKM, 'indeks', 'naik', state({ paste: true, texts: { p: '4 4 4 4 4 4 4 4 4\n3 3 3 3 3 3 3 3 3' } }));
    expect(pasted.result?.formatted).toBe('87,50'); // NRR 3,5 × 25
    expect(pasted.status.p!.read).toBe('2 responden; total per unsur 7, 7, 7, 7, 7, 7, 7, 7, 7');
  });

  it('IKM: the computation is given, not kept: without it the inputs are read and no result comes', async () => {
    const texts: Record<string, string> = { r: '29' };
    [105, 101, 100, 116, 102, 105, 106, 105, 115].forEach((total, index) => {
      texts[`u${index + 1}`] = String(total);
    });
    const indikator = { rumus: { jenis: 'ikm' as const }, satuan: 'indeks', polaritas: 'naik' as const, id: 'ind' };
    const before = evaluate(ikmKind, indikator, state({ texts }));
    expect(before.errors).toEqual([]);
    expect(before.status.u4!.read).toBe('116');
    expect(before.result).toBeUndefined();
    const computation = await loadIkmComputation();
    expect(evaluate(ikmKind, indikator, state({ texts }), computation).result?.formatted).toBe('91,48');
    // Loading it changed nothing for a call without it.
    expect(evaluate(ikmKind, indikator, state({ texts })).result).toBeUndefined();
  });

  it('IKM: a total out of range is shown on its unsur field', () => {
    const evaluation = run(IKM, 'indeks', 'naik', state({ texts: { r: '10', u1: '41', u2: '10', u3: '10', u4: '10', u5: '10', u6: '10', u7: '10', u8: '10', u9: '10' } }));
    expect(evaluation.errors.map((error) => error.name)).toEqual(['u1']);
  });

  it('SAKIP: total and predikat, a component over its max on its field', () => {
    const good = run(SAKIP, 'nilai', 'naik', state({ texts: { s1: '27', s2: '27', s3: '13,5', s4: '22,5' } }));
    expect(good.result && 'predikat' in good.result && good.result.predikat).toMatchObject({ predikat: 'A' });
    const bad = run(SAKIP, 'nilai', 'naik', state({ texts: { s1: '27', s2: '27', s3: '16', s4: '22,5' } }));
    expect(bad.errors.map((error) => error.name)).toEqual(['s3']);
  });
});

describe('which errors show, and the error summary', () => {
  const empty = run(LOWONGAN, 'persen', 'naik', state({ texts: { a: 'x' } }));

  it('before a submit: only the errors of inputs left with text in them', () => {
    expect(shownErrors(empty, { touched: {}, sent: false })).toEqual({});
    // b is blank: left blank is not yet an error
    expect(Object.keys(shownErrors(empty, { touched: { a: true, b: true }, sent: false }))).toEqual(['a']);
  });

  it('after a submit: every error, blanks included', () => {
    expect(Object.keys(shownErrors(empty, { touched: {}, sent: true }))).toEqual(['a', 'b']);
  });

  it('the summary names each input in form order and links to its element id', () => {
    const lines = summaryLines(empty, shownErrors(empty, { touched: {}, sent: true }), 'ind');
    expect(lines.map((line) => line.inputId)).toEqual(['ind-a', 'ind-b']);
    expect(lines[0]!.text).toMatch(/^Jumlah lowongan yang terpenuhi: Tidak terbaca sebagai angka/);
    // A blank's message already names the input.
    expect(lines[1]!.text).toBe('Isi Jumlah lowongan terdaftar.');
  });
});

describe('sum rows: pure state changes', () => {
  it('adds a row with a new key, and removes a row with its text', () => {
    const added = addRow(state({ rows: [0, 2], texts: { 'e-0': '1', 'e-2': '2' } }));
    expect(added.key).toBe(3);
    expect(added.state.rows).toEqual([0, 2, 3]);
    const removed = removeRow(added.state, 1);
    expect(removed.rows).toEqual([0, 3]);
    expect(removed.texts).toEqual({ 'e-0': '1' });
    // The key of a removed last row is used again, and its old text does not come back.
    expect(addRow(removeRow(state({ rows: [0, 1], texts: { 'e-1': '9' } }), 1)).state.texts).toEqual({});
  });

  it('switching to paste carries the rows across, and back again fills empty rows from the lines', () => {
    const pasted = switchMode(state({ rows: [0, 1, 2], texts: { 'e-0': '1.000', 'e-1': '', 'e-2': 'Rp 2.000' } }), true);
    expect(pasted.paste).toBe(true);
    expect(pasted.texts.p).toBe('1.000\nRp 2.000');
    // The rows keep their text: switching back loses nothing.
    expect(switchMode(pasted, false).texts['e-2']).toBe('Rp 2.000');
    const typedOnlyInPaste = switchMode(state({ paste: true, rows: [0], texts: { p: '5\n\n7' } }), false);
    expect(typedOnlyInPaste.rows.map((key) => typedOnlyInPaste.texts[`e-${key}`])).toEqual(['5', '7']);
  });
});

describe('URL state', () => {
  const query = (rumus: FormulaDefinition, satuan: string, typed: CalculatorState, search = '') =>
    queryFromState(run(rumus, satuan, 'naik', typed).query, search);

  it('writes stable short names, leaves blanks out and keeps other parameters', () => {
    expect(query(LOWONGAN, 'persen', state({ texts: { a: '3.120', b: '', t: '80' } }), '?utm=x&a=old')).toBe('?utm=x&a=3.120&t=80');
  });

  it('writes entries as repeated e, pasted text as m=tempel&p', () => {
    expect(query(INVESTASI, 'rupiah', state({ rows: [0, 1, 2], texts: { 'e-0': '1.000', 'e-1': '', 'e-2': 'Rp 2.000' } }))).toBe('?e=1.000&e=Rp+2.000');
    expect(query(INVESTASI, 'rupiah', state({ paste: true, texts: { p: '1.000\n2.000' } }))).toBe('?m=tempel&p=1.000%0A2.000');
    expect(query(IKM, 'indeks', state({ rounded: true, texts: { r: '29' } }))).toBe('?r=29&w=0111');
    expect(query(LOWONGAN, 'persen', EMPTY_STATE)).toBe('');
  });

  it('round trip: state -> URL -> state', () => {
    const original = state({ texts: { r: '29', u1: '105', t: '85' }, rounded: true });
    const restored = stateFromQuery(query(IKM, 'indeks', original));
    expect(restored.state).toEqual(original);
    expect(restored.names).toEqual(['r', 'u1', 't']);
    const sum = state({ rows: [0, 1], texts: { 'e-0': '1.000', 'e-1': 'Rp 2.000' } });
    expect(stateFromQuery(query(INVESTASI, 'rupiah', sum)).state).toEqual(sum);
  });

  it('treats the URL as untrusted text: unknown parameters ignored, long values cut, markup kept as text', () => {
    const restored = stateFromQuery(`?a=${encodeURIComponent('<img src=x onerror=alert(1)>')}&b=${'9'.repeat(500)}&zzz=1&e=5`);
    expect(restored.state.texts.a).toBe('<img src=x onerror=alert(1)>');
    expect(restored.state.texts.b).toBe('9'.repeat(MAX_FIELD_LENGTH));
    expect(restored.state.texts).not.toHaveProperty('zzz');
    const evaluation = run(LOWONGAN, 'persen', 'naik', restored.state);
    expect(evaluation.inputs.map((field) => field.name)).toEqual(['a', 'b', 't']); // e is not a field of a percentage
    expect(queryFromState(evaluation.query, '?e=5&zzz=1')).not.toMatch(/\be=/);
    expect(evaluation.status.a!.error).toMatch(/tanpa tanda < >/);
    expect(evaluation.status.b!.error).toMatch(/terlalu panjang/);
  });
});
