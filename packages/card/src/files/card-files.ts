/**
 * The whole residence application of a card as physical EF bytes (what the emulator serves and the reader reads)
 * and as one chip-native data model (what the issuer fills in and the reader shows), with a byte-identical round
 * trip between them. EF sizes, short-EF P1 codes and access rules are those of chip.md §4.1 (gen 1) and §5.2
 * (gen 2 / 特定); on 特定 cards the `MF` entries sit under the 在留AP (§6.1).
 */
import { equal } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import type { CardType } from './card-type.ts';
import {
  cardGeneration,
  decodeCardType,
  encodeCardType,
  isCardType,
  isSpecialPermanentResident,
} from './card-type.ts';
import { decodeCommonData, encodeCommonData } from './common-data.ts';
import { decodeGen1Address, encodeGen1Address, type Gen1Address } from './gen1-address.ts';
import { decodeGen1Face, encodeGen1Face } from './gen1-face.ts';
import { decodeGen1FrontImage, encodeGen1FrontImage } from './gen1-front-image.ts';
import {
  decodeGen1ComprehensivePermission,
  decodeGen1IndividualPermission,
  encodeGen1ComprehensivePermission,
  encodeGen1IndividualPermission,
} from './gen1-permissions.ts';
import { decodeGen1RenewalApplication, encodeGen1RenewalApplication } from './gen1-renewal-application.ts';
import { decodeGen1Signature, encodeGen1Signature } from './gen1-signature.ts';
import {
  type ActivityPermission,
  decodeGen2ActivityPermission,
  encodeGen2ActivityPermission,
} from './gen2-activity-permission.ts';
import { decodeGen2AddressImage, encodeGen2AddressImage } from './gen2-address-image.ts';
import { decodeGen2CardNumber, encodeGen2CardNumber } from './gen2-card-number.ts';
import { decodeGen2NameAndFace, encodeGen2NameAndFace } from './gen2-name-face.ts';
import { decodeGen2OtherEntries, encodeGen2OtherEntries, type OtherEntries } from './gen2-other-entries.ts';
import {
  decodeGen2PrintedEntries,
  encodeGen2PrintedEntries,
  type PrintedEntries,
  printedEntriesFileSize,
} from './gen2-printed-entries.ts';
import { decodeGen2RenewalApplication, encodeGen2RenewalApplication } from './gen2-renewal-application.ts';
import { decodeGen2Signature, encodeGen2Signature } from './gen2-signature.ts';

/** A dedicated file of the residence application; on 特定 cards (`07`/`08`) `MF` means the 在留AP (§6.1). */
export type DfName = 'MF' | 'DF1' | 'DF2' | 'DF3';

/** Where an EF lives and how it may be read (chip.md §4.1, §5.2). */
export interface EfDescriptor {
  df: DfName;
  /** EF number within its DF (EF01 = 1 …); gen 2 / 特定 also SELECT it as `00 0n` (§6.1). */
  ef: number;
  /** READ BINARY P1 in short-EF form (bit 8 set), e.g. `0x8A` (§4.6). */
  p1: number;
  /** Readable without card-number authentication (MF common data and card type). */
  free: boolean;
  /** Readable only through secure messaging (DF1). */
  smOnly: boolean;
  /** EF capacity in bytes. */
  size: number;
}

/** One EF as the card holds it — the same shape as the emulator's `ChipFile`. */
export interface CardEf {
  df: DfName;
  ef: number;
  p1: number;
  free: boolean;
  smOnly: boolean;
  /** Physical content, exactly `size` bytes of the descriptor (NUL padding included). */
  content: Uint8Array;
}

/** Every EF of a card's residence application, plus the card number the chip authenticates against. */
export interface CardFileSet {
  cardType: CardType;
  /** The access secret (`AA12345678BB`); gen 1 has no EF for it, gen 2 / 特定 also hold it in DF1/EF01. */
  cardNumber: string;
  /** The EFs in {@link cardEfLayout} order. */
  files: CardEf[];
}

/**
 * All chip data of a residence card in chip-native form (dates `YYYYMMDD`, codes as strings, images as bytes).
 * Fields marked gen 1 exist only for types `1`/`2`, gen 2 only for `05`–`08`; the rest for all.
 */
