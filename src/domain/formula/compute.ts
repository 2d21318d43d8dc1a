/**
 * The realisation of an indicator from the figures a person enters, for the formula kinds that the
 * decree writes itself: persentase, rasio, jumlah, cacah and nilai (IKM and SAKIP have their own
 * modules, `../ikm` and `../sakip`). Each function takes parsed decimals and returns the value,
 * its Indonesian formatting, and the working with the person's numbers substituted, or the errors
 * per input. Nothing here reads text or touches the page.
 *
 * One module per kind, gathered here; a calculator imports its kind's module directly, so its
 * script carries only the formula it computes.
 */
export { count } from './count';
export { percentage } from './percentage';
export { ratio } from './ratio';
export { FIELD, type Realisation, entryField, isSatuan, resultSatuan } from './realisation';
export { score } from './score';
export { sumEntries } from './sum';
