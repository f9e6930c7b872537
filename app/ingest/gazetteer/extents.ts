/**
 * Extents (`radiusKm`) for entries whose own table row carries none, from `extents.tsv`.
 * Each row is either `basis: page` (a cited page states the size; the note says how the radius
 * follows from it) or `basis: rule` (a documented modelling choice, see data/gazetteer/README.md).
 */
import type { Place } from '../../model/place.ts';
import type { TsvRow } from './tsv.ts';

export type ExtentBasis = 'page' | 'rule';

export interface Extent {
  id: string;
  radiusKm: number;
  basis: ExtentBasis;
  url: string;
  note: string;
}

export function parseExtents(rows: readonly TsvRow[]): Extent[] {
  return rows.map((r, i) => {
    const id = r.id ?? '';
    const radiusKm = Number(r.radius_km);
    const basis = r.basis;
    if (!id) throw new Error(`extents.tsv row ${i + 2}: missing id`);
    if (!Number.isFinite(radiusKm) || radiusKm <= 0) {
      throw new Error(`extents.tsv ${id}: bad radius_km ${JSON.stringify(r.radius_km)}`);
    }
    if (basis !== 'page' && basis !== 'rule') {
      throw new Error(`extents.tsv ${id}: basis must be page or rule`);
    }
    const url = r.source_url ?? '';
    if (basis === 'page' && !/^https?:\/\//.test(url)) {
      throw new Error(`extents.tsv ${id}: a page-based extent needs an http(s) source_url`);
    }
    return { id, radiusKm, basis, url, note: r.note ?? '' };
  });
}

/**
 * Set `radiusKm` on the named entries. Unknown ids and entries that already carry a radius from
 * their own row fail the build, so the two tables can never silently disagree.
 */
export function applyExtents(
  places: Place[],
  extents: readonly Extent[],
  resolve: (id: string) => string,
  log: string[],
): void {
  for (const e of extents) {
    const id = resolve(e.id);
    const p = places.find((x) => x.id === id);
    if (!p) throw new Error(`extents.tsv: unknown id ${e.id}`);
    if (p.radiusKm !== undefined) {
      throw new Error(`extents.tsv: ${e.id} already has radiusKm ${p.radiusKm} from its own row`);
    }
    p.radiusKm = e.radiusKm;
    const why = e.basis === 'page' ? `extent from ${e.url}` : 'extent by documented rule';
    p.source.note = [p.source.note, `radius ${e.radiusKm} km: ${why}; ${e.note}`]
      .filter((s) => s && s.length > 0)
      .join('; ');
    log.push(`EXTENT ${p.id}: ${e.radiusKm} km (${e.basis})`);
  }
}
