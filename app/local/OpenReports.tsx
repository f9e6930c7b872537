import { type InputHTMLAttributes, type ReactNode, useRef } from 'react';
import { useT } from '../i18n/useT';
import { REPORT_EXTENSIONS } from '../ingest/reports/extensions';
import { openLocalReports, prepareLocalReading } from './openLocal';
import { filesFromInput } from './pickedFiles';

/** A button that opens the browser's file picker and opens what is picked. */
function PickButton(props: {
  label: string;
  hint: string;
  className: string;
  testId: string;
  icon: ReactNode;
  /** What the picker picks: files of these kinds, or a folder. */
  picker: InputHTMLAttributes<HTMLInputElement>;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button
        type="button"
        className={`lang open-reports ${props.className}`}
        onClick={() => input.current?.click()}
        // The worker starts while the reader picks files.
        onPointerEnter={prepareLocalReading}
        onFocus={prepareLocalReading}
        title={props.hint}
        data-testid={props.testId}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
          {props.icon}
        </svg>
        <span className="open-reports-label">{props.label}</span>
        <span className="visually-hidden"> — {props.hint}</span>
      </button>
      <input
        ref={input}
        type="file"
        hidden
        data-testid={`${props.testId}-input`}
        {...props.picker}
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

const line = {
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 1.4,
  strokeLinejoin: 'round',
} as const;

/** The files picker on its own (the top bar's first button; also where the data could not load). */
export function OpenFilesButton({ testId }: { testId: string }) {
  const t = useT();
  return (
    <PickButton
      label={t.openReports}
      hint={t.openReportsHint}
      className="open-files"
      testId={testId}
      icon={<path d="M4 1.8h5.2L12 4.6v9.6H4zM9 1.8v3h3M6 8h4M6 10.5h4" {...line} />}
      picker={{ multiple: true, accept: REPORT_EXTENSIONS.join(',') }}
    />
  );
}

/**
 * "Open reports" and "Open a folder": the reader's own report files, read in this browser and
 * put on the map in place of the published data (app/local/openLocal.ts). Files and folders can
 * also be dropped on the page (DropReports). The folder picker reads every file under the folder
 * (the ingest skips, and lists, what is not a report); phones, where few browsers pick folders,
 * have the files button only.
 */
export function OpenReports() {
  const t = useT();
  return (
    <>
      <OpenFilesButton testId="open-reports" />
      <PickButton
        label={t.openFolder}
        hint={t.openFolderHint}
        className="open-folder"
        testId="open-folder"
        icon={<path d="M2 3.5h4l1.5 1.5H14v7.5H2z" {...line} />}
        // Not in React's typings; Chromium, Firefox and Safari pick a folder with it.
        picker={{ ...({ webkitdirectory: '' } as InputHTMLAttributes<HTMLInputElement>) }}
      />
    </>
  );
}
