import {
  ACTORS,
  type Actor,
  INCIDENT_TYPES,
  type IncidentFeature,
  type IncidentType,
  isCasualtyToll,
} from '../model';

/** Totals for a set of incidents: what the summary panel shows for the current filter. */
export interface Summary {
  incidents: number;
  byType: Record<IncidentType, number>;
  byActor: Record<Actor, number>;
  killed: number;
  injured: number;
  /** Incidents that state a number of killed (null means "not reported", not zero). */
  withKilledReported: number;
  /** Incidents that state a number of injured. */
  withInjuredReported: number;
  /**
   * Of `killed` and `injured`, what casualty tolls give (type `other`: casualties a report
   * totals with no event of their own, often over a period, `حصيلة ضحايا … منذ بداية الشهر`).
   * A toll may also count people the incidents listed on their own count, so a reader must be
   * told how much of a sum they make.
   */
  killedInTolls: number;
  injuredInTolls: number;
}

export function summarise(incidents: IncidentFeature[]): Summary {
  const byType = Object.fromEntries(INCIDENT_TYPES.map((t) => [t, 0])) as Record<
    IncidentType,
    number
  >;
  const byActor = Object.fromEntries(ACTORS.map((a) => [a, 0])) as Record<Actor, number>;
  let killed = 0;
  let injured = 0;
  let withKilledReported = 0;
  let withInjuredReported = 0;
  let killedInTolls = 0;
  let injuredInTolls = 0;
  for (const f of incidents) {
    const p = f.properties;
    if (p.type in byType) byType[p.type]++;
    for (const a of new Set(p.actors)) if (a in byActor) byActor[a]++;
    if (p.fatalities != null) {
      killed += p.fatalities;
      withKilledReported++;
    }
    if (p.injuries != null) {
      injured += p.injuries;
      withInjuredReported++;
    }
    // An Other with an event of its own (an aircraft downed) told its figures as its own.
    if (isCasualtyToll(p)) {
      killedInTolls += p.fatalities ?? 0;
      injuredInTolls += p.injuries ?? 0;
    }
  }
  return {
    incidents: incidents.length,
    byType,
    byActor,
    killed,
    injured,
    withKilledReported,
    withInjuredReported,
    killedInTolls,
    injuredInTolls,
  };
}
