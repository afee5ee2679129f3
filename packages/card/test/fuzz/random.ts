/**
 * The fuzz campaign's deterministic randomness: every input is a pure function of (campaign seed, input index),
 * so any finding replays alone with `npm run fuzz -- --seed S --replay I`.
 */

/** A 32-bit hash of a string (FNV-1a), to derive independent streams from names and numbers. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough to pick mutations (not for keys). */
export class Rng {
  private state: number;

  constructor(seed: number | string) {
    this.state = (typeof seed === 'number' ? seed : hash32(seed)) >>> 0;
  }

  /** The stream of input `index` of campaign `seed`. */
  static forInput(seed: number, index: number): Rng {
    return new Rng(hash32(`${seed}:${index}`));
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }

  /** `n` random bytes. */
  bytes(n: number): Uint8Array {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) out[i] = this.int(256);
    return out;
  }

  /** A repeatable byte source for code under test (emulator and reader randoms), restartable by seed. */
  static byteSource(seed: string): { random: (n: number) => Uint8Array; restart: () => void } {
    let rng = new Rng(seed);
    return { random: (n) => rng.bytes(n), restart: () => (rng = new Rng(seed)) };
  }
}
