/**
 * The calculator without the page: the text typed, what each input gives (its reading, or the
 * error tied to it), the result and the capaian. Pure TypeScript, no Preact: every formula kind
 * shares this, and a kind (`kinds/*.ts`) only names its inputs and applies its formula from
 * `src/domain`. The views (`src/components/calculator/*.tsx`) render what this works out, so every
 * rule here is tested without a browser, and the worksheet evaluates an indicator with the very
 * same code.
 *
 * Input names double as URL query parameters and as the `name` of the form controls (see
 * `url-state.ts`); an entry row's input is `e-<row key>`, its parameter `e`.
 */
import { type Achievement, achievement } from '../achievement';
import type { FormulaDefinition, Polarity, Quantity, Satuan } from '../formula/definition';
import { type Decimal, fractionDigits } from '../number/decimal';
import { formatExactNumber, formatRupiah } from '../number/format';
import { parseIndonesianNumber } from '../number/parse';
import type { Outcome, Working } from '../outcome';

/** The indicator a calculator computes: what its page (or the worksheet) knows of it. */
export interface IndicatorFormula<F extends FormulaDefinition = FormulaDefinition> {
  /** The indicator's formula definition, from its content file. */
  rumus: F;
  /** Whether a higher or a lower realisation is better. */
  polaritas: Polarity;
  /** The indicator's unit ("persen", "rupiah", ...). */
  satuan: string;
  /** Prefix of every element id, unique on the page (the indicator's slug, or a short word). */
  id: string;
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

/** The unit written beside an input ("Rp" before it, "%" or "orang" after): not a unit of the office. */
export interface DisplayUnit {
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
  /** Its display unit. */
  unit?: DisplayUnit | undefined;
  hint?: string | undefined;
  /** A text area of this many lines (pasted lists) instead of a one-line input. */
  lines?: number;
  /** How the error summary names the input, when not by its label. */
  short?: string;
}

/** "Rp" is written before the figure; every other unit after it. */
export function displayUnitOf(satuan: string | undefined): DisplayUnit | undefined {
  if (!satuan) return undefined;
  return /^(rp|rupiah|idr)\.?$/i.test(satuan.trim()) ? { text: 'Rp', position: 'prefix' } : { text: satuan, position: 'suffix' };
}

/** The input of a quantity named in the decree's words, with its unit. */
export function quantityInput(name: string, quantity: Quantity, hint?: string): FieldSpec {
  return { name, label: quantity.label, unit: displayUnitOf(quantity.satuan), hint };
}

/**
 * The target input, in the unit the realisation is shown in (`shownIn`, which the kind knows). Its
 * hint (the polarity, in words) is static text that the page writes: `targetHint` in `achievement-notes.ts`.
 */
export function targetSpec({ rumus }: IndicatorFormula, shownIn: Satuan): FieldSpec {
  const word = rumus.jenis === 'jumlah' ? rumus.entri.satuan : rumus.jenis === 'cacah' ? rumus.besaran.satuan : undefined;
  return {
    name: 't',
    label: 'Target tahun ini',
    unit: displayUnitOf(shownIn === 'persen' ? '%' : shownIn === 'rupiah' ? 'Rp' : shownIn === 'jumlah' ? word : undefined),
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

/** What a formula kind makes of its inputs. */
export interface KindReading<R extends Shown, L> {
  /** The kind's inputs as its view lays them out (which spec goes where). */
  layout: L;
  /** The unit the result is shown in, and so the target typed in. */
  satuan: Satuan;
  /** The formula on the inputs read, only called when they all read; its errors go on the inputs (`Reader.fail`). */
  compute(): R | undefined;
}

/**
 * A formula kind: reads its inputs, in form order, and says how to compute. `R` is its result,
 * `L` the layout its view renders (see `KindView` in `src/components/calculator/IndicatorFields.tsx`).
 * `C` is what the kind computes with when that is a module of its own (IKM, jumlah: see
 * `kinds/index.ts`), given by the caller once loaded: without it the kind reads its inputs and
 * gives no result.
 */
export type Kind<F extends FormulaDefinition, R extends Shown = Shown, L = unknown, C = undefined> = (
  reader: Reader,
  indicator: IndicatorFormula<F>,
  computation: C | undefined,
) => KindReading<R, L>;

export interface Evaluation<R extends Shown = Shown, L = unknown> {
  /** By input name. */
  status: Record<string, FieldStatus>;
  /** Every problem in form order, blanks included; `shownErrors` decides which to show when. */
  errors: { name: string; message: string }[];
  /** The inputs in form order, the target last. */
  inputs: FieldSpec[];
  /** The target input. */
  target: FieldSpec;
  /** The URL parameters of what is typed (see `url-state.ts`). */
  query: [string, string][];
  /** The kind's inputs as its view lays them out. */
  layout: L;
  /** Only when every input is valid. */
  result?: R;
  achievement?: Achievement;
}

function readWithUnit(value: Decimal, unit: DisplayUnit | undefined): string {
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
 * every input is valid, and the capaian when a target is given too. Pure: a kind that computes with
 * a module of its own gets it as `computation`, and gives no result without it.
 */
export function evaluate<F extends FormulaDefinition, R extends Shown, L, C>(
  kind: Kind<F, R, L, C>,
  indicator: IndicatorFormula<F>,
  state: CalculatorState,
  computation?: C,
): Evaluation<R, L> {
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

  const { layout, satuan, compute } = kind({ state, status, text, read, fail, param }, indicator, computation);
  const target = targetSpec(indicator, satuan);
  const targetValue = read(target, true);
  const evaluation: Evaluation<R, L> = { status, errors, inputs, target, query, layout };
  const result = errors.length === 0 ? compute() : undefined;
  if (result && targetValue) {
    const outcome = achievement(result.value, targetValue, indicator.polaritas);
    if (outcome.ok) evaluation.achievement = outcome.result;
    else for (const error of outcome.errors) fail('t', error.message);
  }
  if (result && errors.length === 0) evaluation.result = result;
  else delete evaluation.achievement;

  return evaluation;
}

/** Which errors a person has been shown: inputs left at least once since last edited, and whether the form was sent. */
export interface Shownness {
  /** By input name: left at least once since last edited, so its error shows. */
  touched: Readonly<Record<string, boolean>>;
  /** The form was submitted (or the worksheet checked): every error shows. */
  sent: boolean;
}

/**
 * The errors to show beside the inputs, by input name: every error once the form was sent;
 * before, the error of an input that was left, unless it is blank (a blank is not yet an error).
 */
export function shownErrors({ status }: Evaluation, { touched, sent }: Shownness): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [name, { error, empty }] of Object.entries(status)) if (error && (sent || (touched[name] && !empty))) shown[name] = error;
  return shown;
}

/** One line of the error summary: the input's element id and the message naming it. */
export interface SummaryLine {
  inputId: string;
  text: string;
}

/** The error summary's lines, in form order, each naming its input (GOV.UK: the message as beside the field, with the field's name). */
export function summaryLines({ inputs }: Evaluation, shown: Readonly<Record<string, string>>, id: string): SummaryLine[] {
  return inputs.flatMap(({ name, label, short = label }) => {
    const message = shown[name];
    return message ? [{ inputId: `${id}-${name}`, text: message.startsWith(`Isi ${short}`) ? message : `${short}: ${message}` }] : [];
  });
}
