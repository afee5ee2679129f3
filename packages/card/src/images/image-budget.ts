/**
 * What one image may cost to decode: the largest file, width, height, pixel count, decoded bytes and decoder
 * work. Every card-image decoder checks the header against its budget before it allocates or decodes, so a
 * hostile file (a 200-byte TIFF declaring 30000×30000 pixels, thousands of one-row strips, a JPEG 2000 of
 * one-pixel tiles) is refused in milliseconds with an {@link ImageError}, never by running out of memory.
 */
import { ImageError } from './image-error.ts';

/** Limits for decoding one image. */
export interface ImageBudget {
  /** Largest encoded file, in bytes. */
  readonly maxInputBytes: number;
  /** Largest width and height, in pixels. */
  readonly maxWidth: number;
  readonly maxHeight: number;
  /** Largest width × height. */
  readonly maxPixels: number;
  /** Largest decoded raster (width × height × channels), in bytes. */
  readonly maxDecodedBytes: number;
  /**
   * Largest decoder work: TIFF G4 counts one step per code word and per pixel written; JPEG 2000 estimates
   * samples × (resolution levels + quality layers) plus tiles × 4096 from the main header.
   */
  readonly maxWork: number;
  /** Largest number of TIFF strips or JPEG 2000 tiles. */
  readonly maxSegments: number;
}

/**
 * The default budget. The chip's images are far smaller (chip.md §4.1, §5.3: front image ≤ 7000 bytes, name
 * and address ≤ 2500, face ≤ 3000; a card face at 200 dpi is about 680×430) — the limits leave room for
 * other scans while keeping one decode under a second and well under 256 MB.
 */
export const DEFAULT_IMAGE_BUDGET: ImageBudget = Object.freeze({
  maxInputBytes: 256 * 1024,
  maxWidth: 8192,
  maxHeight: 8192,
  maxPixels: 4 * 1024 * 1024,
  maxDecodedBytes: 16 * 1024 * 1024,
  maxWork: 48 * 1024 * 1024,
  maxSegments: 4096,
});

/** Throws `image-input-too-large` when the file exceeds the budget. */
export function checkInputSize(bytes: Uint8Array, budget: ImageBudget, what: string): void {
  if (bytes.length > budget.maxInputBytes)
    throw new ImageError(
      'image-input-too-large',
      `${what} of ${bytes.length} bytes exceeds the image budget of ${budget.maxInputBytes}`,
    );
}

/** Throws `image-too-large` unless `width × height × channels` fits the budget (and both are ≥ 1). */
export function checkDimensions(
  width: number,
  height: number,
  channels: number,
  budget: ImageBudget,
  what: string,
): void {
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    throw new ImageError('bad-image', `${what} declares ${width}×${height} pixels`);
  const pixels = width * height;
  if (
    width > budget.maxWidth ||
    height > budget.maxHeight ||
    pixels > budget.maxPixels ||
    pixels * channels > budget.maxDecodedBytes
  )
    throw new ImageError(
      'image-too-large',
      `${what} declares ${width}×${height}×${channels}, beyond the image budget (${budget.maxWidth}×${budget.maxHeight}, ${budget.maxPixels} pixels, ${budget.maxDecodedBytes} bytes)`,
    );
}

/** A work counter that throws `image-work-exceeded` once `budget.maxWork` steps are spent. */
export class WorkMeter {
  private spent = 0;

  constructor(
    private readonly limit: number,
    private readonly what: string,
  ) {}

  /** Spends `n` steps. */
  spend(n: number): void {
    this.spent += n;
    if (this.spent > this.limit)
      throw new ImageError(
        'image-work-exceeded',
        `${this.what} needs more than ${this.limit} decoding steps`,
      );
  }

  /** Steps spent so far. */
  get used(): number {
    return this.spent;
  }
}
