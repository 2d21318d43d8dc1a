/**
 * The calculator form without the page: which inputs a formula needs (labels in the decree's
 * words, units, URL parameter names), and what the typed text gives (each input as read, the
 * errors tied to inputs, the realisation and the capaian). Pure TypeScript, so the component only
 * renders this and wires events, and every rule here is tested without a browser.
 *
 * Input names double as URL query parameters and as the `name` of the form controls:
 * a, b (pembilang, penyebut); n (besaran); e (entries, repeated); m=tempel and p (pasted text);
 * r, u1-u9 (IKM respondents and unsur totals); w=0111 (IKM weight 0,111); s1-s4 (SAKIP
 * components); t (target).
 */
import { type Achievement, TARGET_FIELD, achievement } from '../../domain/achievement';
import { FIELD, type Realisation, count, entryField, percentage, ratio, resultSatuan, score, sumEntries } from '../../domain/formula/compute';
import type { FormulaDefinition, FormulaKind, Polarity, Quantity, Satuan } from '../../domain/formula/definition';
import type { IkmResult, ikmScore, parseIkmAnswers } from '../../domain/ikm';
import { IKM_FIELD, IKM_UNSUR, type IkmWeight } from '../../domain/ikm-survey';
import { type Decimal, decimal, decimalFromNumber, fractionDigits } from '../../domain/number/decimal';
import { formatExactNumber, formatRupiah } from '../../domain/number/format';
import { parseIndonesianNumber } from '../../domain/number/parse';
import type { Outcome } from '../../domain/outcome';
import type { SakipResult, sakipScore } from '../../domain/sakip';
import { SAKIP_COMPONENTS, sakipField } from '../../domain/sakip-components';

/**
 * The IKM and SAKIP computations, passed to `evaluate` rather than imported, so that they are
 * loaded (`loadEngine`) only on the pages that compute them and the other calculators stay small.
 */
export interface FormulaEngine {
  ikmScore?: typeof ikmScore;
  parseIkmAnswers?: typeof parseIkmAnswers;
  sakipScore?: typeof sakipScore;
}

/** Loads the engine a formula kind needs; undefined when it needs none. */
export function loadEngine(jenis: FormulaKind): Promise<FormulaEngine> | undefined {
  if (jenis === 'ikm') return import('../../domain/ikm');
  if (jenis === 'sakip') return import('../../domain/sakip');
  return undefined;
}

/** How a list or a survey is entered: field by field, or pasted as text. */
export type EntryMode = 'isian' | 'tempel';

/** What the person has typed, as text, exactly as typed. */
export interface CalculatorState {
  /** Single inputs by name (a, b, n, r, u1-u9, s1-s4, t). */
  fields: Readonly<Record<string, string>>;
  /** Sum kind, field by field: one text per entry row. */
  entries: readonly string[];
  /** Sum kind: figures one per line; IKM: raw answers. */
  pasted: string;
  mode: EntryMode;
  weight: IkmWeight;
}

export const EMPTY_STATE: CalculatorState = { fields: {}, entries: [''], pasted: '', mode: 'isian', weight: 'exact' };

/** Names of inputs that are not single fields. */
export const NAME = { entry: 'e', pasted: 'p', mode: 'm', weight: 'w', target: 't' } as const;

/** The name of the i-th entry row's status (the URL repeats `e` instead). */
export function entryName(index: number): string {
  return `${NAME.entry}.${index}`;
}

export interface Unit {
  text: string;
  position: 'prefix' | 'suffix';
}

/** One single-value input. */
export interface FieldSpec {
  /** Form control name and URL parameter. */
  name: string;
  /** The decree's words for the quantity. */
  label: string;
  unit?: Unit;
  hint?: string;
}

/** A group of inputs shown under one legend (IKM unsur, SAKIP components). */
export interface FieldGroup {
  legend: string;
  hint?: string;
  fields: FieldSpec[];
}

/** "Rp" is written before the figure; every other unit after it. */
export function unitOf(satuan: string | undefined): Unit | undefined {
  if (!satuan) return undefined;
  return /^(rp|rupiah|idr)\.?$/i.test(satuan.trim()) ? { text: 'Rp', position: 'prefix' } : { text: satuan, position: 'suffix' };
}

function spec(name: string, quantity: Quantity, hint?: string): FieldSpec {
  const result: FieldSpec = { name, label: quantity.label };
  const unit = unitOf(quantity.satuan);
  if (unit) result.unit = unit;
  if (hint) result.hint = hint;
  return result;
}

