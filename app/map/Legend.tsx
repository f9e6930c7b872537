import { useId, useState } from 'react';
import { formatNumber } from '../i18n/messages';
import { useT } from '../i18n/useT';
import { INCIDENT_TYPES, TOLL_TYPE } from '../model';
import { useAtlas } from '../store/store';
import { IncidentIcon } from './IncidentIcon';
import { SIZE_STEPS } from './incidentLayers';

const OPEN_KEY = 'incident-atlas.legend';

/**
 * Open as the reader last left it; else open only where the map has the room for it: the open
 * legend is 330 px tall (on a laptop screen it would hide a third of the map), and on a tablet
 * the report panel would lie over it.
 */
function startsOpen(): boolean {
  let saved: string | null | undefined;
  try {
    saved = globalThis.localStorage?.getItem(OPEN_KEY);
  } catch {
    // Storage refused (a sandboxed frame, some private modes): as on a first visit.
  }
  if (saved === 'open' || saved === 'folded') return saved === 'open';
  return globalThis.matchMedia?.('(min-width: 1101px) and (min-height: 900px)').matches ?? true;
}

function remember(open: boolean): void {
  try {
    globalThis.localStorage?.setItem(OPEN_KEY, open ? 'open' : 'folded');
  } catch {
    // Storage refused (private mode, quota): the choice lasts this visit only.
  }
}

/**
 * The disclosure triangle: down when open; when folded, towards where the text reads on (the
 * legend's body comes after its name), so right in English and left in Arabic.
 */
export function disclosureArrow(open: boolean, dir: 'ltr' | 'rtl'): string {
  if (open) return '▾';
  return dir === 'rtl' ? '◂' : '▸';
}

/** What the map's shapes, colours, sizes and outlines mean; it can be folded away. */
export function Legend() {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const [open, setOpen] = useState(startsOpen);
  const bodyId = useId();
  return (
    <section className={`legend ${open ? 'open' : ''}`} aria-label={t.legend} data-testid="legend">
      {/* The button in a heading (the disclosure pattern): the legend's parts are h3s, so
          the page's outline goes h1, h2, h3 with no level skipped. */}
      <h2 className="legend-heading">
        <button
          type="button"
          className="legend-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => {
            setOpen(!open);
            remember(!open);
          }}
        >
          {t.legend}
          <span aria-hidden="true">{` ${disclosureArrow(open, lang === 'ar' ? 'rtl' : 'ltr')}`}</span>
        </button>
      </h2>
      <div id={bodyId} className="legend-body" hidden={!open}>
        <h3>{t.legendTypes}</h3>
        <ul className="legend-types">
          {INCIDENT_TYPES.map((type) => (
            <li key={type} data-type={type}>
              <IncidentIcon type={type} size={16} />
              {/* The legend says what Other holds: mostly casualty tolls, not events. */}
              <span>{type === TOLL_TYPE ? t.legendOther : t.types[type]}</span>
            </li>
          ))}
        </ul>
        <h3>{t.legendSize}</h3>
        <ul className="legend-sizes">
          {SIZE_STEPS.map(([n, scale]) => (
            <li key={n}>
              <IncidentIcon type="other" size={Math.round(24 * scale)} />
              <span>{`${formatNumber(n, lang)}${n === SIZE_STEPS.at(-1)![0] ? '+' : ''}`}</span>
            </li>
          ))}
        </ul>
        <h3>{t.legendPrecision}</h3>
        <ul className="legend-precision">
          <li>
            <IncidentIcon type="other" size={16} />
            <span>{t.precisionExact}</span>
          </li>
          <li>
            <IncidentIcon type="other" hollow size={16} />
            <span>{t.precisionArea}</span>
          </li>
          <li>
            <span className="legend-cluster" aria-hidden="true">
              {formatNumber(3, lang)}
            </span>
            <span>{t.legendCluster}</span>
          </li>
        </ul>
      </div>
    </section>
  );
}
