import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildCompact } from '../ingest/compact';
import { ingest } from '../ingest/pipeline';
import { fixtureGeocoder, INPUTS } from '../ingest/pipeline.testing';
import { MARKERS_THRESHOLD } from '../map/markers/threshold';
import type { IncidentFeature } from '../model';
import { type FakeWorker, stubWorkers } from './fakeWorker.testing';
import { incidentBounds } from './incidentBounds';
import type { LocalReply, LocalRequest } from './protocol';

const output = ingest(INPUTS, fixtureGeocoder);

/** What the worker sends for `features` (those of the fixtures, or more made from them). */
function replies(features: IncidentFeature[]): LocalReply[] {
  return [
    {
      kind: 'columns',
      buffer: buildCompact(features, output.articles).slice().buffer as ArrayBuffer,
      areas: output.areas,
      report: output.report,
      bounds: incidentBounds(features),
    },
    { kind: 'incidents', features: features.slice(0, 3) },
    { kind: 'incidents', features: features.slice(3) },
    { kind: 'articles', articles: output.articles },
    { kind: 'done' },
  ];
}

/** More incidents than are drawn as GeoJSON: shown from their columns first. */
const many: IncidentFeature[] = Array.from({ length: MARKERS_THRESHOLD + 1 }, (_, i) => {
  const f = output.incidents.features[i % output.incidents.features.length]!;
  return { ...f, properties: { ...f.properties, id: `${f.properties.id}-${i}` } };
});
const files = [{ path: 'a.txt', blob: new Blob(['a']) }];

/** The reading workers the page started, in order. */
let made: FakeWorker<LocalRequest, LocalReply>[];
let open: typeof import('./openLocal');
let store: typeof import('../store/store').useAtlas;

beforeEach(async () => {
  made = stubWorkers<LocalRequest, LocalReply>();
  // A fresh page: the module keeps its worker between openings.
  vi.resetModules();
  open = await import('./openLocal');
  store = (await import('../store/store')).useAtlas;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const shown = () => {
  const d = store.getState().data;
  return d.status === 'ready' && d.data.local
    ? {
        count: d.data.columns?.columns.count,
        details: d.data.columns?.details,
        incidents: d.data.incidents.length,
      }
    : null;
};

describe('opening a reader’s files (openLocal, over a stand-in worker)', () => {
  it('shows many incidents from their columns at once, and adds their details when the last part is in', async () => {
    await open.openLocalReports(files);
    const [worker] = made;
    expect(store.getState().localRun).toEqual({ status: 'reading', done: 0, total: 1 });
    const [columns, ...rest] = replies(many);
    worker!.reply(columns!);
    expect(shown()).toEqual({ count: many.length, details: 'loading', incidents: 0 });
    expect(store.getState().localRun).toBeNull();
    worker!.reply(...rest);
    expect(shown()).toEqual({ count: many.length, details: 'ready', incidents: many.length });
    expect(worker!.terminated).toBe(false);
  });

  it('shows a few incidents only once they are all in', async () => {
    await open.openLocalReports(files);
    const [columns, ...rest] = replies(output.incidents.features);
    made[0]!.reply(columns!);
    expect(shown()).toBeNull();
    made[0]!.reply(...rest);
    const n = output.incidents.features.length;
    expect(shown()).toEqual({ count: n, details: 'ready', incidents: n });
  });

  it('leaves a worker with only details left to send to finish, then stops it, when other files are opened', async () => {
    await open.openLocalReports(files);
    const [columns, ...rest] = replies(many);
    made[0]!.reply(columns!);
    await open.openLocalReports(files);
    expect(made).toHaveLength(2);
    expect(made[0]!.terminated).toBe(false);
    expect(store.getState().localRun).toEqual({ status: 'reading', done: 0, total: 1 });
    made[0]!.reply(...rest);
    // Still shown while the new files are read: now whole.
    expect(shown()).toEqual({ count: many.length, details: 'ready', incidents: many.length });
    expect(made[0]!.terminated).toBe(true);
    expect(store.getState().localRun).toEqual({ status: 'reading', done: 0, total: 1 });
  });

  it('stops a worker still reading when other files are opened, and ignores what it sent', async () => {
    await open.openLocalReports(files);
    await open.openLocalReports(files);
    expect(made[0]!.terminated).toBe(true);
    made[0]!.reply(...replies(many));
    expect(shown()).toBeNull();
  });

  it('says the details failed, and why, when the worker dies while sending them', async () => {
    await open.openLocalReports(files);
    made[0]!.reply(replies(many)[0]!);
    made[0]!.crash('out of memory');
    expect(shown()).toEqual({ count: many.length, details: 'error', incidents: 0 });
    expect(store.getState().localRun).toEqual({ status: 'failed', message: 'out of memory' });
  });

  it('refuses more than a browser reads at once before any worker reads, leaving the data shown', async () => {
    const big = (path: string) => ({ path, blob: { size: 35e6 } as Blob });
    await open.openLocalReports([big('a.csv'), big('b.csv')]);
    expect(store.getState().localRun).toEqual({
      status: 'tooMuch',
      bytes: 70e6,
      max: 64 * 2 ** 20,
    });
    expect(made).toHaveLength(0);
    expect(shown()).toBeNull();
  });

  it('says it is checking the files while their sizes take a while, then reads them', async () => {
    // A size the browser takes 0.1 ms to answer, as a picked file's first is.
    const slow = (i: number) => ({
      path: `${i}.txt`,
      blob: {
        get size() {
          const until = performance.now() + 0.1;
          while (performance.now() < until) {
            // Waiting for the browser.
          }
          return 100;
        },
      } as Blob,
    });
    const seen: unknown[] = [];
    const stop = store.subscribe((st) => seen.push(st.localRun));
    await open.openLocalReports(Array.from({ length: 2000 }, (_, i) => slow(i)));
    stop();
    expect(seen).toContainEqual(expect.objectContaining({ checking: true, total: 2000 }));
    expect(store.getState().localRun).toEqual({ status: 'reading', done: 0, total: 2000 });
    expect(made).toHaveLength(1);
  });

  it('stops checking when other files are opened meanwhile, and reads those', async () => {
    const slow = {
      get size() {
        const u = performance.now() + 0.1;
        while (performance.now() < u) {}
        return 100;
      },
    } as Blob;
    const first = open.openLocalReports(
      Array.from({ length: 2000 }, (_, i) => ({ path: `${i}.txt`, blob: slow })),
    );
    const second = open.openLocalReports(files);
    await Promise.all([first, second]);
    expect(made).toHaveLength(1);
    expect(made[0]!.posted).toEqual([{ files, today: expect.any(String) }]);
  });
});
