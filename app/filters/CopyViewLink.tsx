import { useState } from 'react';
import { useT } from '../i18n/useT';
import { useCopy } from '../shell/clipboard';
import { isLocalData } from '../store/dataSlice';
import { useAtlas } from '../store/store';
import { shareLink } from '../url/shareLink';

/**
 * "Copy link": the address of exactly this view (filters, dates, selection, map, list order,
 * language: app/url), for sharing; "only what is in view" goes as the box in view now
 * (shareLink). When the browser refuses, the link is shown selected.
 */
export function CopyViewLink() {
  const t = useT();
  const { state, copy, reset } = useCopy();
  // The reader's own files are not online: a link would open the published data instead.
  const local = useAtlas(isLocalData);
  // Pressed anyway: the reason is said beside it (a tooltip alone is not seen on touch screens).
  const [explained, setExplained] = useState(false);
  const onClick = () => {
    if (local) setExplained(true);
    else copy(shareLink());
  };

  return (
    <>
      <button
        type="button"
        data-testid="copy-view-link"
        onClick={onClick}
        aria-disabled={local || undefined}
        title={local ? t.noLinkLocal : undefined}
      >
        {state === 'copied' ? t.linkCopied : t.copyLink}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? t.linkCopied : ''}
      </span>
      {local && explained ? (
        <span className="copy-why" role="status" data-testid="copy-link-why">
          {t.noLinkLocal}
        </span>
      ) : null}
      {typeof state === 'object' ? (
        <input
          className="rt-link-fallback"
          readOnly
          value={state.failed}
          aria-label={t.copyLink}
          data-testid="view-link-text"
          ref={(el) => el?.select()}
          onBlur={reset}
        />
      ) : null}
    </>
  );
}
