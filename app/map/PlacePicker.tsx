import { type KeyboardEvent, useEffect, useRef } from 'react';
import { actorList, formatIncidentDate, kindName, placeName, SEP } from '../i18n/messages';
import { useT } from '../i18n/useT';
import type { ListRow } from '../list/listRows';
import { useAtlas } from '../store/store';
import { IncidentIcon } from './IncidentIcon';

export interface PickerState {
  x: number;
  y: number;
  /**
   * The incidents at the place: the fields an entry shows, from their features or from the
   * compact columns (whose details may not be loaded yet), so that none is ever left out.
   */
  rows: ListRow[];
}

interface Props {
  state: PickerState;
  /** Called with the chosen incident, or null when the list is dismissed. */
  onClose(chosen: string | null): void;
}

/**
 * Several incidents at one place: a small list to choose from, so that none is out of reach.
 * Arrow keys move between the entries; Escape dismisses it.
 */
export function PlacePicker({ state, onClose }: Props) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const ref = useRef<HTMLDivElement>(null);
  const items = state.rows;

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button.pick')?.focus();
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button.pick') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.stopPropagation();
      e.preventDefault();
      onClose(null);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = (at + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length;
      buttons[next]?.focus();
    }
  };

  const details = (p: ListRow) =>
    [
      actorList(
        (p.actors ?? []).filter((a) => a !== 'unknown'),
        lang,
      ),
      t.casualties(p.fatalities, p.injuries),
    ]
      .filter(Boolean)
      .join(SEP[lang]);

  const first = items[0];
  const place = first ? placeName(first, lang) : '';
  return (
    <div
      ref={ref}
      className="place-picker"
      role="dialog"
      aria-label={`${t.chooseIncident}: ${place}`}
      data-testid="place-picker"
      style={{
        left: `clamp(0.5rem, ${state.x}px, calc(100% - 17rem))`,
        top: `clamp(0.5rem, ${state.y}px, calc(100% - 16rem))`,
      }}
      onKeyDown={onKeyDown}
    >
      <div className="picker-head">
        <span>
          {place}
          {SEP[lang]}
          {t.atPlace(items.length)}
        </span>
        <button
          type="button"
          className="icon-button"
          aria-label={t.closeList}
          onClick={() => onClose(null)}
        >
          ×
        </button>
      </div>
      <ul>
        {items.map((p) => {
          const who = details(p);
          return (
            <li key={p.id}>
              <button
                type="button"
                className="pick"
                data-incident-id={p.id}
                onClick={() => onClose(p.id)}
              >
                <IncidentIcon type={p.type} hollow={p.geoPrecision > 1} size={14} />
                <span>{kindName(t, p)}</span>
                <span className="muted">
                  {formatIncidentDate(p.date, p.timePrecision, lang, p.dateEnd)}
                </span>
                {/* Who and how many: two shellings of one place and day are told apart. */}
                {who ? <span className="pick-sub">{who}</span> : null}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
