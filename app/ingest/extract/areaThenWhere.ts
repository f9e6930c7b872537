/**
 * An event told at areas, then where in them (`صعّدت الطائرات الروسية من غاراتها على ريفي إدلب
 * وحماة، حيث نفذت 43 غارة على كل من كفرنبودة والهبيط وقلعة المضيق`): the towns of the `حيث`
 * clause are where it happened, and the areas only frame them. An area that holds one of those
 * towns is no incident of its own; counted there too, the same strikes would be mapped twice,
 * once at the countryside and again at each town.
 */
import { booleanPointInPolygon } from '@turf/turf';
import type { IncidentProperties, PlaceMention } from '../../model';
import { isSpecific } from './places';

/** What this rule reads of a clause (extractIncidents' Clause). */
export interface ToldClause {
  readonly cls: { type: string } | null;
  readonly folded: string;
  readonly mentions: readonly PlaceMention[];
  readonly drafts: IncidentProperties[];
}

/** A clause telling where the event before it happened: `حيث` (folded). */
export const WHERE_TOLD = /^[^\p{L}]*[وف]?حيث(?![\p{L}])/u;

/**
 * The drafts at areas that a later `حيث` clause of the same sentence and type places inside,
 * at its towns, each with its clause. Only drafts with no figure of their own (a toll or a count
 * of strikes told at the area would be lost with it).
 *
 * @example
 * areasToldWhere([areaClause, whereClause]) // the Hama countryside's draft and Idlib's, of areaClause
 */
export function areasToldWhere<C extends ToldClause>(
  clauses: readonly C[],
): { clause: C; draft: IncidentProperties }[] {
  const out: { clause: C; draft: IncidentProperties }[] = [];
  for (const [i, c] of clauses.entries()) {
    if (!c.cls || !c.drafts.length) continue;
    const where = clauses
      .slice(i + 1)
      .find((n) => n.cls?.type === c.cls!.type && n.drafts.length && WHERE_TOLD.test(n.folded));
    // By the same sides: an exchange of fire told at the fronts, then each side's fire (`تبادلت
    // الفصائل وقوات النظام القصف على محاور ريف حلب الغربي، حيث استهدفت الفصائل …`), stays.
    if (!where?.drafts.every((d) => sameActors(d, c.drafts[0]!))) continue;
    const towns = where.drafts
      .map((d) => where.mentions.find((m) => m.placeId === d.placeId))
      .filter((m): m is PlaceMention => m !== undefined && isSpecific(m));
    if (!towns.length) continue;
    for (const d of c.drafts) {
      const area = c.mentions.find((m) => m.placeId === d.placeId)?.area;
      if (!area || d.fatalities !== null || d.injuries !== null || d.strikes !== null) continue;
      if (towns.some((t) => booleanPointInPolygon([t.lon, t.lat], area)))
        out.push({ clause: c, draft: d });
    }
  }
  return out;
}

function sameActors(a: IncidentProperties, b: IncidentProperties): boolean {
  return a.actors.length === b.actors.length && a.actors.every((x) => b.actors.includes(x));
}
