import { useMemo } from 'react';
import type { IncidentFeature } from '../model';
import { useAtlas } from '../store/store';
import { filterIncidents } from './filters';

const NONE: IncidentFeature[] = [];

/** All loaded incidents, and those that pass the current filters (memoised on both). */
export function useVisibleIncidents(): { all: IncidentFeature[]; visible: IncidentFeature[] } {
  const data = useAtlas((s) => s.data);
  const filters = useAtlas((s) => s.filters);
  const all = data.status === 'ready' ? data.data.incidents : NONE;
  const visible = useMemo(() => filterIncidents(all, filters), [all, filters]);
  return { all, visible };
}
