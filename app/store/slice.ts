import type { StateCreator } from 'zustand';
import type { AtlasState } from './store';

/** A slice of the one store: it may read and write the whole state, and provides `T`. */
export type Slice<T> = StateCreator<AtlasState, [], [], T>;
