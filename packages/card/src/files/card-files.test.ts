import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex, utf8 } from '../bytes.ts';
import { CardFileError } from './card-file-error.ts';
import {
  type CardFileSet,
  cardEfLayout,
  decodeCardFiles,
  encodeCardFiles,
  findCardEf,
  type ResidenceCardData,
  sameCardFiles,
} from './card-files.ts';
import { CARD_TYPES, type CardType } from './card-type.ts';
import { placeholderCertificate, sampleCardData } from './sample-card-data.ts';
import { trimNul } from './text.ts';

function p1s(type: CardType): string {
  return cardEfLayout(type)
    .map(
      (d) =>
        `${d.df}/${d.ef}:${d.p1.toString(16).toUpperCase()}:${d.size}${d.smOnly ? ':sm' : ''}${d.free ? ':free' : ''}`,
    )
    .join(' ');
}

describe('card file set layout (chip.md §4.1, §5.2)', () => {
  it('lists gen-1 EFs with their P1 codes, sizes and access', () => {
    expect(p1s('1')).toBe(
      'MF/1:8B:6:free MF/2:8A:3:free DF1/1:85:7004:sm DF1/2:86:3004:sm DF2/1:81:342 DF2/2:82:122 DF2/3:83:122 DF2/4:84:3 DF3/1:82:1464',
    );
    expect(p1s('2')).toBe(
      'MF/1:8B:6:free MF/2:8A:3:free DF1/1:85:7004:sm DF1/2:86:3004:sm DF2/1:81:342 DF3/1:82:1464',
    );
  });

  it('lists gen-2 / 特定 EFs with their P1 codes, sizes and access', () => {
    const full =
      'MF/1:8B:6:free MF/2:8A:4:free DF1/1:81:14:sm DF1/2:83:73:sm DF1/3:84:5508:sm DF1/4:86:2505:sm DF2/1:81:22 DF2/2:82:3 DF2/3:83:207 DF3/1:82:704';
    expect(p1s('05')).toBe(full);
    expect(p1s('07')).toBe(full);
    const special =
      'MF/1:8B:6:free MF/2:8A:4:free DF1/1:81:14:sm DF1/2:83:46:sm DF1/3:84:5508:sm DF1/4:86:2505:sm DF2/3:83:207 DF3/1:82:704';
    expect(p1s('06')).toBe(special);
    expect(p1s('08')).toBe(special);
  });
});

