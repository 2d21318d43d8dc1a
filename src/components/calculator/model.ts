/**
 * The calculator form without the page: the text typed, what each input gives (its reading, or
 * the error tied to it), the result and the capaian. Every formula kind shares this; a kind
 * (`PercentageCalculator.ts`, `SumCalculator.ts`, ...) only names its inputs and applies its
 * formula from `src/domain`. Rendering is in `form.ts`, so every rule here is tested without a
 * browser.
 *
 * Input names double as URL query parameters and as the `name` of the form controls (see
 * `url-state.ts`); an entry row's input is `e-<row key>`, its parameter `e`.
 */
import type { ComponentChildren } from 'preact';
import { type Achievement, achievement } from '../../domain/achievement';
import type { FormulaDefinition, Polarity, Quantity } from '../../domain/formula/definition';
import { resultSatuan } from '../../domain/formula/realisation';
import { type Decimal, fractionDigits } from '../../domain/number/decimal';
import { formatExactNumber, formatRupiah } from '../../domain/number/format';
import { parseIndonesianNumber } from '../../domain/number/parse';
import type { Outcome, Working } from '../../domain/outcome';

/** What the island of an indicator is given by its page. */
export interface CalculatorProps<F extends FormulaDefinition = FormulaDefinition> {
  /** The indicator's formula definition, from its content file. */
  rumus: F;
  /** Whether a higher or a lower realisation is better. */
  polaritas: Polarity;
  /** The indicator's unit ("persen", "rupiah", ...). */
  satuan: string;
  /** The indicator's name, for the form's accessible name. */
  indikator: string;
  /** Prefix of every element id, unique on the page (the indicator's slug). */
  id: string;
  /**
   * Shown under a capaian: how it is computed for the indicator's polarity, and where its
   * categories come from. Static HTML that the page gives as named slots (`CalculatorIsland.astro`),
   * so that the text costs no script.
   */
  capaianRumus?: ComponentChildren;
  capaianSumber?: ComponentChildren;
}

/** What the person has typed, exactly as typed. */
export interface CalculatorState {
  /** Text by input name: a, b, n, r, u1-u9, s1-s4, t, p (pasted text), e-0, e-1, ... (entry rows). */
  texts: Readonly<Record<string, string>>;
  /** Sum kind: the keys of the entry rows, in order (a row keeps its key when another is removed). */
  rows: readonly number[];
  /** A list or a survey is pasted as text instead of typed field by field (m=tempel). */
  paste: boolean;
  /** IKM: each unsur weighted 0,111 as on the regulation's forms, instead of 1/9 (w=0111). */
  rounded: boolean;
}

export const EMPTY_STATE: CalculatorState = { texts: {}, rows: [0], paste: false, rounded: false };

export interface Unit {
  text: string;
  position: 'prefix' | 'suffix';
}

/** One input. */
export interface FieldSpec {
  /** State key and end of the element id; also the form control name and URL parameter unless `param` says otherwise. */
  name: string;
  /** Form control name and URL parameter, when not `name` (every entry row is `e`). */
  param?: string;
  /** The decree's words for the quantity. */
  label: string;
  unit?: Unit | undefined;
  /** `true`: a hint that only the server writes (see `SERVER_WORDS` in `form.ts`). */
  hint?: string | true | undefined;
  /** A text area of this many lines (pasted lists) instead of a one-line input. */
  lines?: number;
  /** How the error summary names the input, when not by its label. */
  short?: string;
}

/** "Rp" is written before the figure; every other unit after it. */
export function unitOf(satuan: string | undefined): Unit | undefined {
  if (!satuan) return undefined;
  return /^(rp|rupiah|idr)\.?$/i.test(satuan.trim()) ? { text: 'Rp', position: 'prefix' } : { text: satuan, position: 'suffix' };
}

/** The input of a quantity named in the decree's words, with its unit. */
export function quantityInput(name: string, quantity: Quantity, hint?: string): FieldSpec {
  return { name, label: quantity.label, unit: unitOf(quantity.satuan), hint };
}

/** The target input, in the unit of the realisation. */
export function targetSpec({ rumus, satuan, polaritas }: CalculatorProps): FieldSpec {
  const shownIn = resultSatuan(rumus, satuan);
  const word = rumus.jenis === 'jumlah' ? rumus.entri.satuan : rumus.jenis === 'cacah' ? rumus.besaran.satuan : undefined;
  return {
    name: 't',
    label: 'Target tahun ini',
    // Written by the server only: the target field is always there (see `SERVER_WORDS`).
    hint:
      !import.meta.env.SSR ||
      `Opsional: isi untuk menghitung capaian. Polaritas indikator ini ${
        polaritas === 'naik' ? 'naik: makin tinggi' : 'turun: makin rendah'
      } realisasi, makin baik.`,
    unit: unitOf(shownIn === 'persen' ? '%' : shownIn === 'rupiah' ? 'Rp' : shownIn === 'jumlah' ? word : undefined),
  };
}

/** What one input gives: its reading, or why it cannot be read. */
export interface FieldStatus {
  /** The text is blank. */
  empty: boolean;
  /** "1.234.567", "Rp 2.500.000.000,5": how the text was read, so a misreading shows. */
  read?: string;
  error?: string;
}

