/** A cacah: a number of things, counted. */
import { count } from '../../formula/count';
import type { CountFormula } from '../../formula/definition';
import { type Realisation, resultSatuan } from '../../formula/realisation';
import { type FieldSpec, type Kind, QUANTITY_INPUTS, quantityInput, settle } from '../model';

export interface SingleLayout {
  value: FieldSpec;
}

export const countKind: Kind<CountFormula, Realisation, SingleLayout> = (reader, { rumus, satuan: indicatorSatuan }) => {
  const satuan = resultSatuan(rumus, indicatorSatuan);
  const value = quantityInput('n', rumus.besaran);
  const read = reader.read(value);
  return {
    layout: { value },
    satuan,
    compute: () => settle(reader, count(rumus, read!, satuan), QUANTITY_INPUTS),
  };
};
