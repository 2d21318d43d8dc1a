/** Radio buttons, for the calculators that offer a choice (how to enter a list, the IKM weight). */
import { h } from 'preact';
import { SERVER_WORDS } from './form';
import type { FormControls } from './model';

/** The words of a set of radio buttons; only the server writes them (see `SERVER_WORDS`). */
export interface ChoiceWords {
  legend: string;
  /** One per value, in the same order. */
  labels: string[];
  hint?: string;
}

/**
 * A fieldset of radio buttons named `name`, one per value. Always rendered by its calculator, so
 * its words come from the server (`words` is `false` in the browser); `hinted` says whether the
 * words have a hint.
 */
export function radios(
  form: FormControls,
  name: string,
  values: string[],
  value: string,
  onChange: (value: string) => void,
  words: ChoiceWords | false,
  hinted = false,
) {
  const prefix = `${form.props.id}-${name}`;
  // Always rendered: the server writes the fixed attributes and the words (see `SERVER_WORDS`).
  const fixed = (props: Record<string, unknown>) => ({ ...(import.meta.env.SSR && props), ...SERVER_WORDS });
  return h(
    'fieldset',
    { ...(import.meta.env.SSR && { class: 'calc-fieldset', 'aria-describedby': hinted ? `${prefix}-hint` : undefined }) },
    h('legend', fixed({ class: 'calc-legend' }), words && words.legend),
    hinted && h('p', fixed({ class: 'calc-hint', id: `${prefix}-hint` }), words && words.hint),
    h(
      'div',
      { ...(import.meta.env.SSR && { class: 'calc-radios' }) },
      ...values.map((choice, index) =>
        h(
          'div',
          { ...(import.meta.env.SSR && { class: 'calc-radio' }) },
          h('input', {
            ...(import.meta.env.SSR && { class: 'calc-radio-input', type: 'radio', id: `${prefix}-${choice}`, name, value: choice }),
            checked: value === choice,
            onChange: () => onChange(choice),
          }),
          h('label', fixed({ class: 'calc-radio-label', for: `${prefix}-${choice}` }), words && words.labels[index]),
        ),
      ),
    ),
  );
}
