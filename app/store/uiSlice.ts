import type { Lang } from '../i18n/messages';
import type { Slice } from './slice';

export interface UiSlice {
  lang: Lang;
  /** The incident whose report is open. */
  selectedId: string | null;
  setLang(lang: Lang): void;
  select(id: string | null): void;
}

const LANG_KEY = 'incident-atlas.lang';

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(LANG_KEY);
    if (saved === 'ar' || saved === 'en') return saved;
  } catch {
    // Storage can be blocked (private mode, sandboxed frames): fall back to the default.
  }
  return 'ar';
}

export const uiSlice: Slice<UiSlice> = (set) => ({
  lang: initialLang(),
  selectedId: null,
  setLang: (lang) => {
    try {
      globalThis.localStorage?.setItem(LANG_KEY, lang);
    } catch {
      // Not remembered, but still switched.
    }
    set({ lang });
  },
  select: (selectedId) => set({ selectedId }),
});
