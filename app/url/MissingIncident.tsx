import { memo, useMemo } from 'react';
import { useT } from '../i18n/useT';
import { useAtlas } from '../store/store';

/**
 * The line under the filters when the link opened names an incident the data shown do not hold
 * (a link from other data, from an earlier ingest, or from reports read in someone's browser):
 * said, with the id, instead of opening nothing without a word. Dismissing clears the selection
 * (and the link's `sel`).
 */
function MissingIncidentView() {
  const t = useT();
  const id = useAtlas((s) => s.selectedId);
  const columns = useAtlas((s) =>
    s.data.status === 'ready' ? s.data.data.columns?.columns : undefined,
  );
  const select = useAtlas((s) => s.select);
  // Every dataset shown has columns (app/load/loadColumns.ts); their ids say what is there,
  // details loaded or not. Looked up once per id and dataset, not on every store change.
  const missing = useMemo(() => !!id && !!columns && columns.positionOf(id) < 0, [id, columns]);
  if (!missing || !id) return null;
  return (
    <div className="local-bar failed" role="status" data-testid="missing-incident">
      <span>
        {t.missingIncident}{' '}
        {/* A link's `sel` is only taken when it has an id's shape (viewCodec.ts): never markup. */}
        <bdi dir="ltr" className="missing-id">
          {id}
        </bdi>
      </span>
      <button type="button" onClick={() => select(null)}>
        {t.dismiss}
      </button>
    </div>
  );
}

/** Memoised: it reads the store itself, so the page's re-render on every filter change skips it. */
export const MissingIncident = memo(MissingIncidentView);
