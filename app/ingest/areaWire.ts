/**
 * Results of `processFile` sent from one thread to another (the CLI's worker threads, the
 * browser's reading workers). Area outlines are large (a clipped governorate is thousands of
 * coordinates) and most files repeat the same few hundred, so a result on the wire names its
 * areas by id, each sender sends an outline once, and the receiver puts the shared objects back:
 * the merge then sees exactly what the sender computed, and no outline is copied twice.
 */
import type { AreaFeature } from './geocode';

/** A result with its areas named by id. */
export type OnWire<R extends { areas: AreaFeature[] }> = Omit<R, 'areas'> & { areaIds: string[] };

/**
 * The sending side: remembers which outlines it has sent.
 *
 * @example
 * const sender = new AreaSender();
 * const wire = sender.send(results); // { results: [...{ areaIds }], areas: outlines not sent before }
 */
export class AreaSender {
  private readonly sent = new Set<string>();

  /** `results` with their areas as ids, and the outlines not sent before (in order of first use). */
  send<R extends { areas: AreaFeature[] }>(
    results: readonly R[],
  ): { results: OnWire<R>[]; areas: AreaFeature[] } {
    const areas: AreaFeature[] = [];
    const out = results.map(({ areas: own, ...rest }) => {
      for (const a of own) {
        if (this.sent.has(a.properties.id)) continue;
        this.sent.add(a.properties.id);
        areas.push(a);
      }
      return { ...rest, areaIds: own.map((a) => a.properties.id) };
    });
    return { results: out, areas };
  }
}

/**
 * The receiving side, one per sender: the outlines by id, filled from its messages, to turn wire
 * results back into results. Messages must be received in the order they were sent (a thread's
 * messages are).
 */
export class AreaStore {
  private readonly byId = new Map<string, AreaFeature>();

  receive<R extends { areas: AreaFeature[] }>(
    results: readonly OnWire<R>[],
    areas: readonly AreaFeature[] = [],
  ): R[] {
    for (const a of areas) this.byId.set(a.properties.id, a);
    return results.map(({ areaIds, ...rest }) => {
      const own = areaIds.map((id) => {
        const a = this.byId.get(id);
        if (!a) throw new Error(`a result named area ${id} before its outline was sent`);
        return a;
      });
      return { ...rest, areas: own } as unknown as R;
    });
  }
}
