/**
 * Test helpers: encoders for the byte variants of the written fixtures. Windows-1256 has no
 * TextEncoder, so the table is built by inverting the platform decoder over all 256 bytes.
 */
let table: Map<string, number> | undefined;

export function encodeWindows1256(text: string): Uint8Array {
  if (!table) {
    table = new Map();
    const decoder = new TextDecoder('windows-1256');
    for (let b = 0; b < 256; b++) table.set(decoder.decode(new Uint8Array([b])), b);
  }
  return Uint8Array.from([...text].map((c) => table!.get(c) ?? 0x3f));
}

export function encodeUtf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + i * 2] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);
