/** A persentase (part / whole × 100%): the part, and the whole unless the decree fixes it. */
import type { PercentageFormula } from '../../formula/definition';
import { percentage } from '../../formula/percentage';
import type { Realisation } from '../../formula/realisation';
import { type FieldSpec, type Kind, QUANTITY_INPUTS, quantityInput, settle } from '../model';

export interface PercentageLayout {
  part: FieldSpec;
  /** Absent when the decree fixes the whole ("125 Orang"). */
  whole?: FieldSpec | undefined;
}

export const percentageKind: Kind<PercentageFormula, Realisation, PercentageLayout> = (reader, { rumus }) => {
  const { penyebut } = rumus;
  const part = quantityInput('a', rumus.pembilang);
  const whole = 'tetap' in penyebut ? undefined : quantityInput('b', penyebut);
  const partValue = reader.read(part);
  const wholeValue = whole && reader.read(whole);
  return {
    layout: { part, whole },
    satuan: 'persen',
    compute: () => settle(reader, percentage(rumus, partValue!, wholeValue), QUANTITY_INPUTS),
  };
};
