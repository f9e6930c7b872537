import { useEffect, useRef, useState } from 'react';
import { useT } from '../i18n/useT';

/** How long "Copied" shows before the button says "Copy citation" again. */
const CONFIRM_MS = 2500;

/** The clipboard API, else the older copy command on a selected text area; false if neither. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard API (an http page other than localhost) or no permission: the old way.
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    } finally {
      area.remove();
    }
  }
}

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
