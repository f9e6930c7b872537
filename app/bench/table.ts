/** One measured figure: which part it is about, what it is, its value as printed, how it was got. */
export interface BenchRow {
  group: string;
  metric: string;
  value: string;
  note?: string;
}

/**
 * Format a number for the table: thousands separated, a fixed number of decimals, and `n/a`
 * for what could not be measured (NaN, infinities).
 *
 * @example fmt(12345.678, 1) // '12,345.7'
 */
export function fmt(n: number, decimals = 0): string {
  if (!Number.isFinite(n)) return 'n/a';
  return n.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  });
}

/** Bytes as B, kB, MB (powers of 1000: what `du --si` and network tabs show). */
export function fmtBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'n/a';
  if (bytes < 1000) return `${fmt(bytes)} B`;
  if (bytes < 1e6) return `${fmt(bytes / 1e3, 1)} kB`;
  return `${fmt(bytes / 1e6, 1)} MB`;
}

/**
 * The benchmark table: a heading line, then the rows as a pipe table padded to line up in a
 * terminal — the same text is valid Markdown, so it can be pasted into BENCHMARKS.md as is.
 *
 * @example
 * formatTable('Bench 2025-01-01', [{ group: 'ingest', metric: 'reports/s', value: '1,200' }])
 * // 'Bench 2025-01-01\n\n| group  | metric    | value | note |\n|--------|...'
 */
export function formatTable(heading: string, rows: readonly BenchRow[]): string {
  const header = ['group', 'metric', 'value', 'note'];
  const cells = rows.map((r) => [r.group, r.metric, r.value, r.note ?? '']);
  const widths = header.map((h, c) => Math.max(h.length, ...cells.map((row) => row[c]!.length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, c) => (c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join(' | ')} |`;
  const rule = `|${widths.map((w, c) => (c === 2 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [heading, '', line(header), rule, ...cells.map(line)].join('\n');
}

/**
 * The heading: when and on what the figures were measured, and how busy the machine was when
 * the run began (a load above the core count means other work shared the CPUs).
 *
 * @example
 * benchHeading(new Date('2025-01-02T03:04:05Z'), 'AMD EPYC', 2, 'v20.20.2', 0.5)
 * // 'Incident Atlas benchmarks — 2025-01-02 03:04 UTC — AMD EPYC, 2 cores — Node v20.20.2 — load 0.50'
 */
export function benchHeading(
  date: Date,
  cpu: string,
  cores: number,
  node: string,
  load?: number,
): string {
  const when = `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  const busy = load === undefined ? '' : ` — load ${load.toFixed(2)}`;
  return `Incident Atlas benchmarks — ${when} — ${cpu.trim()}, ${cores} cores — Node ${node}${busy}`;
}
