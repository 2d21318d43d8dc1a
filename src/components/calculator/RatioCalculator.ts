/** The calculator of a rasio (part / whole, without x 100%): an island of its own. */
import type { RatioFormula } from '../../domain/formula/definition';
import { ratio } from '../../domain/formula/ratio';
import { resultSatuan } from '../../domain/formula/realisation';
import { calculatorOf } from './form';
import { type Kind, QUANTITY_INPUTS, quantityInput, settle } from './model';

const ratioKind: Kind<RatioFormula> = (reader, { rumus, satuan }) => {
  const partInput = quantityInput('a', rumus.pembilang);
  const wholeInput = quantityInput('b', rumus.penyebut);
  const part = reader.read(partInput);
  const whole = reader.read(wholeInput);
  return {
    compute: () => settle(reader, ratio(rumus, part!, whole!, resultSatuan(rumus, satuan)), QUANTITY_INPUTS),
    render: (form) => [form.input(partInput), form.input(wholeInput)],
  };
};

export const RatioCalculator = calculatorOf(ratioKind);