/** Unit of a value written in an indicator's `satuan`. */
function unitOfSatuan(satuan: Satuan, word?: string): Unit | undefined {
  if (satuan === 'persen') return { text: '%', position: 'suffix' };
  if (satuan === 'rupiah') return { text: 'Rp', position: 'prefix' };
  if (satuan === 'jumlah') return unitOf(word);
  return undefined;
}

/** IKM unsur input names u1-u9. */
export function unsurName(nomor: number): string {
  return `u${nomor}`;
}

/** SAKIP component input names s1-s4, in `SAKIP_COMPONENTS` order. */
export function sakipName(index: number): string {
  return `s${index + 1}`;
}

/** The single inputs of a formula, grouped; lists and pasted text are handled separately. */
export function fieldGroups(rumus: FormulaDefinition): FieldGroup[] {
  switch (rumus.jenis) {
    case 'persentase':
    case 'rasio': {
      const fields = [spec('a', rumus.pembilang)];
      if (!('tetap' in rumus.penyebut)) fields.push(spec('b', rumus.penyebut));
      return [{ legend: '', fields }];
    }
    case 'cacah':
      return [{ legend: '', fields: [spec('n', rumus.besaran)] }];
    case 'nilai':
      return [
        {
          legend: '',
          fields: [spec('n', rumus.besaran, `Skala ${formatExactNumber(decimalFromNumber(rumus.min))}–${formatExactNumber(decimalFromNumber(rumus.maks))}.`)],
        },
      ];
    case 'jumlah':
      return [];
    case 'ikm':
      return [
        {
          legend: 'Responden',
          fields: [{ name: 'r', label: 'Jumlah responden (kuesioner yang terisi)', unit: { text: 'orang', position: 'suffix' } }],
        },
        {
          legend: 'Total nilai persepsi per unsur',
          hint: 'Jumlah nilai 1–4 dari semua responden untuk setiap unsur, urutan PermenPANRB 14/2017.',
          fields: IKM_UNSUR.map((nama, index) => ({ name: unsurName(index + 1), label: `${index + 1}. ${nama}` })),
        },
      ];
    case 'sakip':
      return [
        {
          legend: 'Nilai komponen menurut Laporan Hasil Evaluasi (LHE) SAKIP',
          hint: 'PermenPANRB 88/2021: bobot komponen 30, 30, 15 dan 25 (jumlah 100).',
          fields: SAKIP_COMPONENTS.map((component, index) => ({
            name: sakipName(index),
            label: `${component.nama} (maks. ${component.maks})`,
          })),
        },
      ];
  }
}

/** Whether a formula takes a list of entries or pasted text (with a mode switch). */
export function hasEntryModes(rumus: FormulaDefinition): boolean {
  return rumus.jenis === 'jumlah' || rumus.jenis === 'ikm';
}

/** The target input, in the unit of the realisation. */
export function targetSpec(rumus: FormulaDefinition, satuan: string, polaritas: Polarity): FieldSpec {
  const unitSatuan = resultSatuan(rumus, satuan);
  const word = rumus.jenis === 'jumlah' ? rumus.entri.satuan : rumus.jenis === 'cacah' ? rumus.besaran.satuan : undefined;
  const result: FieldSpec = {
    name: NAME.target,
    label: 'Target tahun ini',
    hint:
      'Opsional: isi untuk menghitung capaian. ' +
      (polaritas === 'naik'
        ? 'Polaritas indikator ini naik: makin tinggi realisasi, makin baik.'
        : 'Polaritas indikator ini turun: makin rendah realisasi, makin baik.'),
  };
  const unit = unitOfSatuan(unitSatuan, word);
  if (unit) result.unit = unit;
  return result;
}

/** What one input gives: its reading, or why it cannot be read. */
export interface FieldStatus {
  /** The text is blank. */
  empty: boolean;
  /** "1.234.567", "Rp 2.500.000.000,5": how the text was read, so a misreading shows. */
  read?: string;
  error?: string;
}

export type CalculatorResult =
  | { jenis: 'realisasi'; result: Realisation }
  | { jenis: 'ikm'; result: IkmResult }
  | { jenis: 'sakip'; result: SakipResult };

export interface Evaluation {
  /** By input name; entry rows as `entryName(i)`. */
  status: Record<string, FieldStatus>;
  /** Every problem in form order, blanks included; the component decides which to show when. */
  errors: { name: string; message: string }[];
  /** Only when every input is valid. */
  result?: CalculatorResult;
  /** The formula's engine is still loading: no result yet. */
  loading?: boolean;
  achievement?: Achievement;
}

