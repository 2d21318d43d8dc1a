/**
 * The calculator form of one indicator, shared by every formula kind: staff type their own figures
 * and see the realisation, the working with their numbers, and the capaian against a target. It
 * renders what `model.ts` works out and wires the events; the rules live in `src/domain`.
 * Rendered on the server (an empty, valid form) and hydrated on the page with `client:visible`.
 *
 * Form patterns follow GOV.UK Frontend: text inputs with `inputmode="decimal"`, errors beside the
 * field and in a summary at the top, the person's text kept as typed. The inputs are mirrored in
 * the URL (`url-state.ts`) so a computation can be shared and printed.
 *
 * An indicator page may load 15 KB gzip of JavaScript in all, Preact and Astro's island runtime
 * included. Hence a class component (`preact/hooks` would add a kilobyte) and `h()` from Preact
 * itself rather than JSX (whose runtime would add its own element factory to every page).
 */
import { Component, type ComponentChildren, type FunctionComponent, h } from 'preact';
import type { FormulaDefinition } from '../../domain/formula/definition';
import type { Working } from '../../domain/outcome';
import {
  type CalculatorProps,
  type CalculatorState,
  EMPTY_STATE,
  type Evaluation,
  type FieldSpec,
  type FormControls,
  type Kind,
  evaluate,
} from './model';
import { queryFromState, stateFromQuery } from './url-state';
import './calculator.css';

/**
 * Fixed words and attributes that only the server writes. An element that is there from the
 * server's render on and never re-created (not inside a part that comes and goes) keeps in the
 * browser what the server wrote: while hydrating, Preact neither sets props nor applies
 * `dangerouslySetInnerHTML`, and afterwards it only changes what differs between two renders. So the
 * script need not carry them: such an element gets its fixed attributes as
 * `...(import.meta.env.SSR && { class: 'calc' })`, and its words as children behind
 * `import.meta.env.SSR &&` with `...SERVER_WORDS` in its props (which keeps the server's text).
 */
export const SERVER_WORDS = import.meta.env.SSR ? {} : { dangerouslySetInnerHTML: { __html: '' } };

/** An element with a class (or props) and children: `el('span', 'calc-step', text)`. */
export const el = (tag: string, props: string | Record<string, unknown>, ...children: ComponentChildren[]) =>
  h(tag, typeof props === 'string' ? { class: props } : props, ...children);

/** The working, line by line, and the warnings, as phrasing content (they sit in an `<output>`). */
const working = ({ steps, warnings }: Working) => [
  steps.length > 0 && el('span', 'calc-steps', el('span', 'calc-steps-title', 'Cara menghitung:'), ...steps.map((line) => el('span', 'calc-step', line))),
  warnings.map((line) => el('span', 'calc-warning', h('strong', null, 'Perhatian:'), ` ${line}`)),
];

interface FormState extends CalculatorState {
  /** Inputs left at least once since last edited: their errors show. */
  touched: Readonly<Record<string, boolean>>;
  /** The form was submitted: every error shows. */
  sent: boolean;
}

type FormProps = CalculatorProps & { kind: Kind<never> };

/** The calculator form of one indicator, for the formula `kind`. */
export class CalculatorForm extends Component<FormProps, FormState> implements FormControls {
  override state: FormState = { ...EMPTY_STATE, touched: {}, sent: false };
  /** The evaluation of the last render. */
  private evaluation?: Evaluation;
  nextRow = 1;
  focusId = '';

  /** The error to show now: after the field was left, or after the form was submitted. */
  private shownError(name: string): string | undefined {
    const status = this.evaluation!.status[name];
    const { touched, sent } = this.state;
    return status?.error && (sent || (touched[name] && !status.empty)) ? status.error : undefined;
  }

