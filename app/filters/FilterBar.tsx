import { type MouseEvent, memo, type ReactNode, useEffect, useMemo, useRef } from 'react';
import { summariseIndexed } from '../derive/columnSummary';
import { type Filters, NO_FILTERS } from '../derive/filters';
import { summarise } from '../derive/summary';
import { useFiltered } from '../derive/useVisibleIncidents';
import { useExport } from '../export/useExport';
import { formatNumber, plainNumber, SEP } from '../i18n/messages';
import { outletName } from '../i18n/outletNames';
import { useT } from '../i18n/useT';
import { asciiDigits } from '../ingest/reports/arabic';
import { TYPE_COLOURS } from '../map/incidentLayers';
import {
  ACTORS,
  type Actor,
  type GeoPrecision,
  INCIDENT_TYPES,
  type IncidentEvent,
  TOLL_TYPE,
} from '../model';
import { useScrollCues } from '../shell/useScrollCues';
import { useAtlas } from '../store/store';
import type { Region } from '../store/viewSlice';
import { beginGesture, endGesture } from '../url/history';
import { CopyViewLink } from './CopyViewLink';

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** Space kept between an open menu and the window's edge, in CSS pixels. */
const MENU_MARGIN = 8;

/**
 * Shift an open menu sideways so that it lies inside the window: a menu opened under a button
 * near the window's end (the inline end in English, the start in Arabic) would otherwise stick
 * out, and widen the page so that it scrolls sideways.
 */
function keepInView(menu: HTMLElement): void {
  menu.style.translate = '';
  const r = menu.getBoundingClientRect();
  const width = document.documentElement.clientWidth;
  const dx =
    r.right > width - MENU_MARGIN
      ? width - MENU_MARGIN - r.right
      : r.left < MENU_MARGIN
        ? MENU_MARGIN - r.left
        : 0;
  if (dx) menu.style.translate = `${Math.round(dx)}px 0`;
}

/**
 * The actors in the order the menu lists them: the new government's forces right after
 * Assad's, and `unknown` last, though the columns store actors added after it (`israel`,
 * `government`) in later bits.
 */
export const ACTORS_LISTED: readonly Actor[] = [
  ...ACTORS.filter((a) => a !== 'unknown' && a !== 'government').flatMap((a): Actor[] =>
    a === 'regime' ? ['regime', 'government'] : [a],
  ),
  'unknown',
];

/**
 * The events in the order of the type chips they fall in (airstrike, attack, explosion,
 * deployment, agreement, other), not in their storage order; a test checks that none is missing.
 */
export const EVENTS_BY_TYPE: readonly IncidentEvent[] = [
  'drone-strike',
  'abduction',
  'suicide-bombing',
  'withdrawal',
  'redeployment',
  'patrol',
  'post-set-up',
  'deal',
  'arrest',
  'raid',
  'protest',
  'aircraft-downed',
  'taken-unfought',
];

/** The governorates of northwest Syria, the atlas's own region, listed first. */
const NORTHWEST = ['adm1-ID', 'adm1-HL', 'adm1-HM', 'adm1-LA'];

/** The governorate menu's order: the northwest's four, then the others by name. */
function regionsInOrder(regions: ReadonlyMap<string, Region>, lang: 'ar' | 'en'): Region[] {
  const rank = (r: Region) => {
    const k = NORTHWEST.indexOf(r.properties.id);
    return k < 0 ? NORTHWEST.length : k;
  };
  return [...regions.values()].sort(
    (a, b) => rank(a) - rank(b) || regionLabel(a, lang).localeCompare(regionLabel(b, lang), lang),
  );
}

/**
 * The share of a casualty sum that comes from tolls (Summary.killedInTolls), shown beside it:
 * a toll may count again people counted by incidents listed on their own, and a sum cited
 * without saying so would overstate. Nothing when no toll gives a figure.
 */
