/**
 * English day and month names, lower case, in calendar order (Sunday first, as `getUTCDay`):
 * the English reading dates events by them, and the English place finder knows them for no
 * village.
 *
 * @example ENGLISH_MONTHS.indexOf('june') + 1 // 6
 */
export const ENGLISH_WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;

export const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
