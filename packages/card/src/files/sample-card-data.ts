/**
 * A complete, obviously synthetic {@link ResidenceCardData} per card type — for codec tests and emulator smoke
 * tests that need whole cards without running the issuer. Images, check codes and certificates are opaque
 * placeholder bytes of the right shape (not decodable images, not valid signatures); all values are invented.
 */
import { concat, uintBE, utf8 } from '../bytes.ts';
import type { ResidenceCardData } from './card-files.ts';
import { type CardType, cardGeneration, isSpecialPermanentResident } from './card-type.ts';

/** A DER-shaped placeholder (`30 82 xx xx` + filler) of `length` bytes, standing in for a certificate. */
export function placeholderCertificate(length: number): Uint8Array {
  return concat(Uint8Array.of(0x30, 0x82), uintBE(length - 4, 2), new Uint8Array(length - 4).fill(0xa5));
}

/** Synthetic card data for `type` (card number `AB12345678CD`, holder "SANDBOX TARO"). */
export function sampleCardData(type: CardType): ResidenceCardData {
  const spr = isSpecialPermanentResident(type);
  const base = {
    cardType: type,
    cardNumber: 'AB12345678CD',
    specVersion: '0001',
    face: utf8('SANDBOX-FACE-JP2'),
  };
  if (cardGeneration(type) === 'gen1') {
    const data: ResidenceCardData = {
      ...base,
      checkCode: new Uint8Array(256).fill(0x5a),
      certificate: placeholderCertificate(900),
      frontImage: utf8('SANDBOX-FRONT-TIFF'),
      address: { date: '20260614', municipalityCode: '999999', address: '東京都サンドボックス区１－２－３' },
    };
    if (!spr) {
      data.comprehensivePermissionText = '許可（原則週２８時間以内・風俗営業等の従事を除く）';
      data.individualPermissionText = null;
      data.renewalApplication = '0';
    }
    return data;
  }
  const data: ResidenceCardData = {
    ...base,
    checkCode: new Uint8Array(96).fill(0x5a),
    certificate: placeholderCertificate(598),
    printed: {
      cardExpiry: '20310614',
      birthDate: '19900101',
      sex: '3',
      nationality: 'UTO',
      status: 'SANDBOX',
      periodOfStay: spr ? '0000' : '0300',
      ...(spr
        ? {}
        : { permissionType: '01', permissionDate: '20260614', workRestriction: '1', stayExpiry: '20290614' }),
    },
    nameImage: utf8('SANDBOX-NAME-TIFF'),
    addressImage: utf8('SANDBOX-ADDRESS-TIFF'),
    otherEntries: { commissionerEntry: '0', reservedText: '' },
  };
  if (!spr) {
    data.activityPermission = { comprehensive: '0', comprehensiveExpiry: '', individual: '0' };
    data.renewalApplication = '0';
  }
  return data;
}
