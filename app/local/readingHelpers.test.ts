import { afterEach, describe, expect, it, vi } from 'vitest';
import { AreaSender } from '../ingest/areaWire';
import { failedFile } from '../ingest/pipeline';
import { stubWorkers } from './fakeWorker.testing';
import type { HelperReply, HelperRequest } from './helperProtocol';
import { readingThreads, startHelpers } from './readingHelpers';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A helper started on a 2-core machine, its stand-in worker, and the helper ready. */
function readyHelper() {
  const made = stubWorkers<HelperRequest, HelperReply>();
  const [helper] = startHelpers(2);
  const worker = made[0]!;
  worker.reply({ kind: 'ready' });
  return { helper: helper!, worker };
}

const batch = [{ path: 'a.txt', blob: new Blob(['a']) }];

describe('the reading worker’s helpers', () => {
  it('are one per further core, four threads at most', () => {
    expect([0, 1, 2, 4, 16].map(readingThreads)).toEqual([1, 1, 2, 4, 4]);
    stubWorkers();
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
    const { helper, worker } = readyHelper();
    await helper.ready;
    const results = helper.run(batch, { today: '2026-11-30' });
    expect(worker.posted).toEqual([{ id: 0, batch, today: '2026-11-30' }]);
    const one = failedFile('a.txt', 'unreadable: gone');
    worker.reply({ kind: 'results', id: 0, ...new AreaSender().send([one]) });
    expect(await results).toEqual([one]);
  });

  it('fail what they were given when they stop, and take nothing after', async () => {
    const { helper, worker } = readyHelper();
    const pending = helper.run(batch, {});
    worker.crash('out of memory');
    await expect(pending).rejects.toThrow('out of memory');
    await expect(helper.run(batch, {})).rejects.toThrow('out of memory');
    expect(worker.terminated).toBe(true);
  });

  it('that fail on a batch take no more, and the batch is done elsewhere', async () => {
    const { helper, worker } = readyHelper();
    const pending = helper.run(batch, {});
    worker.reply({ kind: 'failed', message: 'out of memory' });
    await expect(pending).rejects.toThrow('out of memory');
    expect(worker.terminated).toBe(true);
  });

  it('that cannot build their geocoder are never ready', async () => {
    const made = stubWorkers<HelperRequest, HelperReply>();
    const [helper] = startHelpers(2);
    made[0]!.reply({ kind: 'unable', message: 'no gazetteer' });
    await expect(helper!.ready).rejects.toThrow('no gazetteer');
  });
});
