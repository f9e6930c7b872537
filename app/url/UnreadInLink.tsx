import { memo } from 'react';
import { useT } from '../i18n/useT';
import { useAtlas } from '../store/store';

/**
 * The line under the filters when the link the page opened with had parts it could not read (a
 * mistyped type, a date that does not exist, a link from a newer version): they were left out,
 * so the view may be wider than the one the sender saw, and the reader is told which. Values are
 * shown only when the codec finds them safe to show
 * back (short, no space, no markup), and then as text.
 */
function UnreadInLinkView() {
  const t = useT();
  const unread = useAtlas((s) => s.linkUnread);
  const lang = useAtlas((s) => s.lang);
  const dismiss = useAtlas((s) => s.dismissLinkUnread);
  if (unread.length === 0) return null;
  return (
    <div className="local-bar failed" role="status" data-testid="unread-in-link">
      <span>
        {t.unreadInLink}{' '}
        {unread.map((u, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the same key and value may repeat
          <span key={i} className="unknown-value">
            {i > 0 ? (lang === 'ar' ? '، ' : '; ') : null}
            {u.key === '' ? (
              t.linkTooLong(u.value ?? '')
            ) : (
              <>
                {t.linkKeys[u.key] ?? u.key}
                {u.value === undefined ? null : (
                  <>
                    {' «'}
                    <bdi dir="ltr">{u.value}</bdi>
                    {'»'}
                  </>
                )}
              </>
            )}
          </span>
        ))}
      </span>
      <button type="button" onClick={dismiss}>
        {t.dismiss}
      </button>
    </div>
  );
}

/** Memoised: it reads the store itself. */
export const UnreadInLink = memo(UnreadInLinkView);