export interface ResidenceCardData {
  cardType: CardType;
  /** Card number `AA12345678BB` (gen 2: DF1/EF01 `C2`; gen 1: printed in the front image only). */
  cardNumber: string;
  /** MF/EF01 `C0` spec version, 4 digits. */
  specVersion: string;
  /** `D1` face, JPEG 2000 (≤3000 bytes); `null` when the card has none (§4.9). */
  face: Uint8Array | null;
  /** `DA` (gen 1, RSA, 256 bytes) or `DC` (gen 2, ECDSA raw r‖s or DER); `null` only on gen-1 under-16 cards. */
  checkCode: Uint8Array | null;
  /** `DB` / `DD` X.509 certificate without padding; `null` only on gen-1 under-16 cards. */
  certificate: Uint8Array | null;

  /** Gen 1: `D0` card-face TIFF (≤7000 bytes). */
  frontImage?: Uint8Array;
  /** Gen 1: DF2/EF01 back-side address entry. */
  address?: Gen1Address;
  /** Gen 1 type `1`: DF2/EF02 `D5` text; `null` = the all-zero "permission removed" EF. */
  comprehensivePermissionText?: string | null;
  /** Gen 1 type `1`: DF2/EF03 `D6` text; `null` = the all-zero "permission removed" EF. */
  individualPermissionText?: string | null;
  /** Type `1` (gen-1 DF2/EF04 `D7`) and `05`/`07` (gen-2 DF2/EF02 `D8`): `0` none, `1` applying. */
  renewalApplication?: string;
  /** Gen 1: DF3/EF01 has no `DB` at all (`DA 00 00…`, §4.9). */
  certificateDoOmitted?: boolean;

  /** Gen 2: DF1/EF02 printed entries. */
  printed?: PrintedEntries;
  /** Gen 2: `D0` name image, TIFF (≤2500 bytes). */
  nameImage?: Uint8Array;
  /** Gen 2: `DFD1` address image, TIFF (≤2500 bytes). */
  addressImage?: Uint8Array;
  /** Gen 2 `05`/`07`: DF2/EF01 `D5 D6 D7`. */
  activityPermission?: ActivityPermission;
  /** Gen 2: DF2/EF03 `D9 DE`. */
  otherEntries?: OtherEntries;
  /** Gen 2: how `DD` is laid out (default `exact`, §6.1). */
  certificateLayout?: 'exact' | 'fixed';
}

const CARD_NUMBER = /^[A-Z]{2}\d{8}[A-Z]{2}$/;

function ef(df: DfName, n: number, p1: number, size: number, access: 'free' | 'sm' | 'auth'): EfDescriptor {
  return { df, ef: n, p1, free: access === 'free', smOnly: access === 'sm', size };
}

/** The EFs a card type has, in reading order, with P1 codes, access and sizes (chip.md §4.1, §5.2). */
export function cardEfLayout(type: CardType): EfDescriptor[] {
  const spr = isSpecialPermanentResident(type);
  if (cardGeneration(type) === 'gen1')
    return [
      ef('MF', 1, 0x8b, 6, 'free'),
      ef('MF', 2, 0x8a, 3, 'free'),
      ef('DF1', 1, 0x85, 7004, 'sm'),
      ef('DF1', 2, 0x86, 3004, 'sm'),
      ef('DF2', 1, 0x81, 342, 'auth'),
      ...(spr
        ? []
        : [ef('DF2', 2, 0x82, 122, 'auth'), ef('DF2', 3, 0x83, 122, 'auth'), ef('DF2', 4, 0x84, 3, 'auth')]),
      ef('DF3', 1, 0x82, 1464, 'auth'),
    ];
  return [
    ef('MF', 1, 0x8b, 6, 'free'),
    ef('MF', 2, 0x8a, 4, 'free'),
    ef('DF1', 1, 0x81, 14, 'sm'),
    ef('DF1', 2, 0x83, printedEntriesFileSize(type), 'sm'),
    ef('DF1', 3, 0x84, 5508, 'sm'),
    ef('DF1', 4, 0x86, 2505, 'sm'),
    ...(spr ? [] : [ef('DF2', 1, 0x81, 22, 'auth'), ef('DF2', 2, 0x82, 3, 'auth')]),
    ef('DF2', 3, 0x83, 207, 'auth'),
    ef('DF3', 1, 0x82, 704, 'auth'),
  ];
}

/** The EF `df`/EF0`n` of a set, if the card has it. */
export function findCardEf(set: CardFileSet, df: DfName, n: number): CardEf | undefined {
  return set.files.find((f) => f.df === df && f.ef === n);
}

