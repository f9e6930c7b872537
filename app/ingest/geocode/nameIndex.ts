import type { Place } from '../../model';
import { normaliseKey } from '../text/normalise';

/**
 * A token trie of every Arabic name of the gazetteer, normalised, with the spelling variants
 * that reports use: with and without the article (`الأتارب` / `أتارب`), with and without the
 * space after a compound prefix (`كفر نبل` / `كفرنبل`). Several places may share a key (two
 * villages called `الزيارة`): the node keeps them all and resolution picks one.
 *
 * @example
 * const index = buildNameIndex([kafrNabl]);
 * lookup(index, ['كفر', 'نبل']) // [kafrNabl]
 */
export interface TrieNode {
  children: Map<string, TrieNode>;
  /** Places whose name ends at this node. */
  places?: Place[];
}

export interface NameIndex {
  root: TrieNode;
  /** Number of distinct token keys, for reporting. */
  size: number;
  /** Every distinct normalised key with a space between tokens (e.g. for `grep -F`). */
  keys: string[];
  /**
   * Short first words (three letters or fewer) that only a name's article-less variant gives
   * (`رقه` of `الرقه`): never read with a clitic before them, where they are the tail of a
   * word (`فرقة` a division, `ورقة` a paper).
   */
  bareShort: ReadonlySet<string>;
}

/** Compound first words that reports write both apart and joined to the next word. */
export const COMPOUND_PREFIXES = [
  'كفر',
  'دير',
  'تل',
  'عين',
  'خان',
  'بيت',
  'ابو',
  'ام',
  'بير',
  'راس',
  'جسر',
  'معره',
  'تله',
];

const ARABIC = /[\u0621-\u064a]/;

function isPrefix(word: string): boolean {
  return COMPOUND_PREFIXES.includes(word);
}

/** The token sequences under which a name (already normalised) is indexed. */
export function nameVariants(name: string, kind?: Place['kind']): string[][] {
  const tokens = name.split(' ').filter(Boolean);
  if (tokens.length === 0) return [];
  const out: string[][] = [tokens];
  const first = tokens[0]!;
  const rest = tokens.slice(1);
  // Without its article a short name may be the head of another village's name: `المعرة` is
  // Maarat al-Numan, but `معرة حرمة` is another village.
  const bare = first.slice(2);
  if (first.startsWith('ال') && first.length >= 4 && !(rest.length === 0 && isPrefix(bare)))
    out.push([bare, ...rest]);
  // With an article the country's name is its adjective: `القوات السورية` names no place.
  else if (!first.startsWith('ال') && first.length >= 3 && kind !== 'country')
    out.push([`ال${first}`, ...rest]);
  if (tokens.length >= 2 && tokens.length <= 3) out.push([tokens.join('')]);
  if (tokens.length === 1) {
    for (const p of COMPOUND_PREFIXES) {
      if (first.startsWith(p) && first.length - p.length >= 2) out.push([p, first.slice(p.length)]);
    }
  }
  return out;
}

export function buildNameIndex(places: Place[]): NameIndex {
  const root: TrieNode = { children: new Map() };
  const keys = new Set<string>();
  /** First words as names are written, and short ones their article drops to. */
  const written = new Set<string>();
  const bare = new Set<string>();
  for (const place of places) {
    const names = new Set<string>();
    for (const raw of [place.nameAr, ...place.altNames]) {
      if (ARABIC.test(raw)) names.add(normaliseKey(raw.replace(/[\u2010-\u2015-]/g, ' ')));
    }
    for (const name of names) {
      const first = name.split(' ')[0]!;
      written.add(first);
      if (first.startsWith('ال') && first.length <= 5) bare.add(first.slice(2));
      for (const variant of nameVariants(name, place.kind)) {
        let node = root;
        for (const t of variant) {
          let next = node.children.get(t);
          if (!next) {
            next = { children: new Map() };
            node.children.set(t, next);
          }
          node = next;
        }
        node.places ??= [];
        if (!node.places.includes(place)) node.places.push(place);
        keys.add(variant.join(' '));
      }
    }
  }
  for (const w of written) bare.delete(w);
  return { root, size: keys.size, keys: [...keys].sort(), bareShort: bare };
}

/** The places indexed under exactly these tokens, or none. */
export function lookup(index: NameIndex, tokens: string[]): Place[] {
  let node: TrieNode | undefined = index.root;
  for (const t of tokens) {
    node = node.children.get(t);
    if (!node) return [];
  }
  return node.places ?? [];
}
