/**
 * One shared string per word, found by the word's code units in the text it stands in: a word
 * seen before costs a hash of its units and a compare, not a slice of the text and a Map lookup
 * of that fresh slice (whose hash the engine computes once more). The geocoder's token table
 * holds these strings, so its name lookups hash each word once in a run.
 *
 * @example const words = new Interner(1000, 32); words.at('قصف سرمين', 4, 9) === words.at('سرمين', 0, 5) // true
 */
export class Interner {
  private keys: (string | undefined)[] = [];
  private hashes = new Int32Array(0);
  private size = 0;

  /**
   * @param maxWords words kept before the table starts afresh (a run's vocabulary is bounded,
   *   junk is not)
   * @param maxLength words longer than this are sliced, not kept (no name is that long)
   */
  constructor(
    private readonly maxWords: number,
    private readonly maxLength: number,
  ) {
    this.reset();
  }

  /** The shared copy of `text.slice(from, to)`. */
  at(text: string, from: number, to: number): string {
    if (to - from > this.maxLength) return text.slice(from, to);
    // FNV-1a over the code units.
    let h = 0x811c9dc5 | 0;
    for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    const { keys, hashes } = this;
    const mask = keys.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot];
      if (key === undefined) return this.add(text.slice(from, to), h);
      if (hashes[slot] === h && sameUnits(key, text, from, to)) return key;
    }
  }

  private add(word: string, h: number): string {
    if (this.size >= this.maxWords) this.reset();
    else if (2 * (this.size + 1) > this.keys.length) this.grow();
    this.place(word, h);
    this.size++;
    return word;
  }

  private place(word: string, h: number): void {
    const mask = this.keys.length - 1;
    let slot = h & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.keys[slot] = word;
    this.hashes[slot] = h;
  }

  private grow(): void {
    const { keys, hashes } = this;
    this.keys = new Array(keys.length * 2).fill(undefined);
    this.hashes = new Int32Array(keys.length * 2);
    keys.forEach((key, k) => {
      if (key !== undefined) this.place(key, hashes[k]!);
    });
  }

  private reset(): void {
    this.keys = new Array(1 << 12).fill(undefined);
    this.hashes = new Int32Array(1 << 12);
    this.size = 0;
  }
}

/** `key === text.slice(from, to)` without the slice. */
function sameUnits(key: string, text: string, from: number, to: number): boolean {
  if (key.length !== to - from) return false;
  for (let k = 0; k < key.length; k++)
    if (key.charCodeAt(k) !== text.charCodeAt(from + k)) return false;
  return true;
}
