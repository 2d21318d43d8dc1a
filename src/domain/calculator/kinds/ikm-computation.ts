/**
 * What the IKM kind computes with (`kinds/ikm.ts`): the score of PermenPANRB 14/2017 and the
 * reading of pasted answers. A module of its own, imported once the person starts filling in the
 * form: most visitors of an indicator page read it and compute nothing.
 */
export { ikmScore } from '../../ikm';
export { parseIkmAnswers } from '../../ikm-answers';
