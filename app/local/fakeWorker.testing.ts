/**
 * A stand-in for a Web Worker in unit tests (Node has none): records what it is sent, and
 * replies or fails when a test says so. `stubWorkers()` puts it in place of `Worker`.
 */
import { vi } from 'vitest';

export class FakeWorker<Request = unknown, Reply = unknown> {
  /** Every stand-in made since the last `stubWorkers()`, in order. */
  static made: FakeWorker[] = [];
  posted: Request[] = [];
  terminated = false;
  onmessage: ((e: { data: Reply }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;

  constructor() {
    FakeWorker.made.push(this as FakeWorker);
  }
  postMessage(m: Request) {
    this.posted.push(m);
  }
  terminate() {
    this.terminated = true;
  }
  /** The worker posts `replies`, in order. */
  reply(...replies: Reply[]) {
    for (const data of replies) this.onmessage?.({ data });
  }
  /** The worker fails, as one out of memory does. */
  crash(message: string) {
    this.onerror?.({ message, preventDefault() {} });
  }
}

/** `Worker` is the stand-in from now on (undo with `vi.unstubAllGlobals()`); the made ones, typed. */
export function stubWorkers<Request, Reply>(): FakeWorker<Request, Reply>[] {
  FakeWorker.made = [];
  vi.stubGlobal('Worker', FakeWorker);
  return FakeWorker.made as FakeWorker<Request, Reply>[];
}
