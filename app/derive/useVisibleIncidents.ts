import { useMemo } from 'react';
import type { IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import {
  type FilterContext,
  type FilterIndex,
  type FilterResult,
  type Filters,
  filterIndex,
  filterIndexed,
} from './filters';

const NONE: IncidentFeature[] = [];

let lastCtx: { data: unknown; regions: unknown; ctx: FilterContext } | null = null;

/** What filtering needs beside the incidents: reports, area polygons and named regions. */
export function useFilterContext(): FilterContext {
  const data = useAtlas((s) => s.data);
  const regions = useAtlas((s) => s.regions);
  if (!lastCtx || lastCtx.data !== data || lastCtx.regions !== regions) {
    const ctx: FilterContext =
      data.status === 'ready'
        ? { articles: data.data.articles, areas: data.data.areas, regions }
        : { regions };
    lastCtx = { data, regions, ctx };
  }
  return lastCtx.ctx;
}

/** The current filter over the whole dataset: its index, and the result of one pass. */
export interface Filtered {
  index: FilterIndex;
  result: FilterResult;
}

let lastIndex: { all: IncidentFeature[]; ctx: FilterContext; index: FilterIndex } | null = null;
let lastResult: { index: FilterIndex; filters: Filters; ctx: FilterContext; out: Filtered } | null =
  null;

/** The filter index of the loaded data: the columnar one when the data came as columns. */
function currentIndex(all: IncidentFeature[], cols: FilterIndex | undefined, ctx: FilterContext) {
  if (cols) return cols;
  if (!lastIndex || lastIndex.all !== all || lastIndex.ctx !== ctx)
    lastIndex = { all, ctx, index: filterIndex(all, ctx) };
  return lastIndex.index;
}

/**
 * The filter result (positions, 0/1 mask, count) for the store's data and filters: one pass over
 * typed arrays, shared by every component that asks, so the map, the list, the counts and the
 * timeline of one frame all see the same result. Null until data are ready.
 */
export function useFiltered(): Filtered | null {
  const data = useAtlas((s) => s.data);
  const filters = useAtlas((s) => s.filters);
  const ctx = useFilterContext();
  const all = data.status === 'ready' ? data.data.incidents : NONE;
  const cols = data.status === 'ready' ? data.data.columns?.index : undefined;
  return useMemo(() => {
    if (data.status !== 'ready') return null;
    const index = currentIndex(all, cols, ctx);
    if (
      lastResult &&
      lastResult.index === index &&
      lastResult.filters === filters &&
      lastResult.ctx === ctx
    )
      return lastResult.out;
    const out = { index, result: filterIndexed(index, filters, ctx) };
    lastResult = { index, filters, ctx, out };
    return out;
  }, [data.status, all, cols, filters, ctx]);
}

let lastVisible: {
  all: IncidentFeature[];
  result: FilterResult;
  visible: IncidentFeature[];
} | null = null;

/**
 * All loaded incidents, and those that pass the current filters (memoised on both). With
 * columnar data, both are empty until the details (features) have loaded: use `useFiltered()`
 * for counts and masks.
 */
export function useVisibleIncidents(): { all: IncidentFeature[]; visible: IncidentFeature[] } {
  const data = useAtlas((s) => s.data);
  const filtered = useFiltered();
  const all = data.status === 'ready' ? data.data.incidents : NONE;
  const visible = useMemo(() => {
    if (!filtered || all.length !== filtered.index.n) return NONE;
    const { result } = filtered;
    if (lastVisible && lastVisible.all === all && lastVisible.result === result)
      return lastVisible.visible;
    let v: IncidentFeature[];
    if (result.count === all.length) v = all;
    else {
      v = new Array(result.count);
      for (let k = 0; k < result.count; k++) v[k] = all[result.positions[k]!]!;
    }
    lastVisible = { all, result, visible: v };
    return v;
  }, [all, filtered]);
  return { all, visible };
}
