import { memo, useEffect } from 'react';
import { useT } from '../i18n/useT';
import { useAtlas } from '../store/store';
import { ensureDetails } from './loadColumns';

/**
 * Loads the details (features, reports) when something needs them and they were deferred (a text
 * search, an opened incident), and says so while they load: "loading details…".
 */
function DetailsStatusView() {
  const t = useT();
  const details = useAtlas((s) =>
    s.data.status === 'ready' ? (s.data.data.columns?.details ?? 'ready') : null,
  );
  const needs = useAtlas((s) => s.filters.text.trim() !== '' || s.selectedId !== null);
  useEffect(() => {
    if (needs && (details === 'deferred' || details === 'error')) ensureDetails();
  }, [needs, details]);
  if (details !== 'loading' && !(needs && details === 'deferred')) return null;
  return (
    <output className="details-status" data-testid="details-status">
      {t.loadingDetails}
    </output>
  );
}

/** Memoised: it reads the store itself, so the page's re-render on every filter change skips it. */
export const DetailsStatus = memo(DetailsStatusView);
