import {
  actorList,
  formatIncidentDate,
  formatNumber,
  kindName,
  LIST_SEP,
  placeName,
  SEP,
  summaryText,
} from '../i18n/messages';
import { useT } from '../i18n/useT';
import { IncidentIcon } from '../map/IncidentIcon';
import type { IncidentFeature } from '../model';
import { useAtlas } from '../store/store';

/** An incident's facts in the interface language: what, who, when, where, how many. */
export function IncidentCard({ incident }: { incident: IncidentFeature }) {
  const t = useT();
  const lang = useAtlas((s) => s.lang);
  const p = incident.properties;
  const count = (n: number | null) =>
    n == null ? <span className="muted">{t.unknown}</span> : formatNumber(n, lang);
  const place = placeName(p, lang);
  return (
    <section className="incident-card" aria-label={t.incident} data-testid="incident-card">
      <p className="incident-summary">{summaryText(p, lang)}</p>
      <dl>
        <div>
          <dt>{t.type}</dt>
          <dd data-field="type">
            <IncidentIcon type={p.type} hollow={p.geoPrecision > 1} size={14} /> {kindName(t, p)}
            {/* An event is told apart within its type: the type it is filtered by is named too. */}
            {p.event ? <span className="muted"> ({t.types[p.type]})</span> : null}
          </dd>
        </div>
        <div>
          <dt>{t.actors}</dt>
          <dd data-field="actors">
            {p.actors.length ? actorList(p.actors, lang) : <span className="muted">{t.none}</span>}
          </dd>
        </div>
        <div>
          <dt>{t.date}</dt>
          <dd data-field="date">
            <time dateTime={p.date}>
              {formatIncidentDate(p.date, p.timePrecision, lang, p.dateEnd)}
            </time>
            {/* Stated or not: a date the text never gives is the report's, and may be late. */}
            {p.dateFromReport ? (
              <span className="muted" data-field="date-source">
                {SEP[lang]}
                {t.dateFromReport}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t.place}</dt>
          <dd data-field="place">
            {place}
            <span className="muted">
              {SEP[lang]}
              {t.geoPrecision[p.geoPrecision] ?? ''}
            </span>
            {/* A tally's other areas, a patrol route's end: the map shows the first place only. */}
            {p.alsoPlaces?.length ? (
              <span data-field="also-places">
                {SEP[lang]}
                {t.alsoPlaces} {p.alsoPlaces.map((a) => placeName(a, lang)).join(LIST_SEP[lang])}
              </span>
            ) : null}
          </dd>
        </div>
      </dl>
      <dl className="numbers">
        <div>
          <dt>{t.strikes}</dt>
          <dd data-field="strikes">{count(p.strikes)}</dd>
        </div>
        <div>
          <dt>{t.killed}</dt>
          <dd data-field="killed">{count(p.fatalities)}</dd>
        </div>
        <div>
          <dt>{t.injured}</dt>
          <dd data-field="injured">{count(p.injuries)}</dd>
        </div>
      </dl>
    </section>
  );
}