  input({ name, param, label, unit, hint, lines }: FieldSpec, extraClass = '') {
    const inputId = `${this.props.id}-${name}`;
    const read = this.evaluation!.status[name]?.read;
    const error = this.shownError(name);
    const unitText = unit && h('span', { class: `calc-unit calc-unit--${unit.position}`, id: `${inputId}-unit` }, unit.text);
    const control = h(lines ? 'textarea' : 'input', {
      class: lines ? 'calc-textarea' : 'calc-input',
      id: inputId,
      name: param ?? name,
      ...(lines ? { rows: lines } : { type: 'text', inputMode: 'decimal' }),
      autoComplete: 'off',
      spellcheck: false,
      value: this.state.texts[name] ?? '',
      'aria-invalid': error ? 'true' : undefined,
      'aria-describedby':
        [hint && `${inputId}-hint`, error && `${inputId}-error`, unit && `${inputId}-unit`, read && `${inputId}-read`].filter(Boolean).join(' ') ||
        undefined,
      onInput: (event: Event) => {
        const text = (event.currentTarget as HTMLInputElement).value;
        // While a field without a shown error is edited again, a new error waits until the field
        // is left (no message for a half-typed "1."); a shown error goes away once the text is valid.
        const keep = !!error;
        this.setState((state) => ({ texts: { ...state.texts, [name]: text }, touched: { ...state.touched, [name]: keep } }));
      },
      onBlur: () => this.setState((state) => ({ touched: { ...state.touched, [name]: true } })),
    });
    return h(
      'div',
      { class: `calc-field${error ? ' calc-field--error' : ''}${extraClass && ` ${extraClass}`}`, key: name },
      h('label', { class: 'calc-label', for: inputId }, label),
      hint && h('p', { class: 'calc-hint', id: `${inputId}-hint`, ...(hint === true && SERVER_WORDS) }, hint),
      error && h('p', { class: 'calc-error-message', id: `${inputId}-error` }, el('span', 'calc-visually-hidden', 'Kesalahan: '), error),
      lines ? control : el('div', 'calc-input-wrap', unit?.position === 'prefix' && unitText, control, unit?.position === 'suffix' && unitText),
      read && h('p', { class: 'calc-read', id: `${inputId}-read` }, 'Dibaca sebagai: ', read),
    );
  }

  // Once hydrated, take over what was typed before the script ran (hydration keeps the text in the
  // fields but not in the state), or else a computation shared through the URL.
  override componentDidMount() {
    const typed = stateFromQuery(new FormData(this.base as HTMLFormElement) as unknown as URLSearchParams);
    const { state, names } = typed.names.length > 0 ? typed : stateFromQuery(location.search);
    this.nextRow = state.rows.length;
    this.setState({ ...state, touched: Object.fromEntries(names.map((name) => [name, true])) });
  }

  // Mirror the inputs in the URL (from the first update on, once the URL has been read), without
  // adding history entries; then move the focus if asked.
  override componentDidUpdate() {
    const { pathname, search, hash } = location;
    const query = queryFromState(this.evaluation!.query, search);
    if (query !== search) history.replaceState(history.state, '', pathname + query + hash);
    const focusId = this.focusId;
    this.focusId = '';
    if (focusId) (focusId === 'summary' ? (this.base as HTMLElement).querySelector<HTMLElement>('.calc-error-summary') : document.getElementById(focusId))?.focus();
  }

