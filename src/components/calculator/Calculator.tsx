/**
 * The calculator of one indicator: staff type their own figures and see the realisation, the
 * working with their numbers, and the capaian against a target. It renders what `model.ts` works
 * out and wires the events; the rules live in `src/domain`. Rendered on the server (an empty,
 * valid form) and hydrated on the page with `client:visible`.
 *
 * Form patterns follow GOV.UK Frontend: text inputs with `inputmode="decimal"`, errors beside the
 * field and in a summary at the top, the person's text kept as typed. The inputs are mirrored in
 * the URL (`url-state.ts`) so a computation can be shared and printed.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ACHIEVEMENT_BANDS, type Achievement } from '../../domain/achievement';
import type { FormulaDefinition, Polarity } from '../../domain/formula/definition';
import type { IkmResult } from '../../domain/ikm';
import { IKM_WEIGHT_LABELS as IKM_WEIGHTS } from '../../domain/ikm-survey';
import { roundFraction } from '../../domain/number/fraction';
import { formatExactNumber, formatNumber } from '../../domain/number/format';
import {
  type CalculatorResult,
  type CalculatorState,
  EMPTY_STATE,
  type EntryMode,
  type FieldSpec,
  type FieldStatus,
  NAME,
  entryName,
  type FormulaEngine,
  evaluate,
  fieldGroups,
  hasEntryModes,
  loadEngine,
  targetSpec,
  unitOf,
} from './model';
import { WEIGHT_VALUES, queryFromState, stateFromQuery } from './url-state';
import './calculator.css';

export interface CalculatorProps {
  /** The indicator's formula definition, from its content file. */
  rumus: FormulaDefinition;
  /** Whether a higher or a lower realisation is better. */
  polaritas: Polarity;
  /** The indicator's unit ("persen", "rupiah", ...). */
  satuan: string;
  /** The indicator's name, for the form's accessible name. */
  indikator: string;
  /** Prefix of every element id, unique on the page (the indicator's slug). */
  id: string;
}

const MODE_LABELS: Record<'jumlah' | 'ikm', Record<EntryMode, string>> = {
  jumlah: { isian: 'Isi satu per satu', tempel: 'Tempel daftar angka (satu angka per baris)' },
  ikm: { isian: 'Isi total nilai per unsur', tempel: 'Tempel jawaban responden dari lembar kerja' },
};

interface FieldProps {
  inputId: string;
  spec: FieldSpec;
  value: string;
  status: FieldStatus | undefined;
  error: string | undefined;
  onValue: (value: string) => void;
  onLeave: () => void;
  extraClass?: string;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter((value): value is string => Boolean(value));
  return list.length > 0 ? list.join(' ') : undefined;
}

/** A label, hint, error message, the input with its unit outside it, and the value as read. */
function NumberField({ inputId, spec, value, status, error, onValue, onLeave, extraClass }: FieldProps) {
  const hintId = spec.hint ? `${inputId}-hint` : undefined;
  const unitId = spec.unit ? `${inputId}-unit` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const readId = status?.read ? `${inputId}-read` : undefined;
  const unit = spec.unit && (
    <span class={`calc-unit calc-unit--${spec.unit.position}`} id={unitId}>
      {spec.unit.text}
    </span>
  );
  return (
    <div class={`calc-field${error ? ' calc-field--error' : ''}${extraClass ? ` ${extraClass}` : ''}`}>
      <label class="calc-label" for={inputId}>
        {spec.label}
      </label>
      {spec.hint && (
        <p class="calc-hint" id={hintId}>
          {spec.hint}
        </p>
      )}
      {error && (
        <p class="calc-error-message" id={errorId}>
          <span class="calc-visually-hidden">Kesalahan: </span>
          {error}
        </p>
      )}
      <div class="calc-input-wrap">
        {spec.unit?.position === 'prefix' && unit}
        <input
          class="calc-input"
          id={inputId}
          name={spec.name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellcheck={false}
          value={value}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={describedBy(hintId, errorId, unitId, readId)}
          onInput={(event) => onValue(event.currentTarget.value)}
          onBlur={onLeave}
        />
        {spec.unit?.position === 'suffix' && unit}
      </div>
      {status?.read && (
        <p class="calc-read" id={readId}>
          Dibaca sebagai: {status.read}
        </p>
      )}
    </div>
  );
}

interface PasteProps {
  inputId: string;
  label: string;
  hint: string;
  value: string;
  status: FieldStatus | undefined;
  error: string | undefined;
  onValue: (value: string) => void;
  onLeave: () => void;
}

function PasteField({ inputId, label, hint, value, status, error, onValue, onLeave }: PasteProps) {
  const errorId = error ? `${inputId}-error` : undefined;
  const readId = status?.read ? `${inputId}-read` : undefined;
  return (
    <div class={`calc-field${error ? ' calc-field--error' : ''}`}>
      <label class="calc-label" for={inputId}>
        {label}
      </label>
      <p class="calc-hint" id={`${inputId}-hint`}>
        {hint}
      </p>
      {error && (
        <p class="calc-error-message" id={errorId}>
          <span class="calc-visually-hidden">Kesalahan: </span>
          {error}
        </p>
      )}
      <textarea
        class="calc-textarea"
        id={inputId}
        name={NAME.pasted}
        rows={8}
        spellcheck={false}
        autoComplete="off"
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(`${inputId}-hint`, errorId, readId)}
        onInput={(event) => onValue(event.currentTarget.value)}
        onBlur={onLeave}
      />
      {status?.read && (
        <p class="calc-read" id={readId}>
          Dibaca sebagai: {status.read}
        </p>
      )}
    </div>
  );
}

