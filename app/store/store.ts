import { create } from 'zustand';
import type { Lang } from '../i18n/messages';
import type { AtlasData } from '../load/loadData';

/** Loading state of the app's data: one of these at any time. */
export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; data: AtlasData }
  | { status: 'error'; message: string };

export interface AtlasState {
  data: DataState;
  lang: Lang;
  selectedId: string | null;
  setData(data: DataState): void;
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

/** The one store: data, interface settings and selection. Derived views live in app/derive. */
export const useAtlas = create<AtlasState>()((set) => ({
  data: { status: 'loading' },
  lang: initialLang(),
  selectedId: null,
  setData: (data) => set({ data }),
  setLang: (lang) => {
    try {
      globalThis.localStorage?.setItem(LANG_KEY, lang);
    } catch {
      // Not remembered, but still switched.
    }
    set({ lang });
  },
  select: (selectedId) => set({ selectedId }),
}));