function TollShare({ n }: { n: number }) {
  const t = useT();
  if (n <= 0) return null;
  return (
    <span className="rt-toll-share" data-testid="summary-toll-share" title={t.tollsNote(n)}>
      {' '}
      {t.inTolls(n)}
    </span>
  );
}

/**
 * One filter menu: a native disclosure (keyboard and screen readers know it). One is open at a
 * time (the shared `name`); Escape or a press outside closes it, Escape returning focus to its
 * button; and it is kept inside the window.
 */
function Dropdown(props: {
  label: string;
  count: number;
  testId: string;
  /** What the menu filters by, shown on its button (a tooltip). */
  note?: string;
  children: ReactNode;
}) {
  const t = useT();
  const details = useRef<HTMLDetailsElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // Listening all the time, not from the toggle on: the toggle event comes a task later, and a
  // press outside in between must close the menu too.
  useEffect(() => {
    const close = (focus: boolean) => {
      const d = details.current;
      if (!d?.open) return false;
      d.open = false;
      if (focus) d.querySelector('summary')?.focus();
      return true;
    };
    // Captured, so that the Escape closing the menu does not also close the report panel.
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && close(true)) e.stopPropagation();
    };
    const onPress = (e: PointerEvent) => {
      if (!details.current?.contains(e.target as Node)) close(false);
    };
    // The menu is placed when it gets its size: a closed menu has none, and the observer runs
    // after layout and before paint, so an opened menu is never drawn sticking out (the toggle
    // event comes a task later, maybe a frame late); its size changing later (a web font
    // arriving, the language switched) places it again.
    const placed = new ResizeObserver(() => {
      if (!details.current?.open || !menu.current) return;
      keepInView(menu.current);
      // In a scrolling fold (phone) the menu opens in place, maybe below the fold's end.
      if (details.current.closest('.foldable'))
        menu.current.scrollIntoView({ block: 'nearest', behavior: 'instant' });
    });
    if (menu.current) placed.observe(menu.current);
    document.addEventListener('keydown', onKey, true);
    document.addEventListener('pointerdown', onPress, true);
    return () => {
      placed.disconnect();
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener('pointerdown', onPress, true);
    };
  }, []);
  return (
    <details ref={details} name="filter-menu" className="rt-dropdown" data-testid={props.testId}>
      <summary title={props.note}>
        {props.label}
        {props.count > 0 ? <span className="rt-badge">{t.selectedCount(props.count)}</span> : null}
      </summary>
      <div ref={menu} className="rt-menu">
        {props.children}
      </div>
    </details>
  );
}

/** The place precisions a reader may keep: 1 a town, 2 near one or part of an area, 3 a region. */
const PRECISIONS: readonly GeoPrecision[] = [1, 2, 3];

/**
 * A menu's checkboxes: one per item, ticked when chosen; a change gives the new choice (the
 * item added at the end, or taken out).
 */
function CheckList<T extends string | number>(props: {
  items: readonly T[];
  chosen: readonly T[];
  onChange: (chosen: T[]) => void;
  label: (item: T) => ReactNode;
}) {
  return props.items.map((item) => (
    <label key={item}>
      <input
        type="checkbox"
        value={item}
        checked={props.chosen.includes(item)}
        onChange={() => props.onChange(toggle(props.chosen, item))}
      />
      {props.label(item)}
    </label>
  ));
}

/** A whole number typed in Western, Arabic-Indic or Persian digits; null when empty, undefined when not a number. */
export function readCount(text: string): number | null | undefined {
  const t = asciiDigits(text).trim();
  if (t === '') return null;
  return /^\d{1,7}$/.test(t) ? Number(t) : undefined;
}

/** The governorate an area filter names, in the interface language (the chip says which one). */
function regionName(
  area: NonNullable<Filters['area']>,
  regions: ReadonlyMap<string, Region>,
  lang: 'en' | 'ar',
): string | undefined {
  if (area.kind !== 'region') return undefined;
  const r = regions.get(area.id);
  return r ? regionLabel(r, lang) : undefined;
}

