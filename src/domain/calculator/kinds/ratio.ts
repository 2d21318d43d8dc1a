/** A rasio (part / whole, without × 100%). */
import type { RatioFormula } from '../../formula/definition';
import { ratio } from '../../formula/ratio';
import { type Realisation, resultSatuan } from '../../formula/realisation';
import { type FieldSpec, type Kind, QUANTITY_INPUTS, quantityInput, settle } from '../model';

export interface RatioLayout {
  part: FieldSpec;
  whole: FieldSpec;
}

export const ratioKind: Kind<RatioFormula, Realisation, RatioLayout> = (reader, { rumus, satuan: indicatorSatuan }) => {
  const satuan = resultSatuan(rumus, indicatorSatuan);
  const part = quantityInput('a', rumus.pembilang);
  const whole = quantityInput('b', rumus.penyebut);
  const partValue = reader.read(part);
  const wholeValue = reader.read(whole);
  return {
    layout: { part, whole },
    satuan,
    compute: () => settle(reader, ratio(rumus, partValue!, wholeValue!, satuan), QUANTITY_INPUTS),
  };
};
