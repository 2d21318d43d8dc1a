/**
 * What the IKM kind computes with (`ikm.ts`): the score of PermenPANRB 14/2017 and the reading of
 * pasted answers. A module of its own, imported by an indicator page once the person starts
 * filling in the form.
 */
export { ikmScore } from '../../ikm';
export { parseIkmAnswers } from '../../ikm-answers';
