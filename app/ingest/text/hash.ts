/**
 * A stable 64-bit FNV-1a hash of a string, as 16 hex digits. Used for ids that must not change
 * between runs (articles, incidents); not for security.
 *
 * @example stableHash('إدلب') // '…16 hex digits…'
 */
export function stableHash(text: string): string {
  let h = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * prime) & mask;
  }
  return h.toString(16).padStart(16, '0');
}
