import { type ReactNode, useId } from 'react';
import { useAtlas } from '../store/store';
import { PHONE_QUERY, useMediaQuery } from './useMediaQuery';

interface Props {
  /** The button's text, e.g. "Filters". */
  label: string;
  /** Shown next to the label while folded, e.g. how many filters are active. */
  badge?: string;
  testId: string;
  children: ReactNode;
}

/**
 * On a phone, a part of the page (the filters, the timeline) folds away behind a button so the
 * map and the list keep their room; on larger screens it is simply there. One is open at a time:
 * the filters and the timeline open together left the map a strip of 65 pixels.
 */
export function Foldable({ label, badge, testId, children }: Props) {
  const phone = useMediaQuery(PHONE_QUERY);
  const open = useAtlas((s) => s.openFold === testId);
  const setOpenFold = useAtlas((s) => s.setOpenFold);
  const id = useId();
  if (!phone) return <>{children}</>;
  return (
    <div className="foldable" data-testid={testId}>
      <button
        type="button"
        className="fold-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpenFold(open ? null : testId)}
        data-testid={`${testId}-toggle`}
      >
        <span>{label}</span>
        {badge && !open ? <span className="fold-badge">{badge}</span> : null}
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={id} hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
