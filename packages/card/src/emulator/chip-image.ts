/**
 * What a software card holds: its elementary files (physical bytes and access rules), its card number, and —
 * for 特定 cards — the key-delivery private key and the My Number applications. Serialised as `card.json`
 * (hex bytes), always marked sandbox.
 */
import { fromHex, toHex } from '../bytes.ts';
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

/** A card.json that cannot be used, with what is wrong. */
export class ChipImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChipImageError';
  }
}

const TYPES = new Set(['1', '2', '05', '06', '07', '08']);

/** Parses card.json; throws ChipImageError naming the field that is wrong. */
export function chipImageFromJson(text: string): ChipImage {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch (e) {
    throw new ChipImageError(`card file is not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (doc === null || typeof doc !== 'object') throw new ChipImageError('card file is not a JSON object');
  if (doc.format !== CHIP_IMAGE_FORMAT)
    throw new ChipImageError(`card file: format must be "${CHIP_IMAGE_FORMAT}"`);
  if (doc.sandbox !== true) throw new ChipImageError('card file: only sandbox cards can be emulated');
  if (typeof doc.cardType !== 'string' || !TYPES.has(doc.cardType))
    throw new ChipImageError('card file: cardType must be one of 1, 2, 05, 06, 07, 08');
  if (typeof doc.cardNumber !== 'string' || !/^[A-Z]{2}\d{8}[A-Z]{2}$/.test(doc.cardNumber))
    throw new ChipImageError('card file: cardNumber must look like AA12345678BB');
  if (!Array.isArray(doc.files)) throw new ChipImageError('card file: files must be a list');
  const files = doc.files.map((f: Record<string, unknown>, i: number): ChipFile => {
    const where = `card file: files[${i}]`;
    if (!['MF', 'DF1', 'DF2', 'DF3'].includes(f.df as string))
      throw new ChipImageError(`${where}.df is invalid`);
    if (typeof f.ef !== 'number' || typeof f.p1 !== 'string')
      throw new ChipImageError(`${where}.ef/p1 are invalid`);
    let content: Uint8Array;
    try {
      content = fromHex(String(f.content));
    } catch {
      throw new ChipImageError(`${where}.content is not hex`);
    }
    return {
      df: f.df as DfName,
      ef: f.ef,
      p1: Number.parseInt(f.p1, 16),
      free: f.free === true,
      smOnly: f.smOnly === true,
      content,
    };
  });
  const image: ChipImage = {
    sandbox: true,
    cardType: doc.cardType as ChipImage['cardType'],
    cardNumber: doc.cardNumber,
    files,
  };
  if (typeof doc.deliveryPrivateKeyPem === 'string') image.deliveryPrivateKeyPem = doc.deliveryPrivateKeyPem;
  const mn = doc.myNumber as
    | { pin?: unknown; pinTries?: unknown; files?: Record<string, string> }
    | undefined;
  if (mn) {
    if (typeof mn.pin !== 'string' || !/^\d{4}$/.test(mn.pin))
      throw new ChipImageError('card file: myNumber.pin must be 4 digits');
    image.myNumber = {
      pin: mn.pin,
      pinTries: typeof mn.pinTries === 'number' ? mn.pinTries : 3,
      files: Object.fromEntries(Object.entries(mn.files ?? {}).map(([k, v]) => [k, fromHex(v)])),
    };
  }
  if ((image.cardType === '07' || image.cardType === '08') && !image.deliveryPrivateKeyPem)
    throw new ChipImageError('card file: a 特定 card needs deliveryPrivateKeyPem');
  return image;
}
