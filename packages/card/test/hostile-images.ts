/**
 * Hostile card images, built byte by byte: each reproduces one class of file that took the old decoders down
 * (utif2 4.1.0 and OpenJPEG with no budget). The files are small and synthetic; `fixtures/hostile/` holds them
 * as written by `write-hostile-fixtures.ts`, and the tests check the builders still make exactly those bytes.
 *
 * What the TIFF ones did to the old path (utif2 4.1.0 decode + toRGBA8), measured in a child process under a
 * 3 GB address-space limit and a 15 s timeout:
 * - tiff-huge-dimensions (30000×30000 in 125 bytes): asks for a 3.6 GB buffer — refused under the limit,
 *   without it the fatal out-of-memory abort of the issue (~6 GB, from a 213-byte relative);
 * - tiff-large-dimensions (16384×16384 in 81 bytes): decodes into 1.1 GB of memory;
 * - tiff-tiny-strips (65535×65535, 65535 one-row strips whose offsets are not in the file): still spinning
 *   after 15 s — utif2 rebuilds a 65535-entry reference line for every strip;
 * - tiff-tiny-strips-in-budget (2048×2048 in 2048 strips, none in the file): 5.8 s;
 * - tiff-ifd-loop (next-IFD pointer at itself): a fatal out-of-memory abort of the process (exit 134);
 * - tiff-huge-tag-count (BitsPerSample with 2^30 values): 3.3 s and 1.5 GB, then a RangeError;
 * - tiff-g4-no-codes (1024×1024, 2000 bytes without a code word): 0.5 s spent growing a string bit by bit.
 * The JPEG 2000 ones make OpenJPEG (WASM, no budget) allocate before it decodes anything: 4×4 code-blocks on
 * 2048×2048×4 reach 550 MB; 32 decomposition levels, 1×1 tiles, a tile-part header overriding a harmless COD.
 */

/** One hostile file and the ImageError code the budget must refuse it with ('decoded': the hostile part is never read). */
export interface HostileImage {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly code: 'image-too-large' | 'image-work-exceeded' | 'bad-image' | 'unsupported-image' | 'decoded';
}

interface Entry {
  tag: number;
  type: 3 | 4;
  count: number;
  value: number;
}

/** A little-endian TIFF: header, one IFD of `entries` (values ≤ 4 bytes inline), `tail` after the IFD. */
function tiff(entries: Entry[], tail: number[], nextIfd = 0, ifdOffset = 8): Uint8Array {
  const ifdSize = 2 + entries.length * 12 + 4;
  const tailOffset = ifdOffset + ifdSize;
  const out = new Uint8Array(tailOffset + tail.length);
  const dv = new DataView(out.buffer);
  out.set([0x49, 0x49, 0x2a, 0x00]);
  dv.setUint32(4, ifdOffset, true);
  dv.setUint16(ifdOffset, entries.length, true);
  entries.forEach((e, k) => {
    const p = ifdOffset + 2 + k * 12;
    dv.setUint16(p, e.tag, true);
    dv.setUint16(p + 2, e.type, true);
    dv.setUint32(p + 4, e.count, true);
    const v = e.value < 0 ? tailOffset : e.value; // -1: "the tail"
    if (e.type === 3 && e.count === 1) dv.setUint16(p + 8, v, true);
    else dv.setUint32(p + 8, v, true);
  });
  dv.setUint32(ifdOffset + 2 + entries.length * 12, nextIfd === -1 ? ifdOffset : nextIfd, true);
  out.set(tail, tailOffset);
  return out;
}

const short = (tag: number, value: number, count = 1): Entry => ({ tag, type: 3, count, value });
const long = (tag: number, value: number, count = 1): Entry => ({ tag, type: 4, count, value });
/** EOFB (two EOLs), byte-aligned: `00 10 01`. */
const EOFB = [0x00, 0x10, 0x01];

function g4Tiff(width: number, height: number, strip: number[], extra: Entry[] = []): Uint8Array {
  return tiff(
    [
      long(256, width),
      long(257, height),
      short(258, 1),
      short(259, 4),
      short(262, 0),
      long(273, -1),
      short(277, 1),
      long(278, height),
      long(279, strip.length),
      ...extra,
    ].sort((a, b) => a.tag - b.tag),
    strip,
  );
}

const u16 = (v: number) => [v >> 8, v & 255];
const u32 = (v: number) => [(v >>> 24) & 255, (v >> 16) & 255, (v >> 8) & 255, v & 255];
const segment = (code: number, body: number[]) => [0xff, code, ...u16(body.length + 2), ...body];

