/**
 * What crosses between `npm run ingest` and its worker threads. Area outlines are large (a
 * clipped governorate is thousands of coordinates) and most files repeat the same few hundred,
 * so a result names its areas by id and each worker sends an outline once; the main thread puts
 * the shared objects back, so `mergeResults` sees exactly what the worker computed.
 */
import type { AreaFeature } from '../ingest/geocode';
import type { FileResult } from '../ingest/pipeline';

export type WireResult = Omit<FileResult, 'areas'> & { areaIds: string[] };

export interface WorkerReply {
  ready?: boolean;
  results?: WireResult[];
  /** Outlines this worker had not sent before. */
  areas?: AreaFeature[];
}

/** One worker's outlines by id, filled from its replies, to turn wire results back into `FileResult`s. */
export class AreaStore {
  private readonly byId = new Map<string, AreaFeature>();

  add(reply: WorkerReply): FileResult[] {
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
