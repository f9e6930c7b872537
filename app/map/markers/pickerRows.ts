import type { CompactColumns } from '../../ingest/compact';
import { type ListRow, rowFromColumns } from '../../list/listRows';

/**
 * The place picker's entries for incidents (positions in the columns), read from the columns,
 * which a large dataset has before its details: none is left out while the details load. The
 * newest first, as the list; on one day, in the order given (the incident on top first).
 *
 * @example pickerRows(columns, [top, ...others]).length // every incident at the place
 */
export function pickerRows(columns: CompactColumns, positions: readonly number[]): ListRow[] {
  const rank = new Map(positions.map((i, k) => [i, k]));
  const ordered = [...positions].sort(
    (a, b) => columns.start[b]! - columns.start[a]! || rank.get(a)! - rank.get(b)!,
  );
  return ordered.map((i) => rowFromColumns(columns, i));
}
