/**
 * The sandbox issuer: from fields to a complete, signed software card of any type (`1` `2` `05` `06` `07`
 * `08`) — real file formats (TIFF CCITT G4 name/address/front images, a JPEG 2000 face), signed by the
 * sandbox CA (RSA-2048 for gen 1, ECDSA P-384 for gen 2 / 特定), and for 特定 cards the sandbox key-delivery
 * key plus a synthetic My Number side. Everything it makes is labelled sandbox.
 */
import { concat, utf8 } from '../bytes.ts';
import type { ChipImage } from '../emulator/chip-image.ts';
import { encodeCardFiles, type ResidenceCardData } from '../files/card-files.ts';
import { type CardType, cardGeneration, isSpecialPermanentResident } from '../files/card-type.ts';
import { signedTarget } from '../files/signed-target.ts';
import { createBitmap, fillRect } from '../images/bitmap.ts';
import { drawText } from '../images/bitmap-font.ts';
import { encodeJp2 } from '../images/jp2.ts';
import { syntheticFace } from '../images/synthetic-face.ts';
import { encodeTiffG4 } from '../images/tiff-g4.ts';
import { type SandboxCa, signerCertificate, signGen1, signGen2 } from './ca/sandbox-ca.ts';
import type { IssueFields } from './issue-fields.ts';

/** The sandbox PIN of the My Number side of every sandbox 特定 card. */
export const SANDBOX_MY_NUMBER_PIN = '1234';

function age(birth: string, on: string): number {
  let a = Number(on.slice(0, 4)) - Number(birth.slice(0, 4));
  if (on.slice(4) < birth.slice(4)) a -= 1;
  return a;
}

/** Under 16 and not within the half year before the 16th birthday: a gen-1 card without face or signature (§4.9). */
function childCard(birth: string, issued: string): boolean {
  if (age(birth, issued) >= 16) return false;
  const y16 = Number(birth.slice(0, 4)) + 16;
  const m = Number(birth.slice(4, 6)) - 6;
  const halfYearBefore = `${m > 0 ? y16 : y16 - 1}${String(m > 0 ? m : m + 12).padStart(2, '0')}${birth.slice(6)}`;
  return issued < halfYearBefore;
}

function textImage(lines: string[], width: number, height: number, scale: number): Uint8Array {
  const bmp = createBitmap(width, height);
  fillRect(bmp, 0, 0, width, 2);
  for (const [i, line] of lines.entries()) drawText(bmp, line, 8, 8 + i * (7 * scale + 6), scale);
  return encodeTiffG4(bmp);
}

const pretty = (d: string) => (d ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : '-');

/** Builds the chip data of a sandbox card (unsigned images included). */
async function cardData(type: CardType, f: IssueFields, seed: string): Promise<ResidenceCardData> {
  const spr = isSpecialPermanentResident(type);
  const gen1 = cardGeneration(type) === 'gen1';
  const faceAllowed = gen1 ? !childCard(f.birthDate, f.issuedOn) : age(f.birthDate, f.issuedOn) >= 1;
  const face = faceAllowed ? await encodeJp2(syntheticFace(seed)) : null;
  if (gen1) {
    const front = textImage(
      [
        'ZAIRYU SANDBOX - NOT A REAL CARD',
        `NAME ${f.name}`,
        `BIRTH ${pretty(f.birthDate)} SEX ${f.sex} NAT ${f.nationality}`,
        `STATUS ${f.status} PERIOD ${f.periodOfStay}`,
        ...(spr
          ? []
          : [
              `UNTIL ${pretty(f.stayExpiry)} WORK ${f.workRestriction}`,
              `PERMIT ${f.permissionType} ${pretty(f.permissionDate)}`,
            ]),
        `ISSUED ${pretty(f.issuedOn)} VALID ${pretty(f.cardExpiry)}`,
        `NO ${f.cardNumber}`,
      ],
      674,
      425,
      2,
    );
    const data: ResidenceCardData = {
      cardType: type,
      cardNumber: f.cardNumber,
      specVersion: '0001',
      face,
      checkCode: null,
      certificate: null,
      frontImage: front,
      address: { date: f.addressWrittenOn, municipalityCode: f.municipalityCode, address: f.address },
    };
    if (!spr) {
      data.comprehensivePermissionText =
        f.extraActivity !== '0' ? '許可（原則週２８時間以内・風俗営業等の従事を除く）' : null;
      data.individualPermissionText =
        f.individualPermission === '1' ? '許可（資格外活動許可書に記載された範囲内の活動）' : null;
      data.renewalApplication = f.applicationPending;
    }
    return data;
  }
  const data: ResidenceCardData = {
    cardType: type,
    cardNumber: f.cardNumber,
    specVersion: '0001',
    face,
    checkCode: null,
    certificate: null,
    printed: {
      cardExpiry: f.cardExpiry,
      birthDate: f.birthDate,
      sex: f.sex,
      nationality: f.nationality,
      status: f.status,
      periodOfStay: f.periodOfStay,
      ...(spr
        ? {}
        : {
            permissionType: f.permissionType,
            permissionDate: f.permissionDate,
            workRestriction: f.workRestriction,
            stayExpiry: f.periodOfStay === '0000' ? '' : f.stayExpiry,
          }),
    },
    nameImage: textImage([f.name], 400, 40, 3),
    addressImage: textImage([f.address.slice(0, 40), f.address.slice(40, 80)], 500, 60, 2),
    otherEntries: { commissionerEntry: '0', reservedText: '' },
  };
  if (!spr) {
    data.activityPermission = {
      comprehensive: f.extraActivity,
      comprehensiveExpiry: f.extraActivity === '0' ? '' : f.extraActivityExpiry,
      individual: f.individualPermission,
    };
    data.renewalApplication = f.applicationPending;
  }
  return data;
}

/** A synthetic 12-digit number for the My Number side (never a real person's; used only to test privacy). */
function syntheticIndividualNumber(cardNumber: string): string {
  let h = 7;
  for (const c of cardNumber) h = (h * 31 + c.charCodeAt(0)) % 1_000_000_000;
  return `999${String(h).padStart(9, '0')}`;
}

/** Issues a complete, signed sandbox card. */
export async function issueCard(
  type: CardType,
  fields: IssueFields,
  ca: SandboxCa,
  seed: string | number = fields.cardNumber,
): Promise<ChipImage> {
  const data = await cardData(type, fields, String(seed));
  const gen1 = cardGeneration(type) === 'gen1';
  const signed = !(gen1 && data.face === null); // gen-1 children's cards carry no check code (§4.9)
  if (signed) {
    const target = signedTarget(data);
    data.checkCode = gen1 ? signGen1(ca, target) : signGen2(ca, target);
    data.certificate = signerCertificate(ca, gen1 ? 1 : 2);
  }
  const set = encodeCardFiles(data);
  const image: ChipImage = { sandbox: true, cardType: type, cardNumber: fields.cardNumber, files: set.files };
  if (type === '07' || type === '08') {
    image.deliveryPrivateKeyPem = ca.delivery.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    image.myNumber = {
      pin: SANDBOX_MY_NUMBER_PIN,
      pinTries: 3,
      files: {
        '0001': concat(
          Uint8Array.of(0xff, 0x10, 0x0c),
          utf8(syntheticIndividualNumber(fields.cardNumber)),
          Uint8Array.of(0xff, 0xff),
        ),
      },
    };
  }
  return image;
}