interface Choice<T extends string> {
  value: T;
  label: string;
}

function Radios<T extends string>(props: {
  idPrefix: string;
  name: string;
  legend: string;
  hint?: string;
  choices: Choice<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  const hintId = props.hint ? `${props.idPrefix}-hint` : undefined;
  return (
    <fieldset class="calc-fieldset" aria-describedby={hintId}>
      <legend class="calc-legend">{props.legend}</legend>
      {props.hint && (
        <p class="calc-hint" id={hintId}>
          {props.hint}
        </p>
      )}
      <div class="calc-radios">
        {props.choices.map((choice) => {
          const choiceId = `${props.idPrefix}-${choice.value}`;
          return (
            <div class="calc-radio" key={choice.value}>
              <input
                class="calc-radio-input"
                type="radio"
                id={choiceId}
                name={props.name}
                value={choice.value}
                checked={props.value === choice.value}
                onChange={() => props.onChange(choice.value)}
              />
              <label class="calc-radio-label" for={choiceId}>
                {choice.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function Steps({ steps }: { steps: readonly string[] }) {
  if (steps.length === 0) return null;
  return (
    <span class="calc-steps">
      <span class="calc-steps-title">Cara menghitung:</span>
      {steps.map((step, index) => (
        <span class="calc-step" key={index}>
          {step}
        </span>
      ))}
    </span>
  );
}

function Warnings({ warnings }: { warnings: readonly string[] }) {
  return (
    <>
      {warnings.map((warning, index) => (
        <span class="calc-warning" key={index}>
          <strong>Perhatian:</strong> {warning}
        </span>
      ))}
    </>
  );
}

/** The result, as phrasing content only (it sits in an `<output>`). */
function ResultView({ outcome }: { outcome: CalculatorResult }) {
  switch (outcome.jenis) {
    case 'realisasi': {
      const { result } = outcome;
      return (
        <>
          <span class="calc-result-line">
            Realisasi: <strong class="calc-result-value">{result.formatted}</strong>
            {result.short && <span class="calc-result-short"> ({result.short})</span>}
          </span>
          <Steps steps={result.steps} />
          <Warnings warnings={result.warnings} />
        </>
      );
    }
    case 'ikm': {
      const { result } = outcome;
      return (
        <>
          <span class="calc-result-line">
            IKM: <strong class="calc-result-value">{result.formatted}</strong>, mutu pelayanan{' '}
            <strong>{result.category.mutu}</strong> ({result.category.kinerja})
          </span>
          <span class="calc-result-line">
            Nilai IKM unit {formatNumber(roundFraction(result.unitValue, 4), { min: 2, max: 4 })} dari 4; bobot tiap
            unsur {IKM_WEIGHTS[result.weight].text}.
          </span>
          <Steps steps={result.steps} />
        </>
      );
    }
    case 'sakip': {
      const { result } = outcome;
      return (
        <>
          <span class="calc-result-line">
            Nilai SAKIP: <strong class="calc-result-value">{result.formatted}</strong>, predikat{' '}
            <strong>{result.predikat.predikat}</strong> ({result.predikat.sebutan})
          </span>
          <Steps steps={result.steps} />
        </>
      );
    }
  }
}

function AchievementView({ result, polaritas }: { result: Achievement; polaritas: Polarity }) {
  return (
    <>
      <span class="calc-result-line calc-result-line--capaian">
        Capaian terhadap target: <strong class="calc-result-value">{result.formatted}</strong>, kategori{' '}
        <strong>{result.band.kategori}</strong>
      </span>
      <span class="calc-note">
        {polaritas === 'naik'
          ? 'Polaritas naik: capaian = realisasi / target × 100%.'
          : 'Polaritas turun: capaian = (2 × target − realisasi) / target × 100% (PermenPANRB 6/2022, Bab VI).'}
      </span>
      <Steps steps={result.steps} />
      <Warnings warnings={result.warnings} />
      <span class="calc-source">
        Sumber kategori: {ACHIEVEMENT_BANDS.sumber} {ACHIEVEMENT_BANDS.catatan}
      </span>
    </>
  );
}

function NrrTable({ result, idPrefix }: { result: IkmResult; idPrefix: string }) {
  const weight = IKM_WEIGHTS[result.weight].text;
  const captionId = `${idPrefix}-nrr-caption`;
  return (
    <div class="calc-table-wrap" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table class="calc-table">
        <caption id={captionId}>Nilai rata-rata (NRR) per unsur</caption>
        <thead>
          <tr>
            <th scope="col">No.</th>
            <th scope="col">Unsur</th>
            <th scope="col" class="calc-num">
              Total nilai
            </th>
            <th scope="col" class="calc-num">
              NRR
            </th>
            <th scope="col" class="calc-num">
              NRR × {weight}
            </th>
          </tr>
        </thead>
        <tbody>
          {result.unsur.map((row) => (
            <tr key={row.nomor}>
              <td>{row.nomor}</td>
              <th scope="row">{row.nama}</th>
              <td class="calc-num">{formatExactNumber({ units: row.total, scale: 0 })}</td>
              <td class="calc-num">{formatNumber(roundFraction(row.nrr, 3), { min: 3, max: 3 })}</td>
              <td class="calc-num">{formatNumber(roundFraction(row.nrrTertimbang, 4), { min: 4, max: 4 })}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={4}>
              Nilai IKM unit (jumlah NRR tertimbang)
            </th>
            <td class="calc-num">{formatNumber(roundFraction(result.unitValue, 4), { min: 4, max: 4 })}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The calculator form of one indicator. */
export function Calculator({ rumus, polaritas, satuan, indikator, id }: CalculatorProps) {
  const [state, setState] = useState<CalculatorState>(EMPTY_STATE);
  // Stable keys of the entry rows, so ids, focus and "touched" follow a row when another is removed.
  const [rowKeys, setRowKeys] = useState<number[]>([0]);
  const nextRowKey = useRef(1);
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [focusTarget, setFocusTarget] = useState<string | undefined>(undefined);
  const summaryRef = useRef<HTMLDivElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const [engine, setEngine] = useState<FormulaEngine>({});
  const [engineFailed, setEngineFailed] = useState(false);

  const evaluation = useMemo(
    () => evaluate(rumus, satuan, polaritas, state, engine),
    [rumus, satuan, polaritas, state, engine],
  );

  // IKM and SAKIP load their computation after hydration; the others have it already.
  useEffect(() => {
    loadEngine(rumus.jenis)?.then(setEngine, () => setEngineFailed(true));
  }, [rumus.jenis]);

  // Once hydrated, take over what was typed before the script ran (hydration keeps the text in the
  // fields but not in the state), or else a computation shared through the URL.
  useEffect(() => {
    const typed = new URLSearchParams();
    let typedSomething = false;
    if (formRef.current) {
      for (const [name, value] of new FormData(formRef.current)) {
        if (typeof value !== 'string') continue;
        typed.append(name, value);
        if (name !== NAME.mode && name !== NAME.weight && value.trim() !== '') typedSomething = true;
      }
    }
    const restored = stateFromQuery(rumus, typedSomething ? typed : window.location.search);
    if (restored.names.length > 0 || restored.state.mode !== EMPTY_STATE.mode || restored.state.weight !== EMPTY_STATE.weight) {
      setState(restored.state);
      setRowKeys(restored.state.entries.map((_, index) => index));
      nextRowKey.current = restored.state.entries.length;
      // Restored rows get keys 0..n-1, so a row's "touched" name is e#index.
      setTouched(new Set(restored.names.map((name) => name.replace(`${NAME.entry}.`, 'e#'))));
    }
    setLoaded(true);
  }, []);

  // Mirror the inputs in the URL, without adding history entries.
  useEffect(() => {
    if (!loaded) return;
    const { pathname, search, hash } = window.location;
    const query = queryFromState(rumus, state, search);
    if (query !== search) window.history.replaceState(window.history.state, '', `${pathname}${query}${hash}`);
  }, [loaded, state, rumus]);

  useEffect(() => {
    if (focusTarget === undefined) return;
    if (focusTarget === 'summary') summaryRef.current?.focus();
    else document.getElementById(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const inputId = (name: string): string => `${id}-${name}`;
  const rowInputId = (index: number): string => `${id}-e-${rowKeys[index] ?? index}`;
  const rowTouchName = (index: number): string => `e#${rowKeys[index] ?? index}`;

  /** The error to show now: after the field was left, or after the form was submitted. */
  const shownError = (statusName: string, touchName = statusName): string | undefined => {
    const status = evaluation.status[statusName];
    if (!status?.error) return undefined;
    return submitted || (touched.has(touchName) && !status.empty) ? status.error : undefined;
  };

  const touch = (name: string) => {
    setTouched((current) => (current.has(name) ? current : new Set(current).add(name)));
  };
  // While a field without a shown error is edited again, a new error waits until the field is left
  // (no message for a half-typed "1."); a shown error goes away as soon as the text is valid.
  const editing = (name: string, shown: string | undefined) => {
    if (shown) return;
    setTouched((current) => {
      if (!current.has(name)) return current;
      const next = new Set(current);
      next.delete(name);
      return next;
    });
  };
  const setField = (name: string, value: string) => {
    setState((current) => ({ ...current, fields: { ...current.fields, [name]: value } }));
  };

  const setEntry = (index: number, value: string) => {
    setState((current) => ({ ...current, entries: current.entries.map((entry, i) => (i === index ? value : entry)) }));
  };
  const addEntry = () => {
    const key = nextRowKey.current;
    nextRowKey.current += 1;
    setState((current) => ({ ...current, entries: [...current.entries, ''] }));
    setRowKeys((current) => [...current, key]);
    setFocusTarget(`${id}-e-${key}`);
  };
  const removeEntry = (index: number) => {
    const next = rowKeys[index + 1] ?? rowKeys[index - 1];
    setState((current) => ({ ...current, entries: current.entries.filter((_, i) => i !== index) }));
    setRowKeys((current) => current.filter((_, i) => i !== index));
    setFocusTarget(next === undefined ? `${id}-add` : `${id}-e-${next}`);
  };

  const setMode = (mode: EntryMode) => {
    if (state.mode === mode) return;
    let next: CalculatorState = { ...state, mode };
    if (rumus.jenis === 'jumlah') {
      // Carry the figures across, so switching does not lose what was typed.
      const filled = state.entries.filter((entry) => entry.trim() !== '');
      const lines = state.pasted.split(/\r\n|\r|\n/).filter((line) => line.trim() !== '');
      if (mode === 'tempel' && state.pasted.trim() === '') next = { ...next, pasted: filled.join('\n') };
      if (mode === 'isian' && filled.length === 0 && lines.length > 0) {
        next = { ...next, entries: lines };
        setRowKeys(lines.map((_, index) => nextRowKey.current + index));
        nextRowKey.current += lines.length;
      }
    }
    setState(next);
  };

  const reset = () => {
    setState(EMPTY_STATE);
    setRowKeys([nextRowKey.current]);
    nextRowKey.current += 1;
    setTouched(new Set());
    setSubmitted(false);
  };

  const onSubmit = (event: JSX.TargetedEvent<HTMLFormElement, Event>) => {
    event.preventDefault();
    setSubmitted(true);
    if (evaluation.errors.length > 0) setFocusTarget('summary');
  };

  // The error summary: one line per input, in form order, linking to the input.
  const summary: { inputId: string; text: string }[] = [];
  const seen = new Set<string>();
  const labels: Record<string, string> = {};
  for (const group of fieldGroups(rumus)) for (const field of group.fields) labels[field.name] = field.label;
  const target = targetSpec(rumus, satuan, polaritas);
  labels[target.name] = target.label;
  for (const error of evaluation.errors) {
    if (seen.has(error.name)) continue;
    seen.add(error.name);
    const entryIndex = error.name.startsWith(`${NAME.entry}.`) ? Number(error.name.slice(2)) : undefined;
    const message =
      entryIndex === undefined ? shownError(error.name) : shownError(error.name, rowTouchName(entryIndex));
    if (!message) continue;
    const label =
      entryIndex !== undefined ? `Entri ${entryIndex + 1}` : error.name === NAME.pasted ? 'Isian tempel' : labels[error.name];
    summary.push({
      inputId: entryIndex === undefined ? inputId(error.name) : rowInputId(entryIndex),
      text: label && !message.startsWith(`Isi ${label}`) ? `${label}: ${message}` : message,
    });
  }

  const fieldProps = (spec: FieldSpec) => ({
    inputId: inputId(spec.name),
    spec,
    value: state.fields[spec.name] ?? '',
    status: evaluation.status[spec.name],
    error: shownError(spec.name),
    onValue: (value: string) => {
      editing(spec.name, shownError(spec.name));
      setField(spec.name, value);
    },
    onLeave: () => touch(spec.name),
  });

  const pasteMode = hasEntryModes(rumus) && state.mode === 'tempel';
  const modeLabels = rumus.jenis === 'jumlah' || rumus.jenis === 'ikm' ? MODE_LABELS[rumus.jenis] : undefined;
  const outputFor = [
    ...(rumus.jenis === 'ikm' && pasteMode
      ? []
      : fieldGroups(rumus).flatMap((group) => group.fields.map((field) => inputId(field.name)))),
    ...(rumus.jenis === 'jumlah' && !pasteMode ? state.entries.map((_, index) => rowInputId(index)) : []),
    ...(pasteMode ? [inputId(NAME.pasted)] : []),
    inputId(NAME.target),
  ].join(' ');
  const shownErrorCount = summary.length;

  return (
    <form
      id={`${id}-form`}
      class="calc"
      method="get"
      aria-label={`Kalkulator ${indikator}`}
      onSubmit={onSubmit}
      ref={formRef}
    >
      {summary.length > 0 && (
        <div class="calc-error-summary" ref={summaryRef} tabIndex={-1} aria-labelledby={`${id}-summary-title`}>
          <h3 class="calc-error-summary-title" id={`${id}-summary-title`}>
            Ada isian yang perlu diperbaiki
          </h3>
          <ul class="calc-error-summary-list">
            {summary.map((item) => (
              <li key={item.inputId}>
                <a
                  href={`#${item.inputId}`}
                  onClick={(event) => {
                    event.preventDefault();
                    const input = document.getElementById(item.inputId);
                    input?.focus();
                    input?.closest('.calc-field')?.scrollIntoView({ block: 'start' });
                  }}
                >
                  {item.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {rumus.jenis === 'persentase' && 'tetap' in rumus.penyebut && (
        <p class="calc-note">
          Penyebut tetap menurut keputusan: <strong>{rumus.penyebut.label}</strong>.
        </p>
      )}

      {modeLabels && (
        <Radios<EntryMode>
          idPrefix={`${id}-m`}
          name={NAME.mode}
          legend="Cara mengisi"
          choices={[
            { value: 'isian', label: modeLabels.isian },
            { value: 'tempel', label: modeLabels.tempel },
          ]}
          value={state.mode}
          onChange={setMode}
        />
      )}

      {!(rumus.jenis === 'ikm' && pasteMode) &&
        fieldGroups(rumus).map((group, groupIndex) =>
          group.legend ? (
            <fieldset
              class="calc-fieldset"
              key={group.legend}
              aria-describedby={group.hint ? `${id}-g${groupIndex}-hint` : undefined}
            >
              <legend class="calc-legend">{group.legend}</legend>
              {group.hint && (
                <p class="calc-hint" id={`${id}-g${groupIndex}-hint`}>
                  {group.hint}
                </p>
              )}
              {group.fields.map((spec) => (
                <NumberField key={spec.name} {...fieldProps(spec)} />
              ))}
            </fieldset>
          ) : (
            group.fields.map((spec) => <NumberField key={spec.name} {...fieldProps(spec)} />)
          ),
        )}

      {rumus.jenis === 'jumlah' && !pasteMode && (
        <fieldset class="calc-fieldset" aria-describedby={`${id}-entries-hint`}>
          <legend class="calc-legend">{rumus.entri.label}</legend>
          <p class="calc-hint" id={`${id}-entries-hint`}>
            Satu entri per laporan. Baris kosong diabaikan.
          </p>
          {state.entries.map((text, index) => (
            <div class="calc-entry" key={rowKeys[index] ?? index}>
              <NumberField
                inputId={rowInputId(index)}
                spec={{
                  name: NAME.entry,
                  label: `Entri ${index + 1}`,
                  ...(unitOf(rumus.entri.satuan) ? { unit: unitOf(rumus.entri.satuan)! } : {}),
                }}
                value={text}
                status={evaluation.status[entryName(index)]}
                error={shownError(entryName(index), rowTouchName(index))}
                onValue={(value) => {
                  editing(rowTouchName(index), shownError(entryName(index), rowTouchName(index)));
                  setEntry(index, value);
                }}
                onLeave={() => touch(rowTouchName(index))}
                extraClass="calc-field--entry"
              />
              {state.entries.length > 1 && (
                <button type="button" class="calc-button calc-button--secondary calc-button--remove" onClick={() => removeEntry(index)}>
                  Hapus<span class="calc-visually-hidden"> entri {index + 1}</span>
                </button>
              )}
            </div>
          ))}
          <p class="calc-count">
            {state.entries.filter((entry) => entry.trim() !== '').length} entri terisi dari {state.entries.length} baris.
          </p>
          <button type="button" class="calc-button calc-button--secondary" id={`${id}-add`} onClick={addEntry}>
            Tambah entri
          </button>
        </fieldset>
      )}

      {pasteMode && (
        <PasteField
          inputId={inputId(NAME.pasted)}
          label={
            rumus.jenis === 'ikm'
              ? 'Jawaban responden'
              : rumus.jenis === 'jumlah'
                ? `${rumus.entri.label}, satu angka per baris`
                : ''
          }
          hint={
            rumus.jenis === 'ikm'
              ? 'Satu baris per responden: sembilan nilai 1–4 sesuai urutan unsur, dipisahkan tab, titik koma, koma, atau spasi. Salin langsung dari lembar kerja; baris judul kolom dilewati.'
              : 'Salin satu kolom dari lembar kerja: satu angka per baris. Baris kosong diabaikan.'
          }
          value={state.pasted}
          status={evaluation.status[NAME.pasted]}
          error={shownError(NAME.pasted)}
          onValue={(value) => {
            editing(NAME.pasted, shownError(NAME.pasted));
            setState((current) => ({ ...current, pasted: value }));
          }}
          onLeave={() => touch(NAME.pasted)}
        />
      )}

      {rumus.jenis === 'ikm' && (
        <Radios<string>
          idPrefix={`${id}-w`}
          name={NAME.weight}
          legend="Bobot setiap unsur"
          hint="PermenPANRB 14/2017 menetapkan bobot 1/9; formulirnya mencetak 0,111. Dengan 0,111, survei yang semua jawabannya 4 menghasilkan 99,90, bukan 100."
          choices={[
            { value: WEIGHT_VALUES.exact, label: IKM_WEIGHTS.exact.label },
            { value: WEIGHT_VALUES.rounded, label: IKM_WEIGHTS.rounded.label },
          ]}
          value={WEIGHT_VALUES[state.weight]}
          onChange={(value) =>
            setState((current) => ({ ...current, weight: value === WEIGHT_VALUES.rounded ? 'rounded' : 'exact' }))
          }
        />
      )}

      <div class="calc-target">
        <NumberField {...fieldProps(target)} />
      </div>

      <div class="calc-actions">
        <button type="submit" class="calc-button">
          Hitung
        </button>
        <button type="button" class="calc-button calc-button--secondary" onClick={reset}>
          Kosongkan isian
        </button>
      </div>

      <output class="calc-output" id={`${id}-hasil`} for={outputFor} aria-live="polite">
        {evaluation.result ? (
          <>
            <ResultView outcome={evaluation.result} />
            {evaluation.achievement && <AchievementView result={evaluation.achievement} polaritas={polaritas} />}
          </>
        ) : (
          <span class="calc-placeholder">
            {engineFailed
              ? 'Penghitung gagal dimuat. Periksa sambungan internet, lalu muat ulang halaman.'
              : shownErrorCount > 0
                ? `Hasil belum dapat dihitung: perbaiki ${shownErrorCount} isian yang ditandai.`
                : 'Hasil dan cara menghitungnya tampil di sini setelah semua isian terisi.'}
          </span>
        )}
      </output>

      {evaluation.result?.jenis === 'ikm' && <NrrTable result={evaluation.result.result} idPrefix={id} />}
    </form>
  );
}

export default Calculator;
