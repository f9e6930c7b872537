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

/**
 * Decode report bytes: UTF-8 (BOM or not), UTF-16 LE/BE (with BOM), and Windows-1256 when the
 * bytes are not valid UTF-8 (older Arabic sites). A UTF-8 file cut off mid-character keeps its
 * text with a warning. Binary files are refused with a message instead of producing garbage.
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
    return {
      ok: true,
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body),
      encoding: 'utf-8',
      warnings: ['invalid UTF-8 bytes replaced'],
    };
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
  // Not UTF-8: Arabic legacy pages are almost always Windows-1256.
  return {
    ok: true,
    text: new TextDecoder('windows-1256').decode(bytes),
    encoding: 'windows-1256',
    warnings: ['not UTF-8; decoded as Windows-1256'],
  };
}
