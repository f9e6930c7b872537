const NAMED: Record<string, string> = {
  nbsp: ' ',
  quot: '"',
  amp: '&',
  lt: '<',
  gt: '>',
  apos: "'",
  laquo: '«',
  raquo: '»',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  rlm: '',
  lrm: '',
  zwnj: '',
  zwj: '',
};

/** True when the text carries HTML remnants worth stripping (tags or character references). */
export function hasHtml(text: string): boolean {
  return /<\/?[a-zA-Z][^>]*>|&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/.test(text);
}

function decodeEntity(whole: string, body: string): string {
  if (body[0] === '#') {
    const code =
      body[1] === 'x' || body[1] === 'X'
        ? parseInt(body.slice(2), 16)
        : parseInt(body.slice(1), 10);
    // Refuse NUL, surrogates and out-of-range code points rather than throwing.
    if (
      !Number.isFinite(code) ||
      code <= 0 ||
      code > 0x10ffff ||
      (code >= 0xd800 && code <= 0xdfff)
    )
      return ' ';
    return String.fromCodePoint(code);
  }
  return NAMED[body.toLowerCase()] ?? whole;
}

const TAG = /<\/?[a-zA-Z!][^>]*>/g;

/**
 * Reduce HTML remnants to plain text: block tags become line breaks, other tags vanish,
 * entities (`&nbsp;`, `&quot;`, `&#1575;`) become characters. Tags that entity decoding would
 * re-create (`&lt;b&gt;`) are stripped again, so the result never holds markup.
 *
 * @example stripHtml('<p>قصف&nbsp;على &quot;أريحا&quot;</p>') // 'قصف على "أريحا"'
 */
export function stripHtml(text: string): string {
  let out = text
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(br|\/p|\/div|\/li|\/h[1-6]|\/tr|p|div|li|h[1-6])(\s[^>]*)?\/?>/gi, '\n')
    .replace(TAG, '')
    .replace(/&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g, decodeEntity);
  out = out.replace(TAG, '').replace(/[<>]/g, ' ');
  return out
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
