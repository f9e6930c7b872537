import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { copyText } from '../shell/clipboard';

const CONFIRM_MS = 2500;

/**
 * "Copy link": the address of exactly this view (filters, dates, selection, map, list order,
 * language: app/url), for sharing. When the browser refuses, the link is shown selected.
 */
export function CopyViewLink() {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | { failed: string }>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = async () => {
    const link = window.location.href;
    clearTimeout(timer.current);
    if (await copyText(link)) {
      setState('copied');
      timer.current = setTimeout(() => setState('idle'), CONFIRM_MS);
    } else setState({ failed: link });
  };

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
          onBlur={() => setState('idle')}
        />
      ) : null}
    </>
  );
}
