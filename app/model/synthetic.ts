/**
 * How generated test data marks itself (`npm run synth`), so that nobody mistakes it for real
 * reports: the app and the generator read these from one place.
 */

/** Every synthetic report's title starts with this. */
export const SYNTHETIC_TITLE_PREFIX = '[اصطناعي]';
/** The outlet every synthetic report is credited to. */
export const SYNTHETIC_OUTLET = 'Synthetic Corpus';

/**
 * Whether a dataset holds synthetic data, from its outlets (any synthetic report makes it so).
 *
 * @example hasSyntheticOutlet(['Enab Baladi', 'Synthetic Corpus']) // true
 */
export function hasSyntheticOutlet(outlets: readonly string[]): boolean {
  return outlets.includes(SYNTHETIC_OUTLET);
}