/** The physical content of every EF for `data`; refuses fields the card type lacks or misses. */
export function encodeCardFiles(data: ResidenceCardData): CardFileSet {
  if (!isCardType(data.cardType))
    throw new CardFileError({ code: 'bad-value', file: 'cardType', message: 'unknown card type' });
  if (!CARD_NUMBER.test(data.cardNumber))
    throw new CardFileError({
      code: 'bad-value',
      file: 'cardNumber',
      message: 'card number must look like AA12345678BB',
    });
  const type = data.cardType;
  const gen1 = cardGeneration(type) === 'gen1';
  const spr = isSpecialPermanentResident(type);
  checkFields(data, {
    frontImage: gen1,
    address: gen1,
    comprehensivePermissionText: gen1 && !spr,
    individualPermissionText: gen1 && !spr,
    renewalApplication: !spr,
    printed: !gen1,
    nameImage: !gen1,
    addressImage: !gen1,
    activityPermission: !gen1 && !spr,
    otherEntries: !gen1,
  });
  if (!gen1 && (data.checkCode === null || data.certificate === null))
    throw new CardFileError({
      code: 'missing-field',
      file: 'checkCode',
      message: 'gen-2 cards carry a signature',
    });
  if (gen1 ? data.certificateLayout !== undefined : data.certificateDoOmitted !== undefined)
    throw new CardFileError({
      code: 'unexpected-field',
      file: gen1 ? 'certificateLayout' : 'certificateDoOmitted',
      message: `not a field of card type ${type}`,
    });

  const contents = new Map<string, Uint8Array>();
  const put = (df: DfName, n: number, bytes: Uint8Array) => contents.set(`${df}/${n}`, bytes);
  put('MF', 1, encodeCommonData(data.specVersion));
  put('MF', 2, encodeCardType(type));
  if (gen1) {
    put('DF1', 1, encodeGen1FrontImage(data.frontImage as Uint8Array));
    put('DF1', 2, encodeGen1Face(data.face));
    put('DF2', 1, encodeGen1Address(data.address as Gen1Address));
    if (!spr) {
      put('DF2', 2, encodeGen1ComprehensivePermission(data.comprehensivePermissionText as string | null));
      put('DF2', 3, encodeGen1IndividualPermission(data.individualPermissionText as string | null));
      put('DF2', 4, encodeGen1RenewalApplication(data.renewalApplication as string));
    }
    put(
      'DF3',
      1,
      encodeGen1Signature({
        checkCode: data.checkCode,
        certificate: data.certificate,
        ...(data.certificateDoOmitted ? { certificateDoOmitted: true } : {}),
      }),
    );
  } else {
    put('DF1', 1, encodeGen2CardNumber(data.cardNumber));
    put('DF1', 2, encodeGen2PrintedEntries(data.printed as PrintedEntries, type));
    put('DF1', 3, encodeGen2NameAndFace({ nameImage: data.nameImage as Uint8Array, face: data.face }));
    put('DF1', 4, encodeGen2AddressImage(data.addressImage as Uint8Array));
    if (!spr) {
      put('DF2', 1, encodeGen2ActivityPermission(data.activityPermission as ActivityPermission));
      put('DF2', 2, encodeGen2RenewalApplication(data.renewalApplication as string));
    }
    put('DF2', 3, encodeGen2OtherEntries(data.otherEntries as OtherEntries));
    put(
      'DF3',
      1,
      encodeGen2Signature({
        checkCode: data.checkCode as Uint8Array,
        certificate: data.certificate as Uint8Array,
        ...(data.certificateLayout ? { certificateLayout: data.certificateLayout } : {}),
      }),
    );
  }
  const files = cardEfLayout(type).map(({ size: _size, ...d }) => ({
    ...d,
    content: contents.get(`${d.df}/${d.ef}`) as Uint8Array,
  }));
  return { cardType: type, cardNumber: data.cardNumber, files };
}

