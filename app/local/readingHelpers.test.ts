import { afterEach, describe, expect, it, vi } from 'vitest';
import { AreaSender } from '../ingest/areaWire';
import { failedFile } from '../ingest/pipeline';
import type { HelperReply, HelperRequest } from './helperProtocol';
import { readingThreads, startHelpers } from './readingHelpers';

/** A stand-in for a helper worker: what it is sent, and replies sent by hand. */
class FakeHelper {
  static made: FakeHelper[] = [];
  posted: HelperRequest[] = [];
  terminated = false;
  onmessage: ((e: { data: HelperReply }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  constructor() {
    FakeHelper.made.push(this);
  }
  postMessage(m: HelperRequest) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
}

afterEach(() => {
  FakeHelper.made = [];
  vi.unstubAllGlobals();
});

const batch = [{ path: 'a.txt', blob: new Blob(['a']) }];

describe('the reading worker’s helpers', () => {
  it('are one per further core, four threads at most', () => {
    expect([0, 1, 2, 4, 16].map(readingThreads)).toEqual([1, 1, 2, 4, 4]);
    vi.stubGlobal('Worker', FakeHelper);
    expect(startHelpers(8)).toHaveLength(3);
    expect(startHelpers(1)).toHaveLength(0);
  });

  it('are none where a worker cannot start workers, and the reading still goes on', () => {
    expect(startHelpers(4)).toEqual([]);
    let started = 0;
    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          if (++started > 1) throw new TypeError('module workers are not supported here');
        }
      },
    );
    expect(startHelpers(4)).toHaveLength(1);
  });

  it('take a batch once ready, and give back its results with their areas', async () => {
    vi.stubGlobal('Worker', FakeHelper);
    const [helper] = startHelpers(2);
    const worker = FakeHelper.made[0]!;
    let ready = false;
    void helper!.ready.then(() => {
      ready = true;
    });
    worker.onmessage!({ data: { kind: 'ready' } });
    await Promise.resolve();
    expect(ready).toBe(true);
    const results = helper!.run(batch, { today: '2026-11-30' });
    expect(worker.posted).toEqual([{ id: 0, batch, today: '2026-11-30' }]);
    const one = failedFile('a.txt', 'unreadable: gone');
    worker.onmessage!({ data: { kind: 'results', id: 0, ...new AreaSender().send([one]) } });
    expect(await results).toEqual([one]);
  });

  it('fail what they were given when they stop, and take nothing after', async () => {
    vi.stubGlobal('Worker', FakeHelper);
    const [helper] = startHelpers(2);
    const worker = FakeHelper.made[0]!;
    worker.onmessage!({ data: { kind: 'ready' } });
    const pending = helper!.run(batch, {});
    worker.onerror!({ message: 'out of memory', preventDefault() {} });
    await expect(pending).rejects.toThrow('out of memory');
    await expect(helper!.run(batch, {})).rejects.toThrow('out of memory');
    expect(worker.terminated).toBe(true);
  });

  it('that fail on a batch take no more, and the batch is done elsewhere', async () => {
    vi.stubGlobal('Worker', FakeHelper);
    const [helper] = startHelpers(2);
    const worker = FakeHelper.made[0]!;
    worker.onmessage!({ data: { kind: 'ready' } });
    const pending = helper!.run(batch, {});
    worker.onmessage!({ data: { kind: 'failed', message: 'out of memory' } });
    await expect(pending).rejects.toThrow('out of memory');
    expect(worker.terminated).toBe(true);
  });

  it('that cannot build their geocoder are never ready', async () => {
    vi.stubGlobal('Worker', FakeHelper);
    const [helper] = startHelpers(2);
    FakeHelper.made[0]!.onmessage!({ data: { kind: 'unable', message: 'no gazetteer' } });
    await expect(helper!.ready).rejects.toThrow('no gazetteer');
  });
});