function readWithUnit(value: Decimal, unit: Unit | undefined): string {
  const figure = formatExactNumber(value);
  if (!unit) return figure;
  if (unit.text === 'Rp' && fractionDigits(value) <= 2) return formatRupiah(value);
  if (unit.position === 'prefix') return `${unit.text}\u00a0${figure}`;
  return unit.text === '%' ? `${figure}%` : `${figure} ${unit.text}`;
}

/**
 * Evaluates what the person typed: reads each input, applies the formula when every required input
 * is valid, and the capaian when a target is given too. IKM and SAKIP need their `engine`.
 */
export function evaluate(
  rumus: FormulaDefinition,
  satuan: string,
  polaritas: Polarity,
  state: CalculatorState,
  engine: FormulaEngine = {},
): Evaluation {
  const status: Record<string, FieldStatus> = {};
  const errors: { name: string; message: string }[] = [];
  const values: Record<string, Decimal> = {};

  const note = (name: string, message: string): void => {
    const current = status[name];
    if (current && !current.error) current.error = message;
    errors.push({ name, message });
  };

  const readField = (field: FieldSpec, required: boolean): void => {
    const text = state.fields[field.name] ?? '';
    const read = parseIndonesianNumber(text);
    const current: FieldStatus = { empty: text.trim() === '' };
    status[field.name] = current;
    if (read.ok) {
      current.read = readWithUnit(read.value, field.unit);
      values[field.name] = read.value;
    } else if (!current.empty || required) {
      note(field.name, current.empty ? `Isi ${field.label}.` : read.message);
    }
  };

  const pasteMode = hasEntryModes(rumus) && state.mode === 'tempel';
  for (const group of fieldGroups(rumus)) {
    for (const field of group.fields) {
      if (rumus.jenis === 'ikm' && pasteMode) continue;
      readField(field, true);
    }
  }

  // Domain errors come back keyed by domain field; they are shown on the input of that name.
  const nameOf: Record<string, string> = {
    [FIELD.pembilang]: 'a',
    [FIELD.penyebut]: 'b',
    [FIELD.besaran]: 'n',
    [IKM_FIELD.responden]: 'r',
    [IKM_FIELD.jawaban]: NAME.pasted,
    [TARGET_FIELD]: NAME.target,
  };
  IKM_UNSUR.forEach((_, index) => {
    nameOf[IKM_FIELD.unsur(index + 1)] = unsurName(index + 1);
  });
  SAKIP_COMPONENTS.forEach((component, index) => {
    nameOf[sakipField(component.key)] = sakipName(index);
  });

  const entryLines: number[] = [];
  if (rumus.jenis === 'jumlah') {
    const unit = unitOf(rumus.entri.satuan);
    if (pasteMode) {
      status[NAME.pasted] = { empty: state.pasted.trim() === '' };
      const problems: string[] = [];
      const read: Decimal[] = [];
      state.pasted.split(/\r\n|\r|\n/).forEach((line, index) => {
        if (line.trim() === '') return;
        const parsed = parseIndonesianNumber(line);
        if (parsed.ok) {
          read.push(parsed.value);
          entryLines.push(index + 1);
        } else problems.push(`Baris ${index + 1}: ${parsed.message}`);
      });
      if (problems.length > 0) {
        note(NAME.pasted, problems.length > 3 ? `${problems.slice(0, 3).join(' ')} Ada ${problems.length - 3} baris lain yang juga bermasalah.` : problems.join(' '));
      } else if (read.length > 0) {
        status[NAME.pasted]!.read = `${read.length} entri`;
      }
      read.forEach((value, index) => {
        values[entryField(index)] = value;
      });
      nameOf[FIELD.entri] = NAME.pasted;
    } else {
      let filled = 0;
      state.entries.forEach((text, index) => {
        const name = entryName(index);
        const current: FieldStatus = { empty: text.trim() === '' };
        status[name] = current;
        if (current.empty) return; // an empty row is ignored, not an error
        const parsed = parseIndonesianNumber(text);
        if (parsed.ok) {
          current.read = readWithUnit(parsed.value, unit);
          values[entryField(filled)] = parsed.value;
          nameOf[entryField(filled)] = name;
          filled += 1;
        } else note(name, parsed.message);
      });
      nameOf[FIELD.entri] = entryName(0);
    }
  }

  const loading =
    (rumus.jenis === 'ikm' && !(engine.ikmScore && engine.parseIkmAnswers)) ||
    (rumus.jenis === 'sakip' && !engine.sakipScore);
  let ikmAnswers: ReturnType<typeof parseIkmAnswers> | undefined;
  if (rumus.jenis === 'ikm' && pasteMode) {
    status[NAME.pasted] = { empty: state.pasted.trim() === '' };
  }
  if (rumus.jenis === 'ikm' && pasteMode && engine.parseIkmAnswers) {
    ikmAnswers = engine.parseIkmAnswers(state.pasted);
    if (ikmAnswers.ok) {
      status[NAME.pasted]!.read =
        `${ikmAnswers.respondents} responden; total per unsur ${ikmAnswers.totals.map(formatExactNumber).join(', ')}` +
        (ikmAnswers.headerSkipped ? ' (baris judul dilewati)' : '');
    } else note(NAME.pasted, ikmAnswers.message);
  }

  const target = targetSpec(rumus, satuan, polaritas);
  readField(target, false);

  const outcome = errors.length === 0 && !loading ? compute(rumus, satuan, state, values, engine, ikmAnswers) : undefined;
  if (outcome && !outcome.ok) {
    for (const error of outcome.errors) {
      let name = nameOf[error.field] ?? error.field;
      let message = error.message;
      if (pasteMode && rumus.jenis === 'jumlah' && error.field.startsWith(`${FIELD.entri}.`)) {
        const line = entryLines[Number(error.field.slice(FIELD.entri.length + 1))];
        name = NAME.pasted;
        message = `Baris ${line}: ${message}`;
      }
      note(name, message);
    }
  }

  const evaluation: Evaluation = { status, errors };
  if (loading) evaluation.loading = true;
  if (outcome?.ok) {
    const reported = outcome.result.result.value;
    const targetValue = values[NAME.target];
    if (targetValue) {
      const capaian = achievement(reported, targetValue, polaritas);
      if (capaian.ok) evaluation.achievement = capaian.result;
      else capaian.errors.forEach((error) => note(nameOf[error.field] ?? error.field, error.message));
    }
    if (errors.length === 0) evaluation.result = outcome.result;
    else delete evaluation.achievement;
  }
  return evaluation;
}

