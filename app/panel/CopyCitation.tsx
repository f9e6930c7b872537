import { useT } from '../i18n/useT';
import { useCopy } from '../shell/clipboard';

/**
 * A button that copies the incident's citation (app/panel/citation.ts). It says when it has
 * copied; when the browser refuses, the citation is shown selected, to be copied by hand.
 */
export function CopyCitation({ citation }: { citation: () => string }) {
  const t = useT();
  const { state, copy, reset } = useCopy();
  const onClick = () => copy(citation());

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
            <button type="button" className="icon-button" aria-label={t.dismiss} onClick={reset}>
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
