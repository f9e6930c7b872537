import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT';
import { useAtlas } from '../store/store';
import { openLocalReports, prepareLocalReading } from './openLocal';
import { filesFromDrop } from './pickedFiles';

/** Whether a drag carries files (not text or a link dragged from the page). */
const carriesFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');

/**
 * Report files or folders dropped anywhere on the page are opened (app/local/openLocal.ts); while
 * files are dragged over it, the page says what a drop will do.
 */
export function DropReports() {
  const t = useT();
  const [over, setOver] = useState(false);
  useEffect(() => {
    // Enter and leave fire for every element crossed: the drag is over the page while more
    // enters than leaves have been seen.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (depth++ === 0) prepareLocalReading();
      setOver(true);
    };
    const overPage = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      // Without this the browser opens a dropped file in place of the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      filesFromDrop(e.dataTransfer).then(openLocalReports, (err: Error) =>
        // A dropped folder the browser would not list (permissions): said, not swallowed.
        useAtlas.getState().setLocalRun({ status: 'failed', message: err.message || String(err) }),
      );
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overPage);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overPage);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, []);
  if (!over) return null;
  return (
    <div className="drop-reports" data-testid="drop-reports" aria-hidden="true">
      <div>
        <strong>{t.dropReports}</strong>
        <p>{t.dropReportsHint}</p>
      </div>
    </div>
  );
}
