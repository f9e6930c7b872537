import { useMemo } from 'react';
import type { IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import { type FilterContext, filterIncidents } from './filters';

const NONE: IncidentFeature[] = [];

/** What filtering needs beside the incidents: reports, area polygons and named regions. */
export function useFilterContext(): FilterContext {
  const data = useAtlas((s) => s.data);
  const regions = useAtlas((s) => s.regions);
  return useMemo(
    () =>
      data.status === 'ready'
        ? { articles: data.data.articles, areas: data.data.areas, regions }
        : { regions },
    [data, regions],
  );
}

/** All loaded incidents, and those that pass the current filters (memoised on both). */
export function useVisibleIncidents(): { all: IncidentFeature[]; visible: IncidentFeature[] } {
  const data = useAtlas((s) => s.data);
  const filters = useAtlas((s) => s.filters);
  const ctx = useFilterContext();
  const all = data.status === 'ready' ? data.data.incidents : NONE;
  const visible = useMemo(() => filterIncidents(all, filters, ctx), [all, filters, ctx]);
  return { all, visible };
}
