/**
 * What a software card holds: its elementary files (physical bytes and access rules), its card number, and —
 * for 特定 cards — the key-delivery private key and the My Number applications. Serialised as `card.json`
 * (hex bytes), always marked sandbox.
 */

import { fromHex, toHex } from '../bytes.ts';
import { KeyError, readPrivateKey, requireRsaKey } from '../crypto/keys.ts';
import { CardLibraryError } from '../errors/library-error.ts';
import type { CardEf, DfName } from '../files/card-files.ts';

/** One elementary file as the card serves it: the file codecs' own shape (DF, EF, P1, access, content). */
export type ChipFile = CardEf;
export type { DfName };

/** The synthetic My Number side of a 特定 card (券面事項入力補助AP): a 4-digit PIN and its files. */
export interface MyNumberSide {
  pin: string;
  /** Tries left for the PIN (3 when new); survives resets. */
  pinTries: number;
  /** Physical content of EF0001 (個人番号 — synthetic) and EF0002 (basic four items). */
  files: Record<string, Uint8Array>;
}

/** A whole software card. */
export interface ChipImage {
  sandbox: true;
  cardType: '1' | '2' | '05' | '06' | '07' | '08';
  cardNumber: string;
  files: ChipFile[];
  /** 特定 only: PKCS#8 PEM of the key-delivery private key the chip holds. */
  deliveryPrivateKeyPem?: string;
  /** 特定 only. */
  myNumber?: MyNumberSide;
}

/** `card.json` format identifier. */
export const CHIP_IMAGE_FORMAT = 'zairyu-sandbox-card/1';

/** Serialises an image to the card.json document. */
export function chipImageToJson(image: ChipImage): string {
  return `${JSON.stringify(
    {
      format: CHIP_IMAGE_FORMAT,
      sandbox: true,
      note: 'SANDBOX card made by zairyu: synthetic data, signed by a sandbox CA; never valid as a real card',
      cardType: image.cardType,
      cardNumber: image.cardNumber,
      files: image.files.map((f) => ({
        ...f,
        p1: f.p1.toString(16).toUpperCase(),
        content: toHex(f.content),
      })),
      deliveryPrivateKeyPem: image.deliveryPrivateKeyPem,
      myNumber: image.myNumber && {
        pin: image.myNumber.pin,
        pinTries: image.myNumber.pinTries,
        files: Object.fromEntries(Object.entries(image.myNumber.files).map(([k, v]) => [k, toHex(v)])),
      },
    },
    null,
    2,
  )}\n`;
}

/** Stable machine codes of {@link ChipImageError}. */
export type ChipImageErrorCode =
  /** The text is not JSON, or not a JSON object. */
  | 'card-json-malformed'
  /** `format` is not {@link CHIP_IMAGE_FORMAT}. */
  | 'card-json-unsupported-format'
  /** `sandbox` is not `true`: only sandbox cards can be emulated. */
  | 'card-json-not-sandbox'
  /** A field has the wrong type or value (the path says which). */
  | 'card-json-invalid-field'
  /** A field that must be hex is not. */
  | 'card-json-not-hex'
  /** A key in the card (the key-delivery private key) is not usable. */
  | 'card-json-bad-key'
  /** A field the card type needs is missing. */
  | 'card-json-missing-field';

/** A card.json that cannot be used: a code and the JSON path of what is wrong (never the value itself). */
export class ChipImageError extends CardLibraryError {
  readonly code: ChipImageErrorCode;

  constructor(
    message: string,
    code: ChipImageErrorCode = 'card-json-invalid-field',
    /** JSON path of the offending field (`files[3].content`), or '' for the whole document. */
    readonly path = '',
  ) {
    super(message);
    this.name = 'ChipImageError';
    this.code = code;
  }
}

const TYPES = new Set(['1', '2', '05', '06', '07', '08']);
const DFS = new Set(['MF', 'DF1', 'DF2', 'DF3']);

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function invalid(path: string, what: string): ChipImageError {
  return new ChipImageError(`card file: ${path} ${what}`, 'card-json-invalid-field', path);
}

function hexField(v: unknown, path: string): Uint8Array {
  if (typeof v !== 'string') throw invalid(path, 'must be a hex string');
  try {
    return fromHex(v);
  } catch {
    throw new ChipImageError(`card file: ${path} is not hex`, 'card-json-not-hex', path);
  }
}

