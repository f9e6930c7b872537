import { afterEach, describe, expect, it, vi } from 'vitest';
import { incidentsPainted, nextIncidentsPaint } from './painted';

afterEach(() => {
  vi.useRealTimers();
});

describe('the first paint signal', () => {
  it('lets the details load once the incidents are drawn, and not before', async () => {
    let done = false;
    const painted = nextIncidentsPaint(5000).then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    incidentsPainted();
    await painted;
    expect(done).toBe(true);
  });

  it('gives up waiting on a map that never draws', async () => {
    vi.useFakeTimers();
    let done = false;
    const painted = nextIncidentsPaint(5000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(4999);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await painted;
    expect(done).toBe(true);
    incidentsPainted(); // a late paint is harmless
  });
});
