/** Result of turning a file's bytes into text. */
export type Decoded =
  | { ok: true; text: string; encoding: string; warnings: string[] }
  | { ok: false; message: string };

const BINARY_SAMPLE = 4096;

/**
 * A file is binary when its first bytes hold NULs or many control characters. Checked only
 * after BOMs, because UTF-16 text is full of NUL bytes.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, BINARY_SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return n > 0 && control / n > 0.1;
}

/** One strict decoder for every file: making one per file cost more than many decodes. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    // Not streaming: each call starts afresh, also after a failed one.
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** How many bytes at the end form an incomplete (cut-off) UTF-8 sequence, 0 when none. */
function truncatedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= 3 && back <= bytes.length; back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead byte
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? back : 0;
  }
  return 0;
}

/** What a scan of bytes as UTF-8 found: whole multi-byte characters, and bytes that fit none. */
interface Utf8Scan {
  /** Well-formed characters of two to four bytes (Arabic letters are two). */
  multiByte: number;
  /** Bytes that start or continue no well-formed character. */
  invalid: number;
  /** Offset of the first invalid byte, -1 when none. */
  firstInvalid: number;
}

/** Scan `bytes` as UTF-8 (overlong forms and surrogates count as invalid, as TextDecoder has them). */
function scanUtf8(bytes: Uint8Array): Utf8Scan {
  let multiByte = 0;
  let invalid = 0;
  let firstInvalid = -1;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need =
      b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < bytes.length;
    if (ok) {
      const second = bytes[i + 1] ?? 0;
      // The second byte's range rules out overlong forms, surrogates and code points above U+10FFFF.
      const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
      const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
      ok = second >= lo && second <= hi;
      for (let k = 2; ok && k <= need; k++) ok = ((bytes[i + k] ?? 0) & 0xc0) === 0x80;
    }
    if (ok) {
      multiByte++;
      i += need + 1;
    } else {
      if (firstInvalid < 0) firstInvalid = i;
      invalid++;
      i++;
    }
  }
  return { multiByte, invalid, firstInvalid };
}

/** The 1-based line of byte `offset`. */
function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/**
 * UTF-8 with a few bad bytes, or another encoding? Windows-1256 Arabic is a run of bytes from
 * 0xC1 up, which almost never form UTF-8 characters, so its scan is nearly all invalid. A UTF-8
 * report with a stray byte (a bad copy, a cut made by an old tool) is nearly all well-formed,
 * and decoding it as Windows-1256 would turn all of its text into garbage.
 */
function mostlyUtf8(scan: Utf8Scan): boolean {
  return scan.multiByte >= 20 * scan.invalid;
}

/** The warning for UTF-8 text whose bad bytes were replaced with U+FFFD. */
function replacedWarning(bytes: Uint8Array, scan: Utf8Scan): string {
  const n = scan.invalid;
  return `${n} invalid UTF-8 byte${n === 1 ? '' : 's'} replaced, the first on line ${lineAt(bytes, scan.firstInvalid)}`;
}

/** Decode as UTF-8 with U+FFFD for what is not, and say where. */
function utf8Replaced(bytes: Uint8Array, scan: Utf8Scan): Decoded {
  return {
    ok: true,
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
    encoding: 'utf-8',
    warnings: [replacedWarning(bytes, scan)],
  };
}

/**
 * Decode report bytes: UTF-8 (BOM or not), UTF-16 LE/BE (with BOM), and Windows-1256 when the
 * bytes are hardly UTF-8 at all (older Arabic sites). A UTF-8 file cut off mid-character, or with
 * a few bad bytes, keeps its text with a warning (bad bytes become U+FFFD). Binary files are refused with a message instead of producing garbage.
 *
 * @example decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { ok: true, text: 'a', encoding: 'utf-8', ... }
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const warnings: string[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const body = bytes.subarray(3);
    const tail = truncatedTail(body);
    const text = tryUtf8(body) ?? tryUtf8(body.subarray(0, body.length - tail));
    if (text !== undefined) {
      if (tail && tryUtf8(body) === undefined) warnings.push('file ends in a cut-off character');
      return { ok: true, text, encoding: 'utf-8', warnings };
    }
    return utf8Replaced(body, scanUtf8(body));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      ok: true,
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      warnings,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      ok: true,
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      warnings,
    };
  }
  if (looksBinary(bytes))
    return { ok: false, message: 'binary file (NUL or control bytes), not a text report' };
  const utf8 = tryUtf8(bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: 'utf-8', warnings };
  const tail = truncatedTail(bytes);
  if (tail) {
    const cut = tryUtf8(bytes.subarray(0, bytes.length - tail));
    if (cut !== undefined) {
      return {
        ok: true,
        text: cut,
        encoding: 'utf-8',
        warnings: ['file ends in a cut-off character'],
      };
    }
  }
  const scan = scanUtf8(bytes);
  if (mostlyUtf8(scan)) return utf8Replaced(bytes, scan);
  // Not UTF-8: Arabic legacy pages are almost always Windows-1256.
  return {
    ok: true,
    text: new TextDecoder('windows-1256').decode(bytes),
    encoding: 'windows-1256',
    warnings: ['not UTF-8; decoded as Windows-1256'],
  };
}