/** The data model of a set; every EF of the card type must be present with the layout's P1 and access. */
export function decodeCardFiles(set: CardFileSet): ResidenceCardData {
  if (!isCardType(set.cardType))
    throw new CardFileError({ code: 'bad-value', file: 'cardType', message: 'unknown card type' });
  const type = set.cardType;
  const layout = cardEfLayout(type);
  for (const f of set.files) {
    const d = layout.find((x) => x.df === f.df && x.ef === f.ef);
    if (!d || d.p1 !== f.p1 || d.free !== f.free || d.smOnly !== f.smOnly)
      throw new CardFileError({
        code: 'unexpected-file',
        file: efName(f),
        message: d ? 'P1 or access rule differs from chip.md §4.1/§5.2' : `card type ${type} has no such EF`,
      });
  }
  const get = (df: DfName, n: number): Uint8Array => {
    const f = findCardEf(set, df, n);
    if (!f)
      throw new CardFileError({ code: 'missing-file', file: efName({ df, ef: n }), message: 'EF missing' });
    return f.content;
  };
  const decodedType = decodeCardType(get('MF', 2));
  if (decodedType !== type)
    throw new CardFileError({
      code: 'bad-value',
      file: 'MF/EF02',
      message: 'card type EF disagrees with the set',
    });
  const spr = isSpecialPermanentResident(type);
  const base = { cardType: type, cardNumber: set.cardNumber, specVersion: decodeCommonData(get('MF', 1)) };
  if (cardGeneration(type) === 'gen1') {
    const sig = decodeGen1Signature(get('DF3', 1));
    const data: ResidenceCardData = {
      ...base,
      face: decodeGen1Face(get('DF1', 2)),
      checkCode: sig.checkCode,
      certificate: sig.certificate,
      frontImage: decodeGen1FrontImage(get('DF1', 1)),
      address: decodeGen1Address(get('DF2', 1)),
    };
    if (!spr) {
      data.comprehensivePermissionText = decodeGen1ComprehensivePermission(get('DF2', 2));
      data.individualPermissionText = decodeGen1IndividualPermission(get('DF2', 3));
      data.renewalApplication = decodeGen1RenewalApplication(get('DF2', 4));
    }
    if (sig.certificateDoOmitted) data.certificateDoOmitted = true;
    return data;
  }
  const cardNumber = decodeGen2CardNumber(get('DF1', 1));
  if (cardNumber !== set.cardNumber)
    throw new CardFileError({
      code: 'bad-value',
      file: 'DF1/EF01',
      message: 'card number EF disagrees with the set',
    });
  const nameFace = decodeGen2NameAndFace(get('DF1', 3));
  const sig = decodeGen2Signature(get('DF3', 1));
  const printed = decodeGen2PrintedEntries(get('DF1', 2));
  if ((printed.stayExpiry === undefined) !== spr)
    throw new CardFileError({
      code: 'bad-value',
      file: 'DF1/EF02',
      message: `layout does not fit card type ${type}`,
    });
  const data: ResidenceCardData = {
    ...base,
    face: nameFace.face,
    checkCode: sig.checkCode,
    certificate: sig.certificate,
    printed,
    nameImage: nameFace.nameImage,
    addressImage: decodeGen2AddressImage(get('DF1', 4)),
  };
  if (!spr) {
    data.activityPermission = decodeGen2ActivityPermission(get('DF2', 1));
    data.renewalApplication = decodeGen2RenewalApplication(get('DF2', 2));
  }
  data.otherEntries = decodeGen2OtherEntries(get('DF2', 3));
  if (sig.certificateLayout) data.certificateLayout = sig.certificateLayout;
  return data;
}

/** True when two sets hold the same card type, number and EF bytes — the round-trip check. */
export function sameCardFiles(a: CardFileSet, b: CardFileSet): boolean {
  if (a.cardType !== b.cardType || a.cardNumber !== b.cardNumber || a.files.length !== b.files.length)
    return false;
  return a.files.every((f, i) => {
    const g = b.files[i];
    return (
      !!g &&
      f.df === g.df &&
      f.ef === g.ef &&
      f.p1 === g.p1 &&
      f.free === g.free &&
      f.smOnly === g.smOnly &&
      equal(f.content, g.content)
    );
  });
}

function checkFields(data: ResidenceCardData, wanted: Record<string, boolean>): void {
  for (const [key, want] of Object.entries(wanted)) {
    const present = (data as unknown as Record<string, unknown>)[key] !== undefined;
    if (present !== want)
      throw new CardFileError({
        code: want ? 'missing-field' : 'unexpected-field',
        file: key,
        message: `${want ? 'required' : 'not a field'} for card type ${data.cardType}`,
      });
  }
}

function efName(f: { df: DfName; ef: number }): string {
  return `${f.df}/EF${String(f.ef).padStart(2, '0')}`;
}
