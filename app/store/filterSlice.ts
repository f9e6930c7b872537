import { type Filters, NO_FILTERS } from '../derive/filters';
import type { Slice } from './slice';

/** What a click or drag on the map does while picking an area. */
export type DrawMode = 'none' | 'polygon' | 'rectangle' | 'region';

export interface FilterSlice {
  filters: Filters;
  /** Change some filters; the rest stay as they are. */
  setFilters(patch: Partial<Filters>): void;
  resetFilters(): void;
  drawMode: DrawMode;
  setDrawMode(mode: DrawMode): void;
}

export const filterSlice: Slice<FilterSlice> = (set) => ({
  filters: NO_FILTERS,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
  drawMode: 'none',
  setDrawMode: (drawMode) => set({ drawMode }),
});
