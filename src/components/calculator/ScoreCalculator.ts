/** The calculator of a nilai (a score on an external assessment's scale): an island of its own. */
import type { ScoreFormula } from '../../domain/formula/definition';
import { resultSatuan } from '../../domain/formula/realisation';
import { scaleText, score } from '../../domain/formula/score';
import { calculatorOf } from './form';
import { type Kind, QUANTITY_INPUTS, quantityInput, settle } from './model';

const scoreKind: Kind<ScoreFormula> = (reader, { rumus, satuan }) => {
  const input = quantityInput('n', rumus.besaran, `Skala ${scaleText(rumus)}.`);
  const value = reader.read(input);
  return {
    compute: () => settle(reader, score(rumus, value!, resultSatuan(rumus, satuan)), QUANTITY_INPUTS),
    render: (form) => form.input(input),
  };
};

export const ScoreCalculator = calculatorOf(scoreKind);
