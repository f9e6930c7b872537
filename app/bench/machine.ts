import { cpus, loadavg } from 'node:os';
import { benchHeading } from './table';

/** The heading of a benchmark table for this machine, now: CPU, cores, Node, load. */
export function headingForThisMachine(): string {
  const cpu = cpus();
  return benchHeading(
    new Date(),
    cpu[0]?.model ?? 'unknown CPU',
    cpu.length,
    process.version,
    loadavg()[0],
  );
}
