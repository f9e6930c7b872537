import { memo, useEffect } from 'react';
import { useT } from '../i18n/useT';
import { DETAILS_AUTOLOAD_MAX } from '../ingest/detailChunks';
import { useAtlas } from '../store/store';
import { ensureChunkFor } from './loadChunk';
import { ensureDetails } from './loadColumns';

/**
 * Loads what a deferred dataset needs when something needs it, and says where that stands:
 * an opened incident loads its details chunk (or, without chunks, every detail); a text search
 * or an export loads every detail, unless the dataset is too large for that: a search then looks
 * in place names only (from the columns), and says so.
 * A failed load is shown with a retry button, never retried unasked.
 */
function DetailsStatusView() {
  const t = useT();
  const columnar = useAtlas((s) => (s.data.status === 'ready' ? s.data.data.columns : undefined));
  const selectedId = useAtlas((s) => s.selectedId);
  const searching = useAtlas((s) => s.filters.text.trim() !== '');
  const details = columnar?.details ?? 'ready';
  const chunked = (columnar?.columns.detailChunk ?? 0) > 0;
  const count = columnar?.columns.count ?? 0;
  const tooLarge = count > DETAILS_AUTOLOAD_MAX;
  const partial = columnar?.partial;
  const selectedHere = !!selectedId && (details === 'ready' || !!partial?.byId.has(selectedId));

  useEffect(() => {
    if (details !== 'deferred') return;
    if (selectedId && chunked) ensureChunkFor(selectedId);
    else if ((selectedId && !chunked) || (searching && !tooLarge)) ensureDetails();
  }, [details, selectedId, chunked, searching, tooLarge]);

  if (details === 'ready') return null;
  let line: string | null = null;
  let failed = false;
  if (details === 'loading' || (selectedId && !selectedHere && partial?.loading.size))
    line = t.loadingDetails;
  else if (details === 'error' || (selectedId && !selectedHere && partial?.failed)) {
    line = t.detailsFailed;
    failed = true;
  } else if (searching && tooLarge) line = t.searchPlacesOnly(count);
  else if (selectedId && !selectedHere) line = t.loadingDetails;
  if (!line) return null;
  const retry = () => {
    if (details === 'error') ensureDetails();
    else if (selectedId) ensureChunkFor(selectedId);
  };
  return (
    <output
      className={`details-status${failed ? ' failed' : ''}`}
      data-testid="details-status"
      role={failed ? 'alert' : undefined}
    >
      {line}
      {failed ? (
        <button type="button" className="lang" onClick={retry} data-testid="details-retry">
          {t.retry}
        </button>
      ) : null}
    </output>
  );
}

/** Memoised: it reads the store itself, so the page's re-render on every filter change skips it. */
export const DetailsStatus = memo(DetailsStatusView);
