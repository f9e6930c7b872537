import { useRef } from 'react';
import { useT } from '../i18n/useT';
import { REPORT_EXTENSIONS } from '../ingest/reports/extensions';
import { openLocalReports, prepareLocalReading } from './openLocal';
import { filesFromInput } from './pickedFiles';

/**
 * "Open reports": the reader's own report files, read in this browser and put on the map in
 * place of the published data (app/local/openLocal.ts). Files can also be dropped on the page
 * (DropReports).
 */
export function OpenReports() {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className="lang open-reports"
        onClick={() => input.current?.click()}
        // The worker starts while the reader picks files.
        onPointerEnter={prepareLocalReading}
        onFocus={prepareLocalReading}
        title={t.openReportsHint}
        data-testid="open-reports"
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          <path
            d="M2 3.5h4l1.5 1.5H14v7.5H2z"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.4"
            strokeLinejoin="round"
          />
        </svg>
        <span className="open-reports-label">{t.openReports}</span>
        <span className="visually-hidden"> — {t.openReportsHint}</span>
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={REPORT_EXTENSIONS.join(',')}
        hidden
        data-testid="open-reports-input"
        onChange={(e) => {
          const files = e.currentTarget.files;
          if (files?.length) openLocalReports(filesFromInput(files));
          // Picking the same files again is a new opening.
          e.currentTarget.value = '';
        }}
      />
    </>
  );
}
