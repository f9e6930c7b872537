import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';
import { copyText } from '../shell/clipboard';

/** How long "Copied" shows before the button says "Copy citation" again. */
const CONFIRM_MS = 2500;

/**
 * A button that copies the incident's citation (app/panel/citation.ts). It says when it has
 * copied; when the browser refuses, the citation is shown selected, to be copied by hand.
 */
export function CopyCitation({ citation }: { citation: () => string }) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | { failed: string }>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = async () => {
    const text = citation();
    clearTimeout(timer.current);
    if (await copyText(text)) {
      setState('copied');
      timer.current = setTimeout(() => setState('idle'), CONFIRM_MS);
    } else setState({ failed: text });
  };

  return (
    <>
      <button type="button" className="link-button" data-testid="copy-citation" onClick={onClick}>
        {state === 'copied' ? t.citationCopied : t.copyCitation}
      </button>
      <span className="visually-hidden" role="status">
        {state === 'copied' ? t.citationCopied : ''}
      </span>
      {typeof state === 'object' ? (
        <span className="citation-fallback">
          <span className="citation-fallback-head">
            <span>{t.citationCopyByHand}</span>
            <button
              type="button"
              className="icon-button"
              aria-label={t.dismiss}
              onClick={() => setState('idle')}
            >
              <span aria-hidden="true">×</span>
            </button>
          </span>
          <textarea
            readOnly
            value={state.failed}
            rows={6}
            data-testid="citation-text"
            ref={(el) => el?.select()}
            aria-label={t.copyCitation}
          />
        </span>
      ) : null}
    </>
  );
}
