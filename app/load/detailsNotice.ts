import type { DetailsState } from './loadColumns';

/** What the details panel of a dataset knows at one moment (see DetailsStatus). */
export interface DetailsSituation {
  details: DetailsState;
  /** The dataset has details chunks (its columns say how many incidents each). */
  chunked: boolean;
  /** More incidents than a browser loads whole (DETAILS_AUTOLOAD_MAX). */
  tooLarge: boolean;
  searching: boolean;
  /** The opened incident: none, shown, its chunk on the way, its chunk failed, or not asked yet. */
  selected: 'none' | 'here' | 'loading' | 'failed' | 'waiting';
}

/**
 * What to load for the situation: the opened incident's chunk, every detail, or nothing. A
 * search loads every detail unless the dataset is too large (it then searches place names).
 *
 * @example detailsToLoad({ details: 'deferred', chunked: true, tooLarge: true, searching: false, selected: 'waiting' }) // 'chunk'
 */
export function detailsToLoad(s: DetailsSituation): 'chunk' | 'all' | null {
  if (s.details === 'ready' || s.details === 'loading') return null;
  const opened = s.selected !== 'none' && s.selected !== 'here';
  if (opened && s.chunked) return 'chunk';
  // A failed load of everything is retried by the reader's button, never by itself.
  if (s.details === 'error') return null;
  if (opened || (s.searching && !s.tooLarge)) return 'all';
  return null;
}

/**
 * The note to show, if any: details loading (or the opened incident's chunk), a failure (with a
 * retry), or that a search looks in place names only.
 *
 * @example detailsNotice({ details: 'deferred', chunked: true, tooLarge: true, searching: true, selected: 'none' }) // 'placesOnly'
 */
export function detailsNotice(s: DetailsSituation): 'loading' | 'failed' | 'placesOnly' | null {
  if (s.details === 'ready') return null;
  if (s.details === 'loading' || s.selected === 'loading') return 'loading';
  if (s.details === 'error' || s.selected === 'failed') return 'failed';
  if (s.searching && s.tooLarge) return 'placesOnly';
  if (s.selected === 'waiting') return 'loading';
  return null;
}
