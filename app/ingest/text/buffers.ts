/**
 * Typed arrays that one caller reuses from text to text. Each typed array made per report is an
 * allocation outside the JavaScript heap (zeroed, then tracked and freed by the collector): the
 * geocoder made seven per report, a visible share of its time. A slot holds one use; asking for
 * the same slot again hands out the same memory, so a caller must be done with the previous
 * text's arrays first (the geocoder keeps one set per nesting level of `findMentions`).
 */
export class Buffers {
  private readonly int32s: Int32Array[] = [];
  private readonly uint8s: Uint8Array[] = [];

  /** `size` entries of slot `slot`, their contents left from an earlier use. */
  int32(slot: number, size: number): Int32Array {
    let b = this.int32s[slot];
    if (!b || b.length < size) {
      b = new Int32Array(Math.max(size, 2 * (b?.length ?? 0), 256));
      this.int32s[slot] = b;
    }
    return b.subarray(0, size);
  }

  /** `size` zeroed entries of slot `slot`. */
  uint8(slot: number, size: number): Uint8Array {
    let b = this.uint8s[slot];
    if (!b || b.length < size) {
      b = new Uint8Array(Math.max(size, 2 * (b?.length ?? 0), 256));
      this.uint8s[slot] = b;
    }
    const view = b.subarray(0, size);
    view.fill(0);
    return view;
  }
}
