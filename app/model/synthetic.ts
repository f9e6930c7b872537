/**
 * How generated test data marks itself (`npm run synth`), so that nobody mistakes it for real
 * reports: the app and the generator read these from one place.
 */

/** Every synthetic report's title starts with this. */
export const SYNTHETIC_TITLE_PREFIX = '[اصطناعي]';
/** The outlet every synthetic report is credited to. */
export const SYNTHETIC_OUTLET = 'Synthetic Corpus';
