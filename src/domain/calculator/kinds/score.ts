/** A nilai: a score on an external assessment's scale. */
import type { ScoreFormula } from '../../formula/definition';
import { type Realisation, resultSatuan } from '../../formula/realisation';
import { scaleText, score } from '../../formula/score';
import { type Kind, QUANTITY_INPUTS, quantityInput, settle } from '../model';
import type { SingleLayout } from './count';

export const scoreKind: Kind<ScoreFormula, Realisation, SingleLayout> = (reader, { rumus, satuan: indicatorSatuan }) => {
  const satuan = resultSatuan(rumus, indicatorSatuan);
  const value = quantityInput('n', rumus.besaran, `Skala ${scaleText(rumus)}.`);
  const read = reader.read(value);
  return {
    layout: { value },
    satuan,
    compute: () => settle(reader, score(rumus, read!, satuan), QUANTITY_INPUTS),
  };
};
