/**
 * The calculator of a persentase (part / whole x 100%). Each formula kind is an island of its own,
 * so an indicator page loads the script of its formula only (see `CalculatorIsland.astro`); the
 * form they share is one more script file (`form.ts` and what it imports).
 */
import type { PercentageFormula } from '../../domain/formula/definition';
import { percentage } from '../../domain/formula/percentage';
import { SERVER_WORDS, calculatorOf, el } from './form';
import { type Kind, QUANTITY_INPUTS, quantityInput, settle } from './model';

const percentageKind: Kind<PercentageFormula> = (reader, { rumus }) => {
  const { penyebut } = rumus;
  const fixed = 'tetap' in penyebut;
  const partInput = quantityInput('a', rumus.pembilang);
  const wholeInput = fixed ? undefined : quantityInput('b', penyebut);
  const part = reader.read(partInput);
  const whole = wholeInput && reader.read(wholeInput);
  return {
    compute: () => settle(reader, percentage(rumus, part!, whole), QUANTITY_INPUTS),
    render: (form) => [
      fixed &&
        el(
          'p',
          { class: 'calc-note', ...SERVER_WORDS },
          import.meta.env.SSR && ['Penyebut tetap menurut keputusan: ', el('strong', {}, penyebut.label), '.'],
        ),
      form.input(partInput),
      wholeInput && form.input(wholeInput),
    ],
  };
};

export const PercentageCalculator = calculatorOf(percentageKind);
