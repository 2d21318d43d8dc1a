/**
 * The inputs as GOV.UK Frontend draws them. `Field`: label, hint, the error beside the field, a
 * text input with `inputmode="decimal"` (or a text area for pasted lists) whose text is kept as
 * typed, the unit outside the field, and how the text was read. `Choice`: radio buttons, for the
 * kinds that offer a choice (how to enter a list, the IKM weight). What a field shows comes from
 * the `fields` of the indicator around it, which `IndicatorFields.tsx` gives each kind's inputs.
 */
import type { ComponentChildren } from 'preact';
import type { FieldSpec, FieldStatus } from '../../domain/calculator/model';

/** What every input of one indicator shares. */
export interface Fields {
  /** Prefix of the element ids. */
  id: string;
  texts: Readonly<Record<string, string>>;
  status: Readonly<Record<string, FieldStatus>>;
  /** The errors to show, by input name. */
  errors: Readonly<Record<string, string>>;
  onText(name: string, text: string): void;
  onLeave(name: string): void;
  /** "Dibaca sebagai:" (`FORM_WORDS`). */
  readAs: string;
}

export interface FieldProps {
  spec: FieldSpec;
  /** The indicator's inputs (`KindInputsProps.fields`). */
  fields: Fields;
  /** Another class on the field (an entry row's). */
  class?: string;
  /** A hint the page writes (the target's), instead of the spec's. */
  hint?: ComponentChildren;
}

export function Field({ spec: { name, param, label, unit, lines, ...spec }, fields, class: extra, hint = spec.hint }: FieldProps) {
  const { id, texts, status, errors, onText, onLeave, readAs } = fields;
  const inputId = `${id}-${name}`;
  const read = status[name]?.read;
  const error = errors[name];
  const unitText = unit && (
    <span class={`calc-unit calc-unit--${unit.position}`} id={`${inputId}-unit`}>
      {unit.text}
    </span>
  );
  const describedBy = [hint && `${inputId}-hint`, error && `${inputId}-error`, unit && `${inputId}-unit`, read && `${inputId}-read`];
  const common = {
    id: inputId,
    name: param ?? name,
    autoComplete: 'off',
    spellcheck: false,
    value: texts[name] ?? '',
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-describedby': describedBy.filter(Boolean).join(' ') || undefined,
    onInput: (event: Event) => onText(name, (event.currentTarget as HTMLInputElement).value),
    onBlur: () => onLeave(name),
  };
  return (
    <div class={['calc-field', error && 'calc-field--error', extra].filter(Boolean).join(' ')}>
      <label class="calc-label" for={inputId}>
        {label}
      </label>
      {hint && (
        <p class="calc-hint" id={`${inputId}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="calc-error-message" id={`${inputId}-error`}>
          <span class="calc-visually-hidden">Kesalahan: </span>
          {error}
        </p>
      )}
      {lines ? (
        <textarea class="calc-textarea" rows={lines} {...common} />
      ) : (
        <div class="calc-input-wrap">
          {unit?.position === 'prefix' && unitText}
          <input class="calc-input" type="text" inputMode="decimal" {...common} />
          {unit?.position === 'suffix' && unitText}
        </div>
      )}
      {read && (
        <p class="calc-read" id={`${inputId}-read`}>
          {readAs} {read}
        </p>
      )}
    </div>
  );
}

export interface ChoiceProps<V extends string> {
  /** Prefix of the element ids (the indicator's). */
  id: string;
  /** The control name and URL parameter: m (mode), w (weight). */
  name: string;
  /** The options' values, in order. */
  values: readonly V[];
  /** The legend, an optional hint, and each value's label. */
  words: { legend: string; hint?: string } & Readonly<Record<V, string>>;
  value: V;
  onChange(value: V): void;
}

export function Choice<V extends string>({ id, name, values, words, value, onChange }: ChoiceProps<V>) {
  const prefix = `${id}-${name}`;
  return (
    <fieldset class="calc-fieldset" aria-describedby={words.hint && `${prefix}-hint`}>
      <legend class="calc-legend">{words.legend}</legend>
      {words.hint && (
        <p class="calc-hint" id={`${prefix}-hint`}>
          {words.hint}
        </p>
      )}
      <div class="calc-radios">
        {values.map((choice) => (
          <div class="calc-radio" key={choice}>
            <input
              class="calc-radio-input"
              type="radio"
              id={`${prefix}-${choice}`}
              name={name}
              value={choice}
              checked={value === choice}
              onChange={() => onChange(choice)}
            />
            <label class="calc-radio-label" for={`${prefix}-${choice}`}>
              {words[choice]}
            </label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