/** What a formula kind's calculator shows as its result. */
export interface Shown extends Working {
  /** The value as reported: the capaian is computed from it. */
  value: Decimal;
  formatted: string;
  /** Money only: "Rp 12,4 miliar". */
  short?: string | undefined;
}

/** Reads the inputs of one evaluation. */
export interface Reader {
  state: CalculatorState;
  status: Record<string, FieldStatus>;
  /** The input's text, as typed; the input takes its place in the form's order (and the URL's). */
  text(spec: FieldSpec): string;
  /** A URL parameter that is not an input's text (`m=tempel`, `w=0111`), in its place in the URL. */
  param(name: string, value: string): void;
  /** The input read as a number; a blank is an error unless the input is optional. */
  read(spec: FieldSpec, optional?: boolean): Decimal | undefined;
  /** Puts an error on an input (the first one is shown beside it). */
  fail(name: string, message: string): void;
}

/** A formula kind's part of the form: its computation and its inputs on screen. */
export interface KindParts<R extends Shown = Shown> {
  /** The formula on the inputs read, only called when they all read; its errors go on the inputs (`Reader.fail`). */
  compute(): R | undefined;
  /** The result's headline in the output; a realisation's by default. */
  headline?(result: R): ComponentChildren;
  /** Shown after the output (IKM's table of NRR). */
  after?(result: R): ComponentChildren;
  /** The inputs on screen, with whatever helps fill them in. */
  render(form: FormControls): ComponentChildren;
}

/** What a kind's `render` gets from the form (see `form.ts`). */
export interface FormControls {
  props: CalculatorProps;
  state: CalculatorState;
  /** A labelled input with its hint, error, unit and reading. */
  input(spec: FieldSpec, extraClass?: string): ComponentChildren;
  /** Changes the state, given the current one. */
  setState(update: (state: CalculatorState) => Partial<CalculatorState>): void;
  /** The key of the next entry row to add. */
  nextRow: number;
  /** The id of the element to focus after the next render. */
  focusId: string;
}

/**
 * A formula kind: reads its inputs and gives its part of the form. `Kind<never>` is any kind (each
 * takes its own formula).
 */
export type Kind<F extends FormulaDefinition = FormulaDefinition> = (reader: Reader, props: CalculatorProps<F>) => KindParts;

export interface Evaluation {
  /** By input name. */
  status: Record<string, FieldStatus>;
  /** Every problem in form order, blanks included; the form decides which to show when. */
  errors: { name: string; message: string }[];
  /** The inputs in form order, the target last. */
  inputs: FieldSpec[];
  /** The URL parameters of what is typed (see `url-state.ts`). */
  query: [string, string][];
  parts: KindParts;
  /** Only when every input is valid. */
  result?: Shown;
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
 * The result of a computation, or undefined with its errors put on the inputs: `inputs` names the
 * input of each of the computation's field keys.
 */
export function settle<T>(reader: Reader, outcome: Outcome<T>, inputs: Readonly<Record<string, string>>): T | undefined {
  if (outcome.ok) return outcome.result;
  for (const error of outcome.errors) reader.fail(inputs[error.field] ?? error.field, error.message);
  return undefined;
}

/** The inputs of the quantities of the decree's own formulas, by the computation's field keys. */
export const QUANTITY_INPUTS: Readonly<Record<string, string>> = { pembilang: 'a', penyebut: 'b', besaran: 'n' };

/**
 * Evaluates what the person typed: reads each input of the formula kind, applies the formula when
 * every input is valid, and the capaian when a target is given too.
 */
export function evaluate(kind: Kind<never>, props: CalculatorProps, state: CalculatorState): Evaluation {
  const status: Record<string, FieldStatus> = {};
  const errors: Evaluation['errors'] = [];
  const inputs: FieldSpec[] = [];
  const query: [string, string][] = [];
  const param = (name: string, value: string) => {
    query.push([name, value]);
  };
  const fail = (name: string, message: string) => {
    const current = (status[name] ??= { empty: false });
    current.error ??= message;
    errors.push({ name, message });
  };
  const text = (spec: FieldSpec) => {
    const typed = state.texts[spec.name] ?? '';
    inputs.push(spec);
    param(spec.param ?? spec.name, typed);
    status[spec.name] = { empty: typed.trim() === '' };
    return typed;
  };
  const read = (spec: FieldSpec, optional?: boolean) => {
    const number = parseIndonesianNumber(text(spec));
    const current = status[spec.name]!;
    if (number.ok) {
      current.read = readWithUnit(number.value, spec.unit);
      return number.value;
    }
    if (!(current.empty && optional)) fail(spec.name, current.empty ? `Isi ${spec.label}.` : number.message);
    return undefined;
  };

  const parts: KindParts = kind({ state, status, text, read, fail, param }, props as never);
  const target = read(targetSpec(props), true);
  const evaluation: Evaluation = { status, errors, inputs, query, parts };
  const result = errors.length === 0 ? parts.compute() : undefined;
  if (result && target) {
    const capaian = achievement(result.value, target, props.polaritas);
    if (capaian.ok) evaluation.achievement = capaian.result;
    else for (const error of capaian.errors) fail('t', error.message);
  }
  if (result && errors.length === 0) evaluation.result = result;
  else delete evaluation.achievement;

  return evaluation;
}
