/**
 * What crosses between `npm run ingest` and its worker threads. Area outlines are large (a
 * clipped governorate is thousands of coordinates) and most files repeat the same few hundred,
 * so a result names its areas by id and each worker sends an outline once; the main thread puts
 * the shared objects back, so the merge sees exactly what the worker computed. Articles and
 * incidents do not cross at all: the worker spools them (spool.ts) and sends slim records.
 */
import type { AreaFeature } from '../ingest/geocode';
import type { SpooledResult } from '../ingest/streamMerge';

export type WireResult = Omit<SpooledResult, 'areas'> & { areaIds: string[] };

export interface WorkerReply {
  ready?: boolean;
  results?: WireResult[];
  /** Outlines this worker had not sent before. */
  areas?: AreaFeature[];
}

/** One worker's outlines by id, filled from its replies, to turn wire results back into `SpooledResult`s. */
export class AreaStore {
  private readonly byId = new Map<string, AreaFeature>();

  add(reply: WorkerReply): SpooledResult[] {
    for (const a of reply.areas ?? []) this.byId.set(a.properties.id, a);
    return (reply.results ?? []).map(({ areaIds, ...rest }) => ({
      ...rest,
      areas: areaIds.map((id) => {
        const a = this.byId.get(id);
        if (!a) throw new Error(`worker named area ${id} before sending it`);
        return a;
      }),
    }));
  }
}
