import type { AtlasData } from '../load/loadData';
import type { Slice } from './slice';

/** Loading state of the app's data: one of these at any time. */
export type DataState =
  | { status: 'loading' }
  | { status: 'ready'; data: AtlasData }
  | { status: 'error'; message: string };

/**
 * Whether the data shown were read in this browser from the reader's own files (app/local): no
 * link can open them, so links give way to file names.
 */
export const isLocalData = (s: { data: DataState }): boolean =>
  s.data.status === 'ready' && !!s.data.data.local;

/** The reading of the reader's own report files in this browser (app/local), while it lasts. */
export type LocalRun =
  /** With `checking`, the files' sizes are still being asked (a large folder takes seconds). */
  | { status: 'reading'; done: number; total: number; checking?: boolean }
  | { status: 'failed'; message: string }
  /** Refused before reading: more report bytes than the browser reads at once. */
  | { status: 'tooMuch'; bytes: number; max: number };

export interface DataSlice {
  data: DataState;
  setData(data: DataState): void;
  /** Null when no reading is going on or to report. */
  localRun: LocalRun | null;
  setLocalRun(run: LocalRun | null): void;
}

export const dataSlice: Slice<DataSlice> = (set) => ({
  data: { status: 'loading' },
  setData: (data) => set({ data }),
  localRun: null,
  setLocalRun: (localRun) => set({ localRun }),
});
