/** The calculator of a cacah (a number of things): an island of its own. */
import { count } from '../../domain/formula/count';
import type { CountFormula } from '../../domain/formula/definition';
import { resultSatuan } from '../../domain/formula/realisation';
import { calculatorOf } from './form';
import { type Kind, QUANTITY_INPUTS, quantityInput, settle } from './model';

const countKind: Kind<CountFormula> = (reader, { rumus, satuan }) => {
  const input = quantityInput('n', rumus.besaran);
  const value = reader.read(input);
  return {
    compute: () => settle(reader, count(rumus, value!, resultSatuan(rumus, satuan)), QUANTITY_INPUTS),
    render: (form) => form.input(input),
  };
};

export const CountCalculator = calculatorOf(countKind);