/** A governorate's name in the interface language. */
function regionLabel(r: Region, lang: 'en' | 'ar'): string {
  return lang === 'ar' ? r.properties.nameAr : r.properties.nameEn;
}

/** Filters by text, type, actor, event, outlet, precision, casualties and area, with export and summary. */
function FilterBarView() {
  const t = useT();
  const summaryRef = useRef<HTMLElement>(null);
  useScrollCues(summaryRef);
  const lang = useAtlas((s) => s.lang);
  const filters = useAtlas((s) => s.filters);
  const setFilters = useAtlas((s) => s.setFilters);
  const drawMode = useAtlas((s) => s.drawMode);
  const setDrawMode = useAtlas((s) => s.setDrawMode);
  const regions = useAtlas((s) => s.regions);
  // scale: outlets and totals from the filter index (columns), not from 100k feature objects.
  const filtered = useFiltered();
  const index = filtered?.index;
  const outlets = useMemo(() => [...(index?.outletNames ?? [])].sort(), [index]);
  const summary = useMemo(
    () => (filtered ? summariseIndexed(filtered.index, filtered.result) : summarise([])),
    [filtered],
  );
  const set = (patch: Partial<Filters>) => setFilters(patch);
  const n = t.formatCount;
  /** How many incidents state the figure, and how much of it casualty tolls give. */
  const casualtyTitle = (stated: number, inTolls: number) =>
    t.statedIn(stated, summary.incidents) + (inTolls > 0 ? `\n${t.tollsNote(inTolls)}` : '');

  const {
    exportAs,
    blocked: exportBlocked,
    exporting,
    writing,
    waiting,
    error: exportError,
    dismiss,
  } = useExport();

  const area = filters.area;
  /** Choose how to draw; the menu closes when drawing starts, so it covers none of the map. */
  const startDrawing = (e: MouseEvent<HTMLButtonElement>, mode: typeof drawMode) => {
    setDrawMode(mode);
    const menu = e.currentTarget.closest('details');
    if (mode !== 'none' && menu) menu.open = false;
  };

  return (
    <section className="rt-filters" aria-label={t.filters} data-testid="filter-bar">
      <div className="rt-row">
        <input
          type="search"
          className="rt-search"
          aria-label={t.search}
          placeholder={t.searchPlaceholder}
          title={t.searchHint}
          value={filters.text}
          maxLength={200}
          data-testid="filter-text"
          onChange={(e) => {
            beginGesture();
            set({ text: e.target.value });
          }}
          onBlur={endGesture}
        />
        <fieldset className="rt-types" data-testid="filter-types">
          <legend className="rt-sr">{t.eventType}</legend>
          {INCIDENT_TYPES.map((type) => (
            <label
              key={type}
              className="rt-chip"
              title={type === TOLL_TYPE ? t.otherTypeNote : undefined}
            >
              <input
                type="checkbox"
                checked={filters.types.includes(type)}
                value={type}
                onChange={() => set({ types: toggle(filters.types, type) })}
              />
              <span className="rt-swatch" style={{ background: TYPE_COLOURS[type] }} />
              {t.types[type]}
            </label>
          ))}
        </fieldset>
        <Dropdown label={t.actor} count={filters.actors.length} testId="filter-actors">
          <CheckList
            items={ACTORS_LISTED}
            chosen={filters.actors}
            onChange={(actors) => set({ actors })}
            label={(a) => t.actorNames[a]}
          />
        </Dropdown>
        <Dropdown
          label={t.eventFilter}
          count={filters.events.length}
          testId="filter-events"
          note={t.eventFilterNote}
        >
          <CheckList
            items={EVENTS_BY_TYPE}
            chosen={filters.events}
            onChange={(events) => set({ events })}
            label={(e) => t.events[e]}
          />
        </Dropdown>
        <Dropdown label={t.outlet} count={filters.outlets.length} testId="filter-outlets">
          <CheckList
            items={outlets}
            chosen={filters.outlets}
            onChange={(chosen) => set({ outlets: chosen })}
            label={(o) => <bdi>{outletName(o, lang)}</bdi>}
          />
        </Dropdown>
        <Dropdown label={t.precision} count={filters.precisions.length} testId="filter-precision">
          <CheckList
            items={PRECISIONS}
            chosen={filters.precisions}
            onChange={(precisions) => set({ precisions: precisions.sort() })}
            label={(p) => (
              <>
                {formatNumber(p, lang)}
                {SEP[lang]}
                {t.precisions[p]}
              </>
            )}
          />
        </Dropdown>
        <Dropdown
          label={t.casualtiesFilter}
          count={
            (filters.hasCasualties ? 1 : 0) +
            (filters.minKilled ? 1 : 0) +
            (filters.noTolls ? 1 : 0)
          }
          testId="filter-casualties"
        >
          <label>
            <input
              type="checkbox"
              data-testid="filter-has-casualties"
              checked={filters.hasCasualties}
              onChange={(e) => set({ hasCasualties: e.target.checked })}
            />
            {t.hasCasualties}
          </label>
          <label title={t.leaveTollsOutNote}>
            <input
              type="checkbox"
              data-testid="filter-no-tolls"
              checked={filters.noTolls}
              onChange={(e) => set({ noTolls: e.target.checked })}
            />
            {t.noTolls}
          </label>
          <label>
            {t.minKilled}{' '}
            {/* Text, not type=number: a number field drops Arabic-Indic digits (٥) silently. */}
            <input
              type="text"
              inputMode="numeric"
              className="rt-number"
              data-testid="filter-min-killed"
              value={filters.minKilled ? plainNumber(filters.minKilled, lang) : ''}
              onChange={(e) => {
                const v = readCount(e.target.value);
                if (v !== undefined) set({ minKilled: v ? Math.min(v, 999999) : null });
              }}
            />
          </label>
        </Dropdown>
        <Dropdown label={t.area} count={area ? 1 : 0} testId="filter-area">
          <div className="rt-buttons">
            <button
              type="button"
              data-testid="draw-polygon"
              aria-pressed={drawMode === 'polygon'}
              onClick={(e) => startDrawing(e, drawMode === 'polygon' ? 'none' : 'polygon')}
            >
              {t.drawPolygon}
            </button>
            <button
              type="button"
              data-testid="draw-rectangle"
              aria-pressed={drawMode === 'rectangle'}
              onClick={(e) => startDrawing(e, drawMode === 'rectangle' ? 'none' : 'rectangle')}
            >
              {t.drawRectangle}
            </button>
            <button
              type="button"
              data-testid="pick-region"
              aria-pressed={drawMode === 'region'}
              disabled={regions.size === 0}
              onClick={(e) => startDrawing(e, drawMode === 'region' ? 'none' : 'region')}
            >
              {t.pickRegion}
            </button>
          </div>
          <label>
            {t.region}{' '}
            <select
              data-testid="filter-region"
              value={area?.kind === 'region' ? area.id : ''}
              onChange={(e) =>
                set({ area: e.target.value ? { kind: 'region', id: e.target.value } : null })
              }
            >
              <option value="">{t.anyRegion}</option>
              {regionsInOrder(regions, lang).map((r) => (
                <option key={r.properties.id} value={r.properties.id}>
                  {regionLabel(r, lang)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              data-testid="filter-in-view"
              checked={area?.kind === 'view'}
              onChange={(e) =>
                set({ area: e.target.checked ? { kind: 'view', bbox: null } : null })
              }
            />
            {t.inView}
          </label>
          <label>
            <input
              type="checkbox"
              data-testid="filter-include-overlapping"
              checked={filters.includeOverlapping}
              onChange={(e) => set({ includeOverlapping: e.target.checked })}
            />
            {t.includeOverlapping}
          </label>
          <button
            type="button"
            data-testid="clear-area"
            disabled={!area}
            onClick={() => set({ area: null })}
          >
            {t.clearArea}
          </button>
        </Dropdown>
        <button
          type="button"
          className="rt-reset"
          data-testid="reset-filters"
          onClick={() => setFilters(NO_FILTERS)}
        >
          {t.resetFilters}
        </button>
        <span className="rt-spacer" />
        <CopyViewLink />
        {(['csv', 'geojson'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            data-testid={`export-${kind}`}
            onClick={() => void exportAs(kind)}
            // Not `disabled` when blocked: a disabled button shows no tooltip and takes no
            // click, so the reason could not be seen; a click shows it in the status line.
            aria-disabled={exportBlocked !== null}
            disabled={exporting !== null || waiting || writing !== null}
            title={exportBlocked ?? undefined}
          >
            {kind === 'csv' ? t.exportCsv : t.exportGeoJson}
          </button>
        ))}
      </div>
      {exporting || waiting || writing || exportError ? (
        <div className="rt-hint" role="status" data-testid="export-status">
          {exporting
            ? t.exportLoading(exporting.done, exporting.total)
            : waiting
              ? t.loadingDetails
              : writing
                ? t.exportWriting(writing.kind === 'csv' ? 'CSV' : 'GeoJSON', writing.count)
                : exportError}
          {exportError ? (
            <button type="button" onClick={dismiss}>
              {t.dismiss}
            </button>
          ) : null}
        </div>
      ) : null}
      <section
        ref={summaryRef}
        className="rt-summary"
        data-testid="summary"
        aria-label={t.summary}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the row scrolls sideways; keyboard users must reach it
        tabIndex={0}
      >
        {area ? (
          <span className="rt-area-tag">
            {t.areaActive(regionName(area, regions, lang) ?? t.areaKinds[area.kind])}
            <button type="button" aria-label={t.clearArea} onClick={() => set({ area: null })}>
              ×
            </button>
          </span>
        ) : null}
        <span data-testid="summary-killed">
          {t.killed}:{' '}
          <strong title={casualtyTitle(summary.withKilledReported, summary.killedInTolls)}>
            {summary.withKilledReported > 0 ? n(summary.killed) : '—'}
          </strong>
          <TollShare n={summary.killedInTolls} />
        </span>
        <span data-testid="summary-injured">
          {t.injured}:{' '}
          <strong title={casualtyTitle(summary.withInjuredReported, summary.injuredInTolls)}>
            {summary.withInjuredReported > 0 ? n(summary.injured) : '—'}
          </strong>
          <TollShare n={summary.injuredInTolls} />
        </span>
        {/* Shown while tolls are left out too: pressed, it is where they come back. */}
        {summary.killedInTolls > 0 || summary.injuredInTolls > 0 || filters.noTolls ? (
          <button
            type="button"
            className="rt-leave-tolls"
            data-testid="leave-tolls-out"
            aria-pressed={filters.noTolls}
            title={t.leaveTollsOutNote}
            onClick={() => set({ noTolls: !filters.noTolls })}
          >
            {t.leaveTollsOut}
          </button>
        ) : null}
        <span className="rt-sep" aria-hidden="true" />
        {INCIDENT_TYPES.filter((ty) => summary.byType[ty] > 0).map((ty) => (
          <span key={ty} className="rt-stat" data-testid={`summary-type-${ty}`}>
            <span className="rt-swatch" style={{ background: TYPE_COLOURS[ty] }} />
            {t.types[ty]} {n(summary.byType[ty])}
          </span>
        ))}
        <span className="rt-sep" aria-hidden="true" />
        {ACTORS.filter((a) => summary.byActor[a] > 0)
          .sort((a, b) => summary.byActor[b] - summary.byActor[a])
          .map((a) => (
            <span key={a} className="rt-stat" data-testid={`summary-actor-${a}`}>
              {t.actorNames[a]} {n(summary.byActor[a])}
            </span>
          ))}
      </section>
    </section>
  );
}

/** Memoised: it reads the store itself, so the page's re-render on every filter change skips it. */
export const FilterBar = memo(FilterBarView);
