import { booleanPointInPolygon } from '@turf/turf';
import type { IncidentFeature, PlaceMention } from '../../model';

/**
 * The area of a convoy that went on to a town inside it: one convoy told going into an area and
 * on to a town there (`دخل رتل تركي إلى محافظة إدلب، واتجه نحو مدينة أريحا`, `a Turkish convoy
 * crossed into Idlib and headed towards Ariha`) is one deployment, at the town; the area's
 * incident of the same sentence, sides and day only said it twice. Returns the incidents to keep.
 * Not a withdrawal or a patrol (an event of its own: where it left is another place), nor an area
 * that does not hold the town (`entered Idlib and headed towards Afrin`: both kept).
 *
 * @example
 * convoyOnward([idlibGovernorateConvoy, arihaConvoy], mentions) // [arihaConvoy]
 */
export function convoyOnward(
  incidents: IncidentFeature[],
  mentions: readonly PlaceMention[],
): IncidentFeature[] {
  const dropped = new Set<IncidentFeature>();
  for (const area of incidents) {
    const a = area.properties;
    if (a.type !== 'deployment' || a.event || a.geoPrecision === 1) continue;
    const shape = areaOf(a.placeId, mentions);
    if (!shape) continue;
    const sentence = a.evidence[0]!;
    const onward = incidents.some((town) => {
      const t = town.properties;
      if (town === area || t.type !== 'deployment' || t.event) return false;
      if (t.placeId === a.placeId || t.geoPrecision > a.geoPrecision) return false;
      const told = t.evidence[0]!;
      return (
        told.articleId === sentence.articleId &&
        told.start === sentence.start &&
        t.date === a.date &&
        t.dateEnd === a.dateEnd &&
        t.actors.join('+') === a.actors.join('+') &&
        booleanPointInPolygon(town.geometry.coordinates, shape)
      );
    });
    if (onward) dropped.add(area);
  }
  return dropped.size ? incidents.filter((f) => !dropped.has(f)) : incidents;
}

/**
 * The polygon of an area a mention resolved to, or of the governorate a seat named bare stands
 * for.
 */
function areaOf(
  placeId: string,
  mentions: readonly PlaceMention[],
): GeoJSON.Polygon | GeoJSON.MultiPolygon | undefined {
  for (const m of mentions) {
    if (m.placeId === placeId && m.area) return m.area;
    if (m.seatOf?.placeId === placeId && m.seatOf.area) return m.seatOf.area;
  }
  return undefined;
}