  override render(props: FormProps, state: FormState) {
    const evaluation = (this.evaluation = evaluate(props.kind, props, state));
    const { id } = props;
    const { parts, result, achievement: capaian, inputs } = evaluation;
    const body = parts.render(this);
    const target = this.input(inputs[inputs.length - 1]!);
    // The error summary: one line per input, in form order, linking to the input.
    const summary = inputs.flatMap(({ name, label, short = label }) => {
      const message = this.shownError(name);
      return message ? [[`${id}-${name}`, message.startsWith(`Isi ${short}`) ? message : `${short}: ${message}`]] : [];
    });
    return h(
      'form',
      {
        ...(import.meta.env.SSR && { id: `${id}-form`, class: 'calc', method: 'get', 'aria-label': `Kalkulator ${props.indikator}` }),
        onSubmit: (event: Event) => {
          event.preventDefault();
          if (evaluation.errors.length > 0) this.focusId = 'summary';
          this.setState({ sent: true });
        },
      },
      summary.length > 0 &&
        h(
          'div',
          { class: 'calc-error-summary', tabIndex: -1, 'aria-labelledby': `${id}-summary-title` },
          h('h3', { class: 'calc-error-summary-title', id: `${id}-summary-title` }, 'Ada isian yang perlu diperbaiki'),
          el(
            'ul',
            'calc-error-summary-list',
            ...summary.map(([inputId, text]) =>
              h(
                'li',
                null,
                h(
                  'a',
                  {
                    href: `#${inputId}`,
                    onClick: (event: Event) => {
                      event.preventDefault();
                      const input = document.getElementById(inputId!);
                      input?.focus();
                      input?.closest('.calc-field')?.scrollIntoView({ block: 'start' });
                    },
                  },
                  text,
                ),
              ),
            ),
          ),
        ),
      body,
      h('div', { ...(import.meta.env.SSR && { class: 'calc-target' }) }, target),
      h(
        'div',
        { ...(import.meta.env.SSR && { class: 'calc-actions' }) },
        h('button', { ...(import.meta.env.SSR && { type: 'submit', class: 'calc-button' }), ...SERVER_WORDS }, import.meta.env.SSR && 'Hitung'),
        h(
          'button',
          {
            ...(import.meta.env.SSR && { type: 'button', class: 'calc-button calc-button--secondary' }),
            onClick: () => this.setState({ ...EMPTY_STATE, rows: [this.nextRow++], touched: {}, sent: false }),
            ...SERVER_WORDS,
          },
          import.meta.env.SSR && 'Kosongkan isian',
        ),
      ),
      h(
        'output',
        {
          ...(import.meta.env.SSR && { class: 'calc-output', id: `${id}-hasil`, 'aria-live': 'polite' }),
          for: inputs.map((spec) => `${id}-${spec.name}`).join(' '),
        },
        result
          ? [
              parts.headline?.(result) ??
                el(
                  'span',
                  'calc-result-line',
                  'Realisasi: ',
                  el('strong', 'calc-result-value', result.formatted),
                  result.short && el('span', 'calc-result-short', ` (${result.short})`),
                ),
              working(result),
              capaian && [
                el(
                  'span',
                  'calc-result-line calc-result-line--capaian',
                  'Capaian terhadap target: ',
                  el('strong', 'calc-result-value', capaian.formatted),
                  ', kategori ',
                  h('strong', null, capaian.band.kategori),
                ),
                props.capaianRumus,
                working(capaian),
                props.capaianSumber,
              ],
            ]
          : summary.length > 0 && el('span', 'calc-placeholder', `Hasil belum dapat dihitung: perbaiki ${summary.length} isian yang ditandai.`),
        // Always there, hidden while something else is shown, so that it keeps the server's words.
        h(
          'span',
          { ...(import.meta.env.SSR && { class: 'calc-placeholder' }), hidden: !!result || summary.length > 0, ...SERVER_WORDS },
          import.meta.env.SSR && 'Hasil dan cara menghitungnya tampil di sini setelah semua isian terisi.',
        ),
      ),
      result && parts.after?.(result),
    );
  }
}

/** The island component of a formula kind: the form, for that kind (also given as its `kind`). */
export function calculatorOf<F extends FormulaDefinition>(kind: Kind<F>): FunctionComponent<CalculatorProps<F>> & { kind: Kind<F> } {
  return Object.assign((props: CalculatorProps<F>) => h(CalculatorForm, { ...(props as CalculatorProps), kind: kind as Kind<never> }), { kind });
}
