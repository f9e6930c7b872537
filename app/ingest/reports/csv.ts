/** One CSV row with the 1-based line on which it starts. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * RFC 4180 CSV: comma-separated, fields optionally double-quoted, `""` an escaped quote,
 * quoted fields may hold commas and line breaks (CRLF, LF or CR). Never throws: an unclosed
 * quote runs to the end of the input and is reported through `unclosedAt`.
 *
 * @example parseCsv('a,b\n"x, y","1\n2"').rows[1].cells // ['x, y', '1\n2']
 */
export function parseCsv(text: string): { rows: CsvRow[]; unclosedAt?: number } {
  const rows: CsvRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let rowLine = 1;
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (c === '\r' || c === '\n') {
        line++;
        if (c === '\r' && text[i + 1] === '\n') {
          cell += '\n';
          i += 2;
          continue;
        }
        cell += '\n';
        i++;
        continue;
      }
      cell += c;
      i++;
      continue;
    }
    if (c === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' || c === '\n') {
      endRow();
      if (c === '\r' && text[i + 1] === '\n') i++;
      line++;
      rowLine = line;
    } else {
      cell += c;
    }
    i++;
  }
  if (cell !== '' || cells.length > 0) endRow();
  return quoted ? { rows, unclosedAt: quoteLine } : { rows };
}
