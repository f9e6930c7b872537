import { memo, useEffect } from 'react';
import { useT } from '../i18n/useT';
import { tooLargeToLoadWhole } from '../ingest/detailChunks';
import { isLocalData } from '../store/dataSlice';
import { useAtlas } from '../store/store';
import { type DetailsSituation, detailsNotice, detailsToLoad } from './detailsNotice';
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
  // A reader's own reports: what failed is their reading, which the bar above says (LocalBar).
  const local = useAtlas(isLocalData);
  const selectedId = useAtlas((s) => s.selectedId);
  const searching = useAtlas((s) => s.filters.text.trim() !== '');
  const details = columnar?.details ?? 'ready';
  const count = columnar?.columns.count ?? 0;
  const partial = columnar?.partial;
  const situation: DetailsSituation = {
    details,
    chunked: (columnar?.columns.detailChunk ?? 0) > 0,
    tooLarge: tooLargeToLoadWhole(count),
    searching,
    selected: !selectedId
      ? 'none'
      : details === 'ready' || partial?.byId.has(selectedId)
        ? 'here'
        : partial?.loading.size
          ? 'loading'
          : partial?.failed
            ? 'failed'
            : 'waiting',
  };
  const load = detailsToLoad(situation);

  useEffect(() => {
    if (load === 'chunk' && selectedId) ensureChunkFor(selectedId);
    else if (load === 'all') ensureDetails();
  }, [load, selectedId]);

  const notice = detailsNotice(situation);
  if (!notice) return null;
  const failed = notice === 'failed';
  const line =
    notice === 'loading'
      ? t.loadingDetails
      : notice === 'failed'
        ? t.detailsFailed
        : t.searchPlacesOnly(count);
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
      {failed && !local ? (
        <button type="button" className="lang" onClick={retry} data-testid="details-retry">
          {t.retry}
        </button>
      ) : null}
    </output>
  );
}

/** Memoised: it reads the store itself, so the page's re-render on every filter change skips it. */
export const DetailsStatus = memo(DetailsStatusView);