function fileOf(f: unknown, i: number): ChipFile {
  const where = `files[${i}]`;
  if (!isObject(f)) throw invalid(where, 'must be an object');
  if (typeof f.df !== 'string' || !DFS.has(f.df)) throw invalid(`${where}.df`, 'must be MF, DF1, DF2 or DF3');
  if (typeof f.ef !== 'number' || !Number.isInteger(f.ef) || f.ef < 1 || f.ef > 31)
    throw invalid(`${where}.ef`, 'must be a whole number 1–31');
  if (typeof f.p1 !== 'string' || !/^[0-9A-Fa-f]{1,2}$/.test(f.p1))
    throw invalid(`${where}.p1`, 'must be one byte in hex (e.g. "8A")');
  for (const k of ['free', 'smOnly'] as const)
    if (f[k] !== undefined && typeof f[k] !== 'boolean')
      throw invalid(`${where}.${k}`, 'must be true or false');
  return {
    df: f.df as DfName,
    ef: f.ef,
    p1: Number.parseInt(f.p1, 16),
    free: f.free === true,
    smOnly: f.smOnly === true,
    content: hexField(f.content, `${where}.content`),
  };
}

function myNumberOf(mn: unknown): MyNumberSide {
  if (!isObject(mn)) throw invalid('myNumber', 'must be an object');
  if (typeof mn.pin !== 'string' || !/^\d{4}$/.test(mn.pin))
    throw invalid('myNumber.pin', 'must be 4 digits');
  if (
    mn.pinTries !== undefined &&
    (typeof mn.pinTries !== 'number' || !Number.isInteger(mn.pinTries) || mn.pinTries < 0 || mn.pinTries > 15)
  )
    throw invalid('myNumber.pinTries', 'must be a whole number 0–15');
  if (mn.files !== undefined && !isObject(mn.files)) throw invalid('myNumber.files', 'must be an object');
  const files: Record<string, Uint8Array> = {};
  for (const [k, v] of Object.entries(mn.files ?? {})) {
    if (!/^[0-9A-F]{4}$/.test(k))
      throw invalid(`myNumber.files.${k.slice(0, 8)}`, 'must be a 4-digit hex EF id');
    files[k] = hexField(v, `myNumber.files.${k}`);
  }
  return { pin: mn.pin, pinTries: typeof mn.pinTries === 'number' ? mn.pinTries : 3, files };
}

/** Parses card.json; throws {@link ChipImageError} naming the field that is wrong. */
export function chipImageFromJson(text: string): ChipImage {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new ChipImageError(
      `card file is not JSON (${e instanceof Error ? e.message.split('\n')[0] : String(e)})`,
      'card-json-malformed',
    );
  }
  if (!isObject(doc)) throw new ChipImageError('card file is not a JSON object', 'card-json-malformed');
  if (doc.format !== CHIP_IMAGE_FORMAT)
    throw new ChipImageError(
      `card file: format must be "${CHIP_IMAGE_FORMAT}"`,
      'card-json-unsupported-format',
      'format',
    );
  if (doc.sandbox !== true)
    throw new ChipImageError(
      'card file: only sandbox cards can be emulated',
      'card-json-not-sandbox',
      'sandbox',
    );
  if (typeof doc.cardType !== 'string' || !TYPES.has(doc.cardType))
    throw invalid('cardType', 'must be one of 1, 2, 05, 06, 07, 08');
  if (typeof doc.cardNumber !== 'string' || !/^[A-Z]{2}\d{8}[A-Z]{2}$/.test(doc.cardNumber))
    throw invalid('cardNumber', 'must look like AA12345678BB');
  if (!Array.isArray(doc.files)) throw invalid('files', 'must be a list');
  const image: ChipImage = {
    sandbox: true,
    cardType: doc.cardType as ChipImage['cardType'],
    cardNumber: doc.cardNumber,
    files: doc.files.map(fileOf),
  };
  if (doc.deliveryPrivateKeyPem !== undefined) {
    if (typeof doc.deliveryPrivateKeyPem !== 'string')
      throw invalid('deliveryPrivateKeyPem', 'must be a PEM string');
    try {
      requireRsaKey(readPrivateKey(doc.deliveryPrivateKeyPem), 2048, 'deliveryPrivateKeyPem');
    } catch (e) {
      if (!(e instanceof KeyError)) throw e;
      throw new ChipImageError(
        `card file: deliveryPrivateKeyPem is not an RSA-2048 private key (${e.code})`,
        'card-json-bad-key',
        'deliveryPrivateKeyPem',
      );
    }
    image.deliveryPrivateKeyPem = doc.deliveryPrivateKeyPem;
  }
  if (doc.myNumber !== undefined && doc.myNumber !== null) image.myNumber = myNumberOf(doc.myNumber);
  if ((image.cardType === '07' || image.cardType === '08') && !image.deliveryPrivateKeyPem)
    throw new ChipImageError(
      'card file: a 特定 card needs deliveryPrivateKeyPem',
      'card-json-missing-field',
      'deliveryPrivateKeyPem',
    );
  return image;
}
