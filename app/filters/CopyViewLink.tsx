import { useT } from '../i18n/useT';
import { useCopy } from '../shell/clipboard';

/**
 * "Copy link": the address of exactly this view (filters, dates, selection, map, list order,
 * language: app/url), for sharing. When the browser refuses, the link is shown selected.
 */
export function CopyViewLink() {
  const t = useT();
  const { state, copy, reset } = useCopy();
  const onClick = () => copy(window.location.href);

  return (
    <>
      <button type="button" data-testid="copy-view-link" onClick={onClick}>
        {state === 'copied' ? t.linkCopied : t.copyLink}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? t.linkCopied : ''}
      </span>
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