/** A J2K codestream: SIZ, COD (levels, code-block exponents), QCD, then `tiles` empty tile-parts and EOC. */
function j2k(o: {
  w: number;
  h: number;
  c: number;
  tile?: number;
  levels: number;
  cb?: number;
  tiles?: number;
  tileHeader?: number[];
}): Uint8Array {
  const tile = o.tile ?? Math.max(o.w, o.h);
  const siz = segment(0x51, [
    ...u16(0),
    ...u32(o.w),
    ...u32(o.h),
    ...u32(0),
    ...u32(0),
    ...u32(tile),
    ...u32(tile),
    ...u32(0),
    ...u32(0),
    ...u16(o.c),
    ...Array.from({ length: o.c }, () => [7, 1, 1]).flat(),
  ]);
  const cod = segment(0x52, [0, 0, 0, 1, 0, o.levels, o.cb ?? 4, o.cb ?? 4, 0, 0]);
  const qcd = segment(0x5c, [0x40, ...Array.from({ length: 3 * Math.min(o.levels, 32) + 1 }, () => 0x48)]);
  const out = [0xff, 0x4f, ...siz, ...cod, ...qcd];
  for (let t = 0; t < (o.tiles ?? 1); t++) {
    const header = o.tileHeader ?? [];
    out.push(0xff, 0x90, ...u16(10), ...u16(t), ...u32(12 + header.length + 2 + 1), 0, 1);
    out.push(...header, 0xff, 0x93, 0x00);
  }
  out.push(0xff, 0xd9);
  return Uint8Array.from(out);
}

/** Every hostile class, in a stable order. */
export function hostileImages(): HostileImage[] {
  return [
    { name: 'tiff-huge-dimensions.tif', bytes: g4Tiff(30000, 30000, EOFB), code: 'image-too-large' },
    {
      name: 'tiff-large-dimensions.tif',
      bytes: tiff(
        [long(256, 16384), long(257, 16384), short(259, 4), long(273, -1), long(279, 7)],
        [0, 0x10, 0x01, 0, 0x10, 0x01, 0xff],
      ),
      code: 'image-too-large',
    },
    {
      name: 'tiff-tiny-strips.tif',
      bytes: tiff(
        [
          long(256, 65535),
          long(257, 65535),
          short(259, 4),
          short(273, 0x7fff, 65535),
          short(278, 1),
          short(279, 0x7ff0, 65535),
        ],
        EOFB,
      ),
      code: 'image-too-large',
    },
    {
      name: 'tiff-tiny-strips-in-budget.tif',
      bytes: tiff(
        [
          long(256, 2048),
          long(257, 2048),
          short(259, 4),
          short(273, 0x10, 2048),
          short(278, 1),
          short(279, 3, 2048),
        ],
        EOFB,
      ),
      code: 'bad-image', // 2048 offsets declared, 0 of them in the file
    },
    {
      name: 'tiff-ifd-loop.tif',
      bytes: tiff([long(256, 8), long(257, 8), short(259, 4), long(273, -1), long(279, 3)], EOFB, -1),
      code: 'decoded', // only the first IFD is read: the loop is never followed, the 8×8 image decodes
    },
    {
      name: 'tiff-huge-tag-count.tif',
      bytes: tiff([long(256, 8), long(257, 8), short(258, 0, 0x40000000), long(273, -1), long(279, 3)], EOFB),
      code: 'bad-image',
    },
    {
      name: 'tiff-g4-no-codes.tif',
      bytes: g4Tiff(1024, 1024, [...new Uint8Array(2000), 0x01]),
      code: 'bad-image',
    },
    {
      name: 'j2k-huge-dimensions.j2k',
      bytes: j2k({ w: 65535, h: 65535, c: 3, levels: 5 }),
      code: 'image-too-large',
    },
    {
      name: 'j2k-tiny-code-blocks.j2k',
      bytes: j2k({ w: 2048, h: 2048, c: 4, levels: 5, cb: 0 }),
      code: 'image-work-exceeded',
    },
    {
      name: 'j2k-many-tiles.j2k',
      bytes: j2k({ w: 2048, h: 2048, c: 1, tile: 1, levels: 0 }),
      code: 'image-too-large',
    },
    {
      name: 'j2k-many-levels.j2k',
      bytes: j2k({ w: 1024, h: 1024, c: 3, levels: 32 }),
      code: 'image-work-exceeded',
    },
    {
      name: 'j2k-tile-part-override.j2k',
      bytes: j2k({
        w: 1024,
        h: 1024,
        c: 3,
        levels: 5,
        tileHeader: segment(0x52, [0, 0, 0, 1, 0, 5, 0, 0, 0, 0]),
      }),
      code: 'image-work-exceeded', // the main header is harmless; the tile-part asks for 4×4 code-blocks
    },
    {
      name: 'j2k-many-components.j2k',
      bytes: j2k({ w: 64, h: 64, c: 300, levels: 1 }),
      code: 'unsupported-image',
    },
  ];
}
