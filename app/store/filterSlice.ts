import { type Filters, NO_FILTERS } from '../derive/filters';
import type { Slice } from './slice';

export interface FilterSlice {
  filters: Filters;
  /** Change some filters; the rest stay as they are. */
  setFilters(patch: Partial<Filters>): void;
  resetFilters(): void;
}

export const filterSlice: Slice<FilterSlice> = (set) => ({
  filters: NO_FILTERS,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  resetFilters: () => set({ filters: NO_FILTERS }),
});
