import { memo, useMemo } from 'react';
import { NO_FILTERS } from '../derive/filters';
import { useFiltered } from '../derive/useVisibleIncidents';
import { useT } from '../i18n/useT';
import { useAtlas } from '../store/store';

/**
 * The line under the filters when the incident open in the panel is one the filters leave out
 * (a link whose `sel` and filters disagree, or a filter changed after opening it): it is in the
 * panel but on neither the map nor the list, nor in the counts, and the reader is told so, with
 * the ways out: show every incident again, or close it.
 */
function HiddenIncidentView() {
  const t = useT();
  const id = useAtlas((s) => s.selectedId);
  const data = useAtlas((s) => (s.data.status === 'ready' ? s.data.data : undefined));
  const setFilters = useAtlas((s) => s.setFilters);
  const select = useAtlas((s) => s.select);
  const filtered = useFiltered();
  // The incident's position in what the filter runs over: the columns when there are any (the
  // filter index is theirs then), else the features. Looked up once per id and dataset: a play
  // frame changes the filter, not the position.
  const position = useMemo(() => {
    if (!id || !data) return -1;
    if (data.columns) return data.columns.columns.positionOf(id);
    return data.incidents.findIndex((f) => f.properties.id === id);
  }, [id, data]);
  if (!filtered || position < 0 || filtered.result.mask[position] === 1) return null;
  return (
    <div className="local-bar" role="status" data-testid="hidden-incident">
      <span>{t.hiddenIncident}</span>
      <button type="button" onClick={() => setFilters(NO_FILTERS)}>
        {t.resetFilters}
      </button>
      <button type="button" onClick={() => select(null)}>
        {t.closeIncident}
      </button>
    </div>
  );
}

/** Memoised: it reads the store itself. */
export const HiddenIncident = memo(HiddenIncidentView);
