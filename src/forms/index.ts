/**
 * The forms shipped with `antrag` (`antrag/forms`). Each is also its own subpath
 * (`antrag/forms/fuehrerschein`, …), so a portal bundles only the form it uses.
 */
export { type Alg2Antrag, alg2, MAX_HAUSHALTSMITGLIEDER } from '../../schemas/alg2/form.js';
export {
  FAHRERLAUBNISKLASSEN,
  type FuehrerscheinAntrag,
  fuehrerschein,
} from '../../schemas/fuehrerschein/form.js';
export {
  type PersonenbefoerderungsscheinAntrag,
  personenbefoerderungsschein,
} from '../../schemas/personenbefoerderungsschein/form.js';
