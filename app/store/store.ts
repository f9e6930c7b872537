import { create } from 'zustand';
import { type DataSlice, dataSlice } from './dataSlice';
import { type FilterSlice, filterSlice } from './filterSlice';
import { type UiSlice, uiSlice } from './uiSlice';
import { type ViewSlice, viewSlice } from './viewSlice';

export type { DataState } from './dataSlice';

/** The whole state: one store, sliced by concern. Derived views live in app/derive. */
export type AtlasState = DataSlice & UiSlice & FilterSlice & ViewSlice;

export const useAtlas = create<AtlasState>()((...a) => ({
  ...dataSlice(...a),
  ...uiSlice(...a),
  ...filterSlice(...a),
  ...viewSlice(...a),
}));

/** Exposed (like window.__atlasMap) for the end-to-end tests and the benchmark. */
declare global {
  interface Window {
    __atlasStore?: typeof useAtlas;
  }
}
if (typeof window !== 'undefined') window.__atlasStore = useAtlas;
