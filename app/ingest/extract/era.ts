/**
 * The day Assad's government fell (8 December 2024), which changed what the state's names mean.
 * Until then `الجيش السوري`, `القوات الحكومية` and Damascus's state media were Assad's; since,
 * they are the new government's, whose forces came out of the factions that took Damascus
 * (`الأمن العام`, once HTS's security service in Idlib). Assad's side is still named by his name
 * or the regime's (`فلول النظام البائد`). A report is read by the names of the day it was written.
 */
export const FALL_OF_ASSAD = '2024-12-08';

/**
 * Whether a report of `date` (`YYYY-MM-DD`) was written since the fall.
 *
 * @example writtenSinceFall('2024-12-07') // false
 * @example writtenSinceFall('2025-03-07') // true
 */
export function writtenSinceFall(date: string): boolean {
  return date >= FALL_OF_ASSAD;
}
