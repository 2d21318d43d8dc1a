/** A SAKIP evaluation score (PermenPANRB 88/2021): the four component scores of the LHE added up. */
import type { SakipFormula } from '../../formula/definition';
import { SAKIP_COMPONENTS, type SakipResult, sakipField, sakipScore } from '../../sakip';
import { type FieldSpec, type Kind, settle } from '../model';

export interface SakipLayout {
  components: FieldSpec[];
}

/** The input of each component's field key: s1-s4. */
const INPUTS = Object.fromEntries(SAKIP_COMPONENTS.map((component, index) => [sakipField(component.key), `s${index + 1}`]));

export const sakipKind: Kind<SakipFormula, SakipResult, SakipLayout> = (reader) => {
  const components = SAKIP_COMPONENTS.map((component, index) => ({ name: `s${index + 1}`, label: `${component.nama} (maks. ${component.maks})` }));
  const scores = components.map((spec) => reader.read(spec));
  return {
    layout: { components },
    satuan: 'nilai',
    compute: () => settle(reader, sakipScore(scores.map((value) => value!)), INPUTS),
  };
};
