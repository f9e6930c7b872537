/** The decisions table: one row per doubtful fact, saying what the build does with it and why. */
import type { Decision, DecisionAction } from './merge.ts';
import type { TsvRow } from './tsv.ts';

const ACTIONS: readonly DecisionAction[] = ['reference', 'geonames', 'reject', 'duplicate'];

export function parseDecisions(rows: readonly TsvRow[]): Map<string, Decision> {
  const out = new Map<string, Decision>();
  for (const r of rows) {
    const id = r.id ?? '';
    const action = ACTIONS.find((a) => a === r.action);
    if (!id || !action) throw new Error(`bad decision row ${JSON.stringify(r)}`);
    if (!r.note) throw new Error(`decision ${id} needs a note saying why`);
    out.set(id, { action, note: r.note });
  }
  return out;
}
