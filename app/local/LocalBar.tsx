import { ingestMessage } from '../i18n/ingestMessages';
import { useT } from '../i18n/useT';
import { MessageText } from '../shell/MessageText';
import { useAtlas } from '../store/store';
import { backToPublished, cancelLocalReports } from './openLocal';

/**
 * The line under the filters while the reader's own reports are read (with the way to stop),
 * when their reading failed, and while they are shown (with the way back to the published data).
 * Renders nothing otherwise.
 */
export function LocalBar() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const run = useAtlas((s) => s.localRun);
  const local = useAtlas((s) => (s.data.status === 'ready' ? s.data.data.local : undefined));
  // From the columns: many incidents are shown before their details come (openLocal.ts).
  const incidents = useAtlas((s) =>
    s.data.status === 'ready'
      ? (s.data.data.columns?.columns.count ?? s.data.data.incidents.length)
      : 0,
  );
  const report = useAtlas((s) => (s.data.status === 'ready' ? s.data.data.report : undefined));
  const setRun = useAtlas((s) => s.setLocalRun);
  if (run?.status === 'reading')
    return (
      <div className="local-bar" role="status" data-testid="local-reading">
        <span className="spinner" aria-hidden="true" />
        <span>
          {run.checking
            ? t.checkingReports(run.done, run.total)
            : t.readingReports(run.done, run.total)}
        </span>
        <progress max={run.total} value={run.done} aria-hidden="true" />
        <button type="button" onClick={cancelLocalReports}>
          {t.cancel}
        </button>
      </div>
    );
  if (run?.status === 'failed' || run?.status === 'tooMuch')
    return (
      <div className="local-bar failed" role="alert" data-testid="local-failed">
        <span>
          {run.status === 'failed'
            ? t.localFailed(run.message)
            : t.localTooMuch(run.bytes, run.max)}
        </span>
        <button type="button" onClick={() => setRun(null)}>
          {t.dismiss}
        </button>
      </div>
    );
  if (!local) return null;
  // Files that could not be read are said here, with the first reason: a reader who opened
  // three files and sees incidents must not take them for all three's.
  const failed = report?.filesWithErrors ?? 0;
  const first = report?.errors[0];
  return (
    <div
      className={`local-bar shown${failed ? ' partly' : ''}`}
      role="status"
      data-testid="local-shown"
    >
      <span>{t.localShown(local.files, incidents)}</span>
      {failed > 0 && first ? (
        <span data-testid="local-unread">
          {t.localUnread(failed, local.files)} <bdi>{first.file}</bdi>
          {': '}
          <MessageText text={ingestMessage(first.message, lang)} />
        </span>
      ) : null}
      <button type="button" onClick={backToPublished} data-testid="back-to-published">
        {t.backToPublished}
      </button>
    </div>
  );
}
