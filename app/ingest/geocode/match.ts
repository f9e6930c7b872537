import type { Place } from '../../model';
import type { Token } from '../text/tokens';
import { cliticForms } from './clitics';
import type { NameIndex, TrieNode } from './nameIndex';
import { joined } from './qualifiers';

/**
 * One pass over the tokens of a normalised text that finds every gazetteer name: at each token,
 * walk the name trie from the token as written and from each clitic-stripped form, keep the
 * longest walk that ends on a name (ties go to the form with fewer clitics), and jump past it.
 * Names never span punctuation, so `إدلب، أريحا` is two matches.
 *
 * @example
 * matchNames(index, tokenise('قصف على كفر نبل وبإدلب'))
 * // [{ first: 2, last: 4, skip: 0, ... }, { first: 4, last: 5, skip: 2, ... }]
 */
export interface NameMatch {
  /** Index of the first token of the name. */
  first: number;
  /** Index after the last token of the name. */
  last: number;
  /** Characters of the first token taken by clitics (`وب` in `وبإدلب` → 2). */
  skip: number;
  /** Start and end of the name in the normalised text. */
  start: number;
  end: number;
  /** The normalised key that matched, tokens joined by a space. */
  key: string;
  /** Every place known under that key. */
  places: Place[];
}

const CLITIC_START = new Set(['و', 'ف', 'ب', 'ل', 'ك']);

/** Longest walk from `node` over tokens `from..`, returns the end token index and the node. */
function walk(
  tokens: Token[],
  from: number,
  node: TrieNode,
): { last: number; places: Place[] } | undefined {
  let best: { last: number; places: Place[] } | undefined;
  let cur: TrieNode | undefined = node;
  for (let k = from; cur && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!joined(t.gap)) break;
    cur = cur.children.get(t.text);
    if (cur?.places) best = { last: k + 1, places: cur.places };
  }
  return best;
}

/** The longest name starting at token `i`, trying clitic forms; undefined when none does. */
export function matchAt(index: NameIndex, tokens: Token[], i: number): NameMatch | undefined {
  const tok = tokens[i]!;
  let best: NameMatch | undefined;
  // Most tokens start neither a name nor with a clitic letter: skip the allocation for them.
  if (!index.root.children.has(tok.text) && !CLITIC_START.has(tok.text[0] ?? '')) return undefined;
  for (const { form, skip } of cliticForms(tok.text)) {
    const node = index.root.children.get(form);
    if (!node) continue;
    const here = node.places ? { last: i + 1, places: node.places } : undefined;
    const longer = walk(tokens, i + 1, node);
    const found = longer ?? here;
    if (!found) continue;
    if (best && found.last <= best.last) continue;
    const words = [form, ...tokens.slice(i + 1, found.last).map((t) => t.text)];
    best = {
      first: i,
      last: found.last,
      skip,
      start: tok.start + skip,
      end: tokens[found.last - 1]!.end,
      key: words.join(' '),
      places: found.places,
    };
  }
  return best;
}

/** Every name match in text order, non-overlapping. */
export function matchNames(index: NameIndex, tokens: Token[]): NameMatch[] {
  const out: NameMatch[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = matchAt(index, tokens, i);
    if (m) {
      out.push(m);
      i = m.last;
    } else i++;
  }
  return out;
}
