import { useAtlas } from '../store/store';
import { MESSAGES, type Messages } from './messages';

/** The interface strings in the current language. */
export function useT(): Messages {
  return MESSAGES[useAtlas((s) => s.lang)];
}
