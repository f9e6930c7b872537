/** One CSV row with the 1-based line on which it starts. */
export interface CsvRow {
  line: number;
  cells: string[];
}

/** Where an unclosed quote left a row unfinished. */
interface Unclosed {
  /** Line the unfinished row starts on. */
  rowLine: number;
  /** Line and offset of the quote that was never closed. */
  quoteLine: number;
  quoteAt: number;
}

/**
 * RFC 4180 CSV: comma-separated, fields optionally double-quoted, `""` an escaped quote,
 * quoted fields may hold commas and line breaks (CRLF, LF or CR). Never throws. A quote that is
 * never closed (or "closed" by the opening quote of a later field, followed by that field's
 * text) would swallow every row after it: that row is left out, named in `unclosed` (the
 * line it starts on), and reading goes on at the line after the
 * quote's, so one stray quote costs one record, not the rest of the file.
 *
 * @example parseCsv('a,b\n"x, y","1\n2"').rows[1].cells // ['x, y', '1\n2']
 * @example parseCsv('a,b\n"x,1\ny,2').unclosed // [2] (and rows[1] is ['y', '2'])
 */
export function parseCsv(text: string): {
  rows: CsvRow[];
  unclosed?: number[];
} {
  const rows: CsvRow[] = [];
  const unclosed: number[] = [];
  let from = 0;
  let line = 1;
  for (;;) {
    const cut = parseRows(text, from, line, rows);
    if (!cut) break;
    unclosed.push(cut.rowLine);
    from = nextLineStart(text, cut.quoteAt);
    line = cut.quoteLine + 1;
    if (from >= text.length) break;
  }
  return unclosed.length ? { rows, unclosed } : { rows };
}

/** Offset of the line after the one holding offset `at` (text.length when it is the last). */
function nextLineStart(text: string, at: number): number {
  for (let i = at; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') return i + 1;
    if (c === '\r') return text[i + 1] === '\n' ? i + 2 : i + 1;
  }
  return text.length;
}

/**
 * Rows from offset `from` (on line `line`) to the end, pushed to `rows`; the unfinished row
 * when a quote is never closed, or closed only by a later field's opening quote (not pushed).
 */
function parseRows(text: string, from: number, line: number, rows: CsvRow[]): Unclosed | undefined {
  let cells: string[] = [];
  let cell = '';
  let rowLine = line;
  let quoted = false;
  let quoteLine = 0;
  let quoteAt = 0;
  let i = from;
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
        const after = text[i + 1];
        // A closing quote stands before a comma, a line break or the end. Text after it means
        // this quote closed a stray one from an earlier line: that row's quote never closed.
        if (after !== undefined && after !== ',' && after !== '\n' && after !== '\r')
          return { rowLine, quoteLine, quoteAt };
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
      quoteAt = i;
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
  if (quoted) return { rowLine, quoteLine, quoteAt };
  if (cell !== '' || cells.length > 0) endRow();
  return undefined;
}
