import { memo, useMemo } from 'react';
import { useFiltered } from '../derive/useVisibleIncidents';
import { useT } from '../i18n/useT';
import { useAtlas } from '../store/store';
import { unknownInLink } from './unknownInLink';

/**
 * The line under the filters when the filters name an outlet or a governorate the data shown do
 * not hold (a link made on other data): said, with the values, and one button takes them out.
 */
function UnknownInLinkView() {
  const t = useT();
  // The two filters it reads, not all: a date change (a brush, a play frame) recomputes nothing.
  const outlets = useAtlas((s) => s.filters.outlets);
  const area = useAtlas((s) => s.filters.area);
  const regions = useAtlas((s) => s.regions);
  const setFilters = useAtlas((s) => s.setFilters);
  const outletNames = useFiltered()?.index.outletNames;
  const unknown = useMemo(
    () => (outletNames ? unknownInLink({ outlets, area }, outletNames, regions) : null),
    [outlets, area, outletNames, regions],
  );
  if (!unknown) return null;
  const remove = () =>
    setFilters({
      outlets: outlets.filter((o) => !unknown.outlets.includes(o)),
      ...(unknown.region ? { area: null } : {}),
    });
  return (
    <div className="local-bar failed" role="status" data-testid="unknown-in-link">
      <span>
        {t.unknownInLink}{' '}
        {unknown.outlets.map((o) => (
          <span key={o} className="unknown-value">
            {t.unknownOutlet} «<bdi>{o}</bdi>»{' '}
          </span>
        ))}
        {unknown.region ? (
          <span className="unknown-value">
            {t.unknownRegion} «<bdi dir="ltr">{unknown.region}</bdi>»
          </span>
        ) : null}
      </span>
      <button type="button" onClick={remove}>
        {t.removeUnknown}
      </button>
    </div>
  );
}

/** Memoised: it reads the store itself, so the page's own re-renders skip it. */
export const UnknownInLink = memo(UnknownInLinkView);
