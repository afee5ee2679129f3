/**
 * A procedurally drawn colour "face" for sandbox cards: a cartoon robot head (round head, square eyes, grille
 * mouth, antenna) on a gradient, its colours and proportions derived from a seed. Deterministic, clearly not a
 * person, and flat enough to fit the chip's 3000-byte JPEG 2000 field (chip.md §4.1 `D1`, §5.3).
 */
import { createRaster, type RasterImage } from './raster-image.ts';

/** Default size: 120 × 160 px (3:4, like an application photo). */
export const SYNTHETIC_FACE_SIZE = { width: 120, height: 160 } as const;

/** A 32-bit PRNG (mulberry32) seeded from a number or string (FNV-1a) — the same seed, the same face. */
export function seededRandom(seed: number | string): () => number {
  let h = 0x811c9dc5;
  const s = String(seed);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hsl(h: number, s: number, l: number): [number, number, number] {
  const k = (n: number) => (n + h / 30) % 12;
  const a = s * Math.min(l, 1 - l);
  const f = (n: number) => l - a * Math.max(-1, Math.min(k(n) - 3, Math.min(9 - k(n), 1)));
  return [Math.round(255 * f(0)), Math.round(255 * f(8)), Math.round(255 * f(4))];
}

/** Draws the robot face for `seed` as an RGB raster of the given size. */
export function syntheticFace(
  seed: number | string,
  width: number = SYNTHETIC_FACE_SIZE.width,
  height: number = SYNTHETIC_FACE_SIZE.height,
): RasterImage {
  const rnd = seededRandom(seed);
  const hue = rnd() * 360;
  const bgTop = hsl((hue + 180) % 360, 0.35, 0.82);
  const bgBottom = hsl((hue + 200) % 360, 0.4, 0.62);
  const head = hsl(hue, 0.55, 0.55);
  const dark = hsl(hue, 0.6, 0.2);
  const eye = hsl((hue + 90 + rnd() * 60) % 360, 0.9, 0.55);
  const img = createRaster(width, height, [0, 0, 0]);
  const set = (x: number, y: number, c: readonly number[]) => {
    if (x < 0 || y < 0 || x >= width || y >= height) return;
    img.data.set(c, (y * width + x) * 3);
  };
  for (let y = 0; y < height; y++) {
    const t = y / (height - 1);
    const c = bgTop.map((v, i) => Math.round(v + ((bgBottom[i] as number) - v) * t));
    for (let x = 0; x < width; x++) set(x, y, c);
  }
  const u = Math.min(width, height * 0.75) / 120; // proportions are designed at 120 px wide
  const cx = width / 2;
  const cy = height * (0.5 + (rnd() - 0.5) * 0.05);
  const rx = (36 + rnd() * 8) * u;
  const ry = (42 + rnd() * 8) * u;
  const rect = (x0: number, y0: number, w: number, h: number, c: readonly number[]) => {
    for (let y = Math.round(y0); y < Math.round(y0 + h); y++)
      for (let x = Math.round(x0); x < Math.round(x0 + w); x++) set(x, y, c);
  };
  // shoulders, neck, antenna
  for (let y = Math.round(cy + ry * 0.8); y < height; y++)
    for (let x = 0; x < width; x++) if (Math.abs(x - cx) < rx * 1.6 - (height - y) * 0.4) set(x, y, dark);
  rect(cx - 8 * u, cy + ry * 0.7, 16 * u, ry * 0.5, dark);
  rect(cx - 2 * u, cy - ry - 16 * u, 4 * u, 16 * u, dark);
  for (let y = -6; y <= 6; y++)
    for (let x = -6; x <= 6; x++)
      if (x * x + y * y <= 36 * u * u) set(Math.round(cx + x), Math.round(cy - ry - 18 * u + y), eye);
  // head: a superellipse, so it reads as a machine rather than a face
  for (let y = Math.floor(cy - ry); y <= cy + ry; y++)
    for (let x = Math.floor(cx - rx); x <= cx + rx; x++) {
      const dx = Math.abs(x - cx) / rx;
      const dy = Math.abs(y - cy) / ry;
      if (dx ** 4 + dy ** 4 <= 1) set(x, y, head);
    }
  // eyes and grille mouth
  const eyeW = (10 + rnd() * 6) * u;
  const eyeY = cy - ry * 0.3;
  rect(cx - rx * 0.55, eyeY, eyeW, eyeW, dark);
  rect(cx + rx * 0.55 - eyeW, eyeY, eyeW, eyeW, dark);
  rect(cx - rx * 0.55 + eyeW * 0.3, eyeY + eyeW * 0.3, eyeW * 0.4, eyeW * 0.4, eye);
  rect(cx + rx * 0.55 - eyeW * 0.7, eyeY + eyeW * 0.3, eyeW * 0.4, eyeW * 0.4, eye);
  const mouthW = rx * (0.8 + rnd() * 0.4);
  const mouthY = cy + ry * 0.35;
  rect(cx - mouthW / 2, mouthY, mouthW, 12 * u, dark);
  const teeth = 3 + Math.floor(rnd() * 3);
  for (let k = 1; k < teeth; k++)
    rect(cx - mouthW / 2 + (mouthW * k) / teeth - u, mouthY, 2 * u, 12 * u, head);
  return img;
}
