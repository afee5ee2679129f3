/**
 * Structure-blind and structure-aware mutations for the fuzz campaign: bit flips, interesting bytes and
 * integers (the values that break length fields: 0, 1, 7F, 80, FF, 100, FFFF, 7FFFFFFF, FFFFFFFF), inserted,
 * deleted, duplicated and spliced ranges, truncation; and for JSON, replacing, deleting or retyping one node.
 */
import type { Rng } from './random.ts';

const INTERESTING_8 = [0x00, 0x01, 0x7f, 0x80, 0x81, 0x82, 0x83, 0xfe, 0xff];
const INTERESTING_32 = [
  0, 1, 2, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0xffffffff,
];

function setInt(out: Uint8Array, at: number, size: 1 | 2 | 4, value: number, little: boolean): void {
  for (let i = 0; i < size; i++) {
    const shift = 8 * (little ? i : size - 1 - i);
    if (at + i < out.length) out[at + i] = Math.floor(value / 2 ** shift) & 0xff;
  }
}

/** One to `rounds` random mutations of `input` (a copy); `others` feed splicing. */
export function mutateBytes(
  rng: Rng,
  input: Uint8Array,
  others: readonly Uint8Array[] = [],
  rounds = 4,
): Uint8Array {
  let out: Uint8Array = input.slice();
  const n = 1 + rng.int(rounds);
  for (let k = 0; k < n; k++) {
    const at = out.length === 0 ? 0 : rng.int(out.length);
    switch (rng.int(10)) {
      case 0:
        if (out.length) out[at] = (out[at] as number) ^ (1 << rng.int(8));
        break;
      case 1:
        if (out.length) out[at] = rng.pick(INTERESTING_8);
        break;
      case 2:
        setInt(out, at, rng.pick([1, 2, 4] as const), rng.pick(INTERESTING_32), rng.chance(0.5));
        break;
      case 3: {
        const len = 1 + rng.int(16);
        const ins = rng.chance(0.5) ? rng.bytes(len) : new Uint8Array(len).fill(rng.pick(INTERESTING_8));
        out = concat(out.subarray(0, at), ins, out.subarray(at));
        break;
      }
      case 4: {
        const len = 1 + rng.int(Math.max(1, Math.min(64, out.length - at)));
        out = concat(out.subarray(0, at), out.subarray(at + len));
        break;
      }
      case 5:
        out = out.subarray(0, rng.int(out.length + 1)).slice();
        break;
      case 6: {
        const len = 1 + rng.int(Math.min(256, Math.max(1, out.length - at)));
        const chunk = out.slice(at, at + len);
        const to = rng.int(out.length + 1);
        out = concat(out.subarray(0, to), chunk, out.subarray(to));
        break;
      }
      case 7: {
        if (others.length === 0) break;
        const other = rng.pick(others);
        const from = rng.int(other.length + 1);
        const chunk = other.subarray(from, from + 1 + rng.int(128));
        out = concat(out.subarray(0, at), chunk, out.subarray(at + chunk.length));
        break;
      }
      case 8:
        if (out.length) out[at] = rng.int(256);
        break;
      default:
        for (let i = 0; i < 1 + rng.int(8) && out.length; i++) out[rng.int(out.length)] = rng.int(256);
    }
  }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const ODD_VALUES: unknown[] = [
  null,
  0,
  -1,
  1.5,
  1e300,
  '',
  'x',
  'ZZ',
  true,
  false,
  [],
  {},
  [null],
  { a: null },
];

/** A copy of a JSON value with one node replaced, deleted or retyped (structure-aware, for card.json). */
export function mutateJson(rng: Rng, value: unknown): unknown {
  const copy = structuredClone(value);
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (paths.length > 4000) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => {
        walk(x, [...path, i]);
      });
    } else if (v !== null && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(copy, []);
  const path = rng.pick(paths);
  if (path.length === 0) return rng.pick(ODD_VALUES);
  const parent = path
    .slice(0, -1)
    .reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], copy) as
    | Record<string | number, unknown>
    | unknown[];
  const key = path[path.length - 1] as string | number;
  const current = (parent as Record<string | number, unknown>)[key];
  const choice = rng.int(5);
  if (choice === 0 && !Array.isArray(parent)) delete (parent as Record<string, unknown>)[key as string];
  else if (choice === 1 && typeof current === 'string' && current.length > 0) {
    const chars = [...current];
    chars[rng.int(chars.length)] = rng.pick(['G', 'z', ' ', '\u0000', 'あ', '0', 'F']);
    (parent as Record<string | number, unknown>)[key] = rng.chance(0.3)
      ? chars.join('').slice(1)
      : chars.join('');
  } else if (choice === 2 && Array.isArray(parent)) parent.splice(key as number, 0, rng.pick(ODD_VALUES));
  else (parent as Record<string | number, unknown>)[key] = rng.pick(ODD_VALUES);
  return copy;
}
