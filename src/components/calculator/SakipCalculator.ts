/**
 * The calculator of a SAKIP evaluation score (PermenPANRB 88/2021): the four component scores of
 * the LHE added up, with the predikat. An island of its own.
 */
import { h } from 'preact';
import type { SakipFormula } from '../../domain/formula/definition';
import { SAKIP_COMPONENTS, type SakipResult, sakipField, sakipScore } from '../../domain/sakip';
import { SERVER_WORDS, calculatorOf, el } from './form';
import { type Kind, type KindParts, settle } from './model';

/** "30, 30, 15 dan 25": the components' weights. */
function weightsText(): string {
  const weights = SAKIP_COMPONENTS.map((component) => component.maks);
  return `${weights.slice(0, -1).join(', ')} dan ${weights[weights.length - 1]}`;
}

/** The input of each component's field key: s1-s4. */
const INPUTS = Object.fromEntries(SAKIP_COMPONENTS.map((component, index) => [sakipField(component.key), `s${index + 1}`]));

const sakipKind: Kind<SakipFormula> = (reader, { id }): KindParts<SakipResult> => {
  const inputs = SAKIP_COMPONENTS.map((component, index) => ({ name: `s${index + 1}`, label: `${component.nama} (maks. ${component.maks})` }));
  const scores = inputs.map((spec) => reader.read(spec));
  return {
    compute: () =>
      settle(reader, sakipScore(scores.map((value) => value!)), INPUTS),
    headline: (result) =>
      el(
        'span',
        'calc-result-line',
        'Nilai SAKIP: ',
        el('strong', 'calc-result-value', result.formatted),
        ', predikat ',
        h('strong', null, result.predikat.predikat),
        ` (${result.predikat.sebutan})`,
      ),
    render: (form) =>
      // Always there: its words and fixed attributes come from the server (see `SERVER_WORDS`).
      h(
        'fieldset',
        { ...(import.meta.env.SSR && { class: 'calc-fieldset', 'aria-describedby': `${id}-g0-hint` }) },
        el('legend', { ...(import.meta.env.SSR && { class: 'calc-legend' }), ...SERVER_WORDS }, import.meta.env.SSR && 'Nilai komponen menurut Laporan Hasil Evaluasi (LHE) SAKIP'),
        el(
          'p',
          { ...(import.meta.env.SSR && { class: 'calc-hint', id: `${id}-g0-hint` }), ...SERVER_WORDS },
          import.meta.env.SSR && `PermenPANRB 88/2021: bobot komponen ${weightsText()} (jumlah 100).`,
        ),
        inputs.map((spec) => form.input(spec)),
      ),
  };
};

export const SakipCalculator = calculatorOf(sakipKind);
