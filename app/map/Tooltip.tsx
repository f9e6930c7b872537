import { formatIncidentDate, kindName, placeName } from '../i18n/messages';
import { useT } from '../i18n/useT';
import type { ListRow } from '../list/listRows';
import { useAtlas } from '../store/store';
import { IncidentIcon } from './IncidentIcon';

interface Props {
  /** The incident's fields a tooltip shows: from its feature, or from the compact columns. */
  incident: ListRow;
  /** Pointer position inside the map, in CSS pixels. */
  x: number;
  y: number;
  /** How many other incidents lie under the pointer. */
  others?: number;
}

/**
 * What the pointer is over: type, place, date and casualties. React renders it as text nodes,
 * so nothing from the data is ever parsed as HTML.
 */
export function Tooltip({ incident, x, y, others = 0 }: Props) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const p = incident;
  const casualties = t.casualties(p.fatalities, p.injuries);
  return (
    <div
      className="map-tooltip"
      role="tooltip"
      data-testid="map-tooltip"
      style={{
        left: `clamp(0px, ${x + 14}px, calc(100% - 15rem))`,
        top: `clamp(0px, ${y + 14}px, calc(100% - 7rem))`,
      }}
    >
      <div className="tooltip-type">
        <IncidentIcon type={p.type} hollow={p.geoPrecision > 1} size={14} />
        <strong>{kindName(t, p)}</strong>
      </div>
      <div>{placeName(p, lang)}</div>
      <div>{formatIncidentDate(p.date, p.timePrecision, lang, p.dateEnd)}</div>
      {casualties ? <div>{casualties}</div> : null}
      {others > 0 ? (
        <div className="tooltip-more" data-testid="tooltip-more">
          {t.othersHere(others)}
        </div>
      ) : null}
    </div>
  );
}
