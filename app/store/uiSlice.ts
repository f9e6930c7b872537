import type { Lang } from '../i18n/messages';
import type { ListOrder } from '../list/listOrder';
import type { UnreadPart } from '../url/viewCodec';
import type { Slice } from './slice';

/** A place mention the reader points at in the report; the map shows it while it is hovered. */
export interface HoveredMention {
  placeId: string;
  lat: number;
  lon: number;
  geoPrecision: 1 | 2 | 3;
}

export interface UiSlice {
  lang: Lang;
  /** The incident whose report is open. */
  selectedId: string | null;
  /** Which of the selected incident's reports is shown (index into its `evidence`). */
  evidenceIndex: number;
  /** The incident under the pointer or keyboard focus (map tooltip, list row). */
  hoveredId: string | null;
  /** The place mention under the pointer in the report text. */
  hoveredMention: HoveredMention | null;
  /** The incident list's order (part of a shared view, not a filter). */
  listOrder: ListOrder;
  /** Parts of the link the page opened with that could not be read, until the reader dismisses them. */
  linkUnread: UnreadPart[];
  dismissLinkUnread(): void;
  /**
   * Whether the timeline is playing: parts of the page a reader cannot follow at 20 frames a
   * second (the list) then catch up when the map and counts leave time (useDeferredValue).
   */
  playing: boolean;
  setPlaying(playing: boolean): void;
  /** The part of the page unfolded on a phone (the filters or the timeline), if any: one at a time. */
  openFold: string | null;
  setOpenFold(fold: string | null): void;
  setLang(lang: Lang): void;
  setListOrder(order: ListOrder): void;
  select(id: string | null): void;
  setEvidenceIndex(index: number): void;
  hover(id: string | null): void;
  hoverMention(mention: HoveredMention | null): void;
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
  evidenceIndex: 0,
  hoveredId: null,
  hoveredMention: null,
  listOrder: 'newest',
  linkUnread: [],
  dismissLinkUnread: () => set({ linkUnread: [] }),
  playing: false,
  setPlaying: (playing) => set({ playing }),
  openFold: null,
  setOpenFold: (openFold) => set({ openFold }),
  setListOrder: (listOrder) => set({ listOrder }),
  setLang: (lang) => {
    try {
      globalThis.localStorage?.setItem(LANG_KEY, lang);
    } catch {
      // Not remembered, but still switched.
    }
    set({ lang });
  },
  select: (selectedId) =>
    set((s) =>
      s.selectedId === selectedId ? {} : { selectedId, evidenceIndex: 0, hoveredMention: null },
    ),
  setEvidenceIndex: (evidenceIndex) => set({ evidenceIndex, hoveredMention: null }),
  hover: (hoveredId) => set({ hoveredId }),
  hoverMention: (hoveredMention) => set({ hoveredMention }),
});