describe('whole-card round trip', () => {
  it.each(CARD_TYPES)('encodes type %s to the layout and decodes it back, byte for byte', (type) => {
    const data = sampleCardData(type);
    const set = encodeCardFiles(data);
    const layout = cardEfLayout(type);
    expect(set.files.map((f) => [f.df, f.ef, f.p1, f.content.length])).toEqual(
      layout.map((d) => [d.df, d.ef, d.p1, d.size]),
    );
    const back = decodeCardFiles(set);
    expect(back).toEqual(data);
    expect(sameCardFiles(encodeCardFiles(back), set)).toBe(true);
    expect(toHex(findCardEf(set, 'MF', 1)?.content ?? new Uint8Array())).toBe('C00430303031');
  });

  it('round-trips under-16 and no-face variants', () => {
    const g1: ResidenceCardData = { ...sampleCardData('1'), face: null, checkCode: null, certificate: null };
    expect(decodeCardFiles(encodeCardFiles(g1))).toEqual(g1);
    const g1b: ResidenceCardData = { ...g1, certificateDoOmitted: true };
    expect(decodeCardFiles(encodeCardFiles(g1b))).toEqual(g1b);
    const g2: ResidenceCardData = { ...sampleCardData('07'), face: null, certificateLayout: 'fixed' };
    expect(decodeCardFiles(encodeCardFiles(g2))).toEqual(g2);
  });

  it('round-trips random chip-native field values', () => {
    const text = (max: number) =>
      fc
        .string({ unit: 'grapheme', maxLength: max })
        .filter((s) => utf8(s).length <= max && !s.endsWith('\u0000'));
    const image = (max: number) => fc.uint8Array({ maxLength: max }).map((b) => trimNul(b).slice()); // image files never end in 00 (imageDo refuses them)
    const arb = fc.record({
      type: fc.constantFrom(...CARD_TYPES),
      face: fc.option(image(3000), { nil: null }),
      img: image(2500),
      address: text(320),
      permission: fc.option(text(120), { nil: null }),
      status: text(10),
      reserved: text(200),
      number: fc.stringMatching(/^[A-Z]{2}\d{8}[A-Z]{2}$/),
    });
    fc.assert(
      fc.property(arb, (v) => {
        const data = sampleCardData(v.type);
        data.cardNumber = v.number;
        data.face = v.face;
        if (data.address) data.address = { ...data.address, address: v.address };
        if (data.comprehensivePermissionText !== undefined) data.comprehensivePermissionText = v.permission;
        if (data.frontImage) data.frontImage = v.img;
        if (data.nameImage) data.nameImage = v.img;
        if (data.addressImage) data.addressImage = v.img;
        if (data.printed) data.printed = { ...data.printed, status: v.status };
        if (data.otherEntries) data.otherEntries = { ...data.otherEntries, reservedText: v.reserved };
        const set = encodeCardFiles(data);
        expect(decodeCardFiles(set)).toEqual(data);
        expect(sameCardFiles(encodeCardFiles(decodeCardFiles(set)), set)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('gives only CardFileError when EF bytes are mutated', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CARD_TYPES),
        fc.nat(),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 3 }),
        fc.nat({ max: 3 }),
        (type, which, flips, cut) => {
          const set = encodeCardFiles(sampleCardData(type));
          const f = set.files[which % set.files.length];
          if (!f) return;
          const c = f.content.slice(0, f.content.length - cut);
          // flip mostly in the headers, where the structure is
          for (const [i, b] of flips) c[i % Math.min(c.length, 24)] = b;
          f.content = c;
          try {
            decodeCardFiles(set);
          } catch (e) {
            expect(e).toBeInstanceOf(CardFileError);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('consistency checks', () => {
  const code = (f: () => unknown) => {
    try {
      f();
    } catch (e) {
      if (e instanceof CardFileError) return e.code;
      throw e;
    }
    return 'no-error';
  };

  it('refuses data fields the card type does not have, or lacks', () => {
    expect(code(() => encodeCardFiles({ ...sampleCardData('2'), renewalApplication: '0' }))).toBe(
      'unexpected-field',
    );
    expect(code(() => encodeCardFiles({ ...sampleCardData('05'), frontImage: fromHex('01') }))).toBe(
      'unexpected-field',
    );
    const { printed: _p, ...noPrinted } = sampleCardData('05');
    expect(code(() => encodeCardFiles(noPrinted as ResidenceCardData))).toBe('missing-field');
    expect(code(() => encodeCardFiles({ ...sampleCardData('05'), certificate: null }))).toBe('missing-field');
    expect(code(() => encodeCardFiles({ ...sampleCardData('1'), certificateLayout: 'fixed' }))).toBe(
      'unexpected-field',
    );
    expect(code(() => encodeCardFiles({ ...sampleCardData('1'), cardNumber: 'x' }))).toBe('bad-value');
    expect(code(() => encodeCardFiles({ ...sampleCardData('1'), cardType: '09' as never }))).toBe(
      'bad-value',
    );
  });

  it('refuses sets with missing, extra or mislabelled EFs, or a disagreeing card type or number', () => {
    const set = (t: CardType): CardFileSet => encodeCardFiles(sampleCardData(t));
    const s1 = set('1');
    s1.files = s1.files.filter((f) => !(f.df === 'DF2' && f.ef === 4));
    expect(code(() => decodeCardFiles(s1))).toBe('missing-file');
    const s2 = set('2');
    s2.files.push({ df: 'DF2', ef: 2, p1: 0x82, free: false, smOnly: false, content: new Uint8Array(122) });
    expect(code(() => decodeCardFiles(s2))).toBe('unexpected-file');
    const s3 = set('05');
    (s3.files[2] as { smOnly: boolean }).smOnly = false;
    expect(code(() => decodeCardFiles(s3))).toBe('unexpected-file');
    expect(code(() => decodeCardFiles({ ...set('05'), cardType: '07' }))).toBe('bad-value');
    expect(code(() => decodeCardFiles({ ...set('05'), cardNumber: 'ZZ00000000ZZ' }))).toBe('bad-value');
    const s4 = set('06');
    const printed = encodeCardFiles(sampleCardData('05')).files[3];
    if (printed) s4.files[3] = { ...(s4.files[3] as CardFileSet['files'][number]), content: printed.content };
    expect(code(() => decodeCardFiles(s4))).toBe('bad-value');
  });

  it('makes DER-shaped placeholder certificates', () => {
    expect(toHex(placeholderCertificate(598).subarray(0, 4))).toBe('30820252');
  });
});
