import { useMemo } from 'react';
import type { IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import { type FilterContext, type Filters, filterIncidents } from './filters';

const NONE: IncidentFeature[] = [];

let lastCtx: { data: unknown; regions: unknown; ctx: FilterContext } | null = null;

let last: {
  all: IncidentFeature[];
  filters: Filters;
  ctx: FilterContext;
  visible: IncidentFeature[];
} | null = null;

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

/** All loaded incidents, and those that pass the current filters (memoised on both). */
export function useVisibleIncidents(): { all: IncidentFeature[]; visible: IncidentFeature[] } {
  const data = useAtlas((s) => s.data);
  const filters = useAtlas((s) => s.filters);
  const ctx = useFilterContext();
  const all = data.status === 'ready' ? data.data.incidents : NONE;
  const visible = useMemo(() => {
    // Shared by every component that asks, so one change of filter is computed once.
    if (last && last.all === all && last.filters === filters && last.ctx === ctx)
      return last.visible;
    const v = filterIncidents(all, filters, ctx);
    last = { all, filters, ctx, visible: v };
    return v;
  }, [all, filters, ctx]);
  return { all, visible };
}
