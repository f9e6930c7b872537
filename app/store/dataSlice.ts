import type { AtlasData } from '../load/loadData';
import type { Slice } from './slice';

/** Loading state of the app's data: one of these at any time. */
export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; data: AtlasData }
  | { status: 'error'; message: string };

export interface DataSlice {
  data: DataState;
  setData(data: DataState): void;
}

export const dataSlice: Slice<DataSlice> = (set) => ({
  data: { status: 'loading' },
  setData: (data) => set({ data }),
});
