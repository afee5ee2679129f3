/**
 * A bounded CCITT T.6 (Group 4, "MMR") decoder for the chip's bi-level images (chip.md §4.2 `D0`, §5.3
 * `D0`/`DFD1`; ITU-T T.6 §2.2). Every code word must move the coding position a0 strictly to the right within
 * the line, so one line costs at most width + 1 code words; runs may not pass the line's end; every code word
 * and every pixel written is counted against a {@link WorkMeter}. Malformed data ends in an `ImageError`, never
 * in a loop or an allocation beyond width × rows.
 */
import {
  BLACK_MAKEUP,
  BLACK_TERMINATING,
  EXTENDED_MAKEUP,
  HORIZONTAL,
  PASS,
  VERTICAL,
  WHITE_MAKEUP,
  WHITE_TERMINATING,
} from './g4-codes.ts';
import type { WorkMeter } from './image-budget.ts';
import { ImageError } from './image-error.ts';

/** A code word's value keyed by `length << 16 | bits`. */
type CodeMap = Map<number, number>;

function codeMap(entries: [string, number][]): CodeMap {
  const m: CodeMap = new Map();
  for (const [code, value] of entries) m.set((code.length << 16) | Number.parseInt(code, 2), value);
  return m;
}

function runCodes(terminating: string[], makeup: string[]): CodeMap {
  return codeMap([
    ...terminating.map((c, i): [string, number] => [c, i]),
    ...makeup.map((c, i): [string, number] => [c, (i + 1) * 64]),
    ...EXTENDED_MAKEUP.map((c, i): [string, number] => [c, 1792 + i * 64]),
  ]);
}

const WHITE = runCodes(WHITE_TERMINATING, WHITE_MAKEUP);
const BLACK = runCodes(BLACK_TERMINATING, BLACK_MAKEUP);
/** Modes: −3…+3 vertical, 10 pass, 11 horizontal, 12 EOL. */
const MODE_PASS = 10;
const MODE_HORIZONTAL = 11;
const MODE_EOL = 12;
const MODES = codeMap([
  [PASS, MODE_PASS],
  [HORIZONTAL, MODE_HORIZONTAL],
  ['000000000001', MODE_EOL],
  ...Object.entries(VERTICAL).map(([d, c]): [string, number] => [c, Number(d)]),
]);
const MAX_CODE_BITS = 13;

const REVERSED = Uint8Array.from({ length: 256 }, (_, b) => {
  let r = 0;
  for (let i = 0; i < 8; i++) if (b & (1 << i)) r |= 1 << (7 - i);
  return r;
});

/** Reads bits MSB first; past the end it reads zeros, up to a small allowance, then the data is truncated. */
class BitReader {
  private pos = 0;
  private readonly limit: number;

  constructor(
    private readonly data: Uint8Array,
    private readonly reverse: boolean,
  ) {
    this.limit = data.length * 8 + 64;
  }

  bit(): number {
    const p = this.pos++;
    if (p >= this.limit) throw new ImageError('bad-image', 'G4 data ends in the middle of the image');
    const byte = this.data[p >> 3];
    if (byte === undefined) return 0;
    return ((this.reverse ? (REVERSED[byte] as number) : byte) >> (7 - (p & 7))) & 1;
  }
}

function readCode(r: BitReader, map: CodeMap, what: string): number {
  let bits = 0;
  for (let len = 1; len <= MAX_CODE_BITS; len++) {
    bits = (bits << 1) | r.bit();
    const v = map.get((len << 16) | bits);
    if (v !== undefined) return v;
  }
  throw new ImageError('bad-image', `G4 data holds no valid ${what} code`);
}

function readRun(r: BitReader, black: boolean, room: number, meter: WorkMeter): number {
  const map = black ? BLACK : WHITE;
  let run = 0;
  for (;;) {
    meter.spend(1);
    const v = readCode(r, map, black ? 'black run' : 'white run');
    run += v;
    if (run > room) throw new ImageError('bad-image', 'G4 run goes past the end of the line');
    if (v < 64) return run;
  }
}

/**
 * Decodes `rows` lines of `width` pixels of T.6 data into `out` (one byte per pixel, 1 for the coded "black",
 * starting at `out[offset]`). `fillOrder` 2 reads each byte's bits from the least significant. Stops at EOFB;
 * lines after it stay 0.
 */
export function decodeG4(
  data: Uint8Array,
  width: number,
  rows: number,
  out: Uint8Array,
  offset: number,
  meter: WorkMeter,
  fillOrder: 1 | 2 = 1,
): void {
  const r = new BitReader(data, fillOrder === 2);
  // changing elements of the reference line, then two sentinels at `width`
  let ref = new Int32Array(2).fill(width);
  let refLength = 0;
  let cur = new Int32Array(Math.min(width, 64) + 2);
  for (let y = 0; y < rows; y++) {
    let n = 0;
    let a0 = -1;
    let black = false;
    let i = 0; // index into ref, never more than two behind the next b1
    const line = offset + y * width;
    /** Records a changing element; two at the same place cancel (an empty run), so the list stays increasing. */
    const push = (x: number) => {
      if (n > 0 && cur[n - 1] === x) {
        n--;
        return;
      }
      if (n + 2 >= cur.length) {
        const bigger = new Int32Array(Math.min(width + 2, cur.length * 2));
        bigger.set(cur);
        cur = bigger;
      }
      cur[n++] = x;
    };
    const fill = (from: number, to: number) => {
      if (to > from) {
        meter.spend(to - from);
        if (black) out.fill(1, line + from, line + to);
      }
    };
    while (a0 < width) {
      meter.spend(1);
      i = Math.max(0, i - 2);
      while (i < refLength && (ref[i] as number) <= a0) i++;
      if (i % 2 !== (black ? 1 : 0)) i++;
      const b1 = i < refLength ? (ref[i] as number) : width;
      const b2 = i + 1 < refLength ? (ref[i + 1] as number) : width;
      const mode = readCode(r, MODES, 'mode');
      const start = Math.max(a0, 0);
      const before = a0;
      if (mode === MODE_PASS) {
        fill(start, b2);
        a0 = b2;
      } else if (mode === MODE_HORIZONTAL) {
        const run1 = readRun(r, black, width - start, meter);
        const a1 = start + run1;
        const run2 = readRun(r, !black, width - a1, meter);
        const a2 = a1 + run2;
        fill(start, a1);
        black = !black;
        fill(a1, a2);
        black = !black;
        if (a1 < width) push(a1);
        if (a2 < width) push(a2);
        if (a2 <= before) throw new ImageError('bad-image', 'G4 horizontal mode of two empty runs');
        a0 = a2;
      } else if (mode === MODE_EOL) {
        if (a0 === -1 && readCode(r, MODES, 'mode') === MODE_EOL) return; // EOFB: the rest stays white
        throw new ImageError('bad-image', 'G4 end of line inside a line');
      } else {
        const a1 = b1 + mode;
        if (a1 <= a0 || a1 < 0 || a1 > width)
          throw new ImageError('bad-image', 'G4 vertical mode outside the line');
        fill(start, a1);
        if (a1 < width) push(a1);
        black = !black;
        a0 = a1;
      }
    }
    ref = cur.slice(0, n + 2);
    ref[n] = width;
    ref[n + 1] = width;
    refLength = n;
  }
}