function compute(
  rumus: FormulaDefinition,
  satuan: string,
  state: CalculatorState,
  values: Record<string, Decimal>,
  engine: FormulaEngine,
  ikmAnswers: ReturnType<typeof parseIkmAnswers> | undefined,
): Outcome<CalculatorResult> | undefined {
  const realisasi = (outcome: Outcome<Realisation>): Outcome<CalculatorResult> =>
    outcome.ok ? { ok: true, result: { jenis: 'realisasi', result: outcome.result } } : outcome;
  const shownIn = resultSatuan(rumus, satuan);
  switch (rumus.jenis) {
    case 'persentase':
      return values.a ? realisasi(percentage(rumus, values.a, values.b)) : undefined;
    case 'rasio':
      return values.a && values.b ? realisasi(ratio(rumus, values.a, values.b, shownIn)) : undefined;
    case 'cacah':
      return values.n ? realisasi(count(rumus, values.n, shownIn)) : undefined;
    case 'nilai':
      return values.n ? realisasi(score(rumus, values.n, shownIn)) : undefined;
    case 'jumlah': {
      const entries: Decimal[] = [];
      for (let i = 0; values[entryField(i)]; i += 1) entries.push(values[entryField(i)]!);
      return realisasi(sumEntries(rumus, entries));
    }
    case 'ikm': {
      const input =
        state.mode === 'tempel'
          ? ikmAnswers?.ok
            ? { respondents: decimal(ikmAnswers.respondents), totals: ikmAnswers.totals }
            : undefined
          : values.r
            ? { respondents: values.r, totals: IKM_UNSUR.map((_, index) => values[unsurName(index + 1)]!) }
            : undefined;
      if (!input || !engine.ikmScore) return undefined;
      const outcome = engine.ikmScore(input, state.weight);
      return outcome.ok ? { ok: true, result: { jenis: 'ikm', result: outcome.result } } : outcome;
    }
    case 'sakip': {
      if (!engine.sakipScore) return undefined;
      const outcome = engine.sakipScore(SAKIP_COMPONENTS.map((_, index) => values[sakipName(index)]!));
      return outcome.ok ? { ok: true, result: { jenis: 'sakip', result: outcome.result } } : outcome;
    }
  }
}
