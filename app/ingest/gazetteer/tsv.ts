/**
 * Parser for the project's tab-separated fact tables (reference-places.tsv, curated.tsv).
 * Tables are hand-edited, so be strict about shape and lenient about trailing whitespace.
 */

export type TsvRow = Record<string, string>;

/** Parse a TSV with a header line. Blank lines and lines starting with `#` are skipped. */
export function parseTsv(text: string): TsvRow[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  const header = lines.shift();
  if (header === undefined) return [];
  const cols = header.split('\t').map((c) => c.trim());
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length > cols.length) {
      throw new Error(`TSV line ${i + 2}: ${cells.length} cells, header has ${cols.length}`);
    }
    const row: TsvRow = {};
    cols.forEach((c, j) => {
      row[c] = (cells[j] ?? '').trim();
    });
    return row;
  });
}

/** Split a `;`-separated list cell. */
export function splitList(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Parse a decimal-degree cell; throws on anything that is not a finite number. */
export function parseCoord(cell: string | undefined, what: string): number {
  const v = Number(cell);
  if (cell === undefined || cell === '' || !Number.isFinite(v)) {
    throw new Error(`bad ${what}: ${JSON.stringify(cell)}`);
  }
  return v;
}
