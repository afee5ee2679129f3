import { beforeAll, describe, expect, it } from 'vitest';
import { toHex } from './bytes.ts';
import type { ChipImage } from './emulator/chip-image.ts';
import { ResidenceCardEmulator } from './emulator/residence-card-emulator.ts';
import { CARD_TYPES, type CardType } from './files/card-type.ts';
import { createSandboxCa, type SandboxCa } from './issuer/ca/sandbox-ca.ts';
import { issueCard } from './issuer/issue-card.ts';
import { fieldsFromSeed, type IssueFields } from './issuer/issue-fields.ts';
import { readCard } from './reader.ts';
import { MemoryTransport } from './transport/memory-transport.ts';
import type { ApduProcessor } from './transport/transport.ts';
import { parseCertificate } from './verify/certificate.ts';
import { createTestHierarchy } from './verify/test-ca.ts';
import { buildTrustStore } from './verify/trust.ts';

let ca: SandboxCa;
let foreign: SandboxCa;
const NOW = new Date('2026-07-01T03:00:00Z');

beforeAll(async () => {
  const now = new Date('2026-06-01T00:00:00Z');
  [ca, foreign] = await Promise.all([createSandboxCa({ now }), createSandboxCa({ now })]);
}, 60_000);

/** Records every command the reader sends. */
function recording(card: ApduProcessor) {
  const sent: string[] = [];
  return {
    sent,
    transport: new MemoryTransport({
      process: (c) => {
        sent.push(toHex(c));
        return card.process(c);
      },
      reset: () => card.reset(),
      atr: () => card.atr(),
    }),
  };
}

async function read(image: ChipImage, opts: { cardNumber?: string; trustCa?: SandboxCa; now?: Date } = {}) {
  const { sent, transport } = recording(new ResidenceCardEmulator(image));
  const { result, images } = await readCard(transport, {
    cardNumber: opts.cardNumber ?? image.cardNumber,
    trust: buildTrustStore('sandbox', [], opts.trustCa ?? ca),
    deliveryPublicKey: ca.delivery.publicKey,
    now: opts.now ?? NOW,
  });
  const status = Object.fromEntries(result.verdict.map((v) => [v.check, `${v.status} ${v.reason}`]));
  return { result, images, status, sent };
}

const issue = (type: CardType, over: Partial<IssueFields> = {}, seed = 7) =>
  issueCard(type, { ...fieldsFromSeed(type, seed), ...over }, ca);

describe('issue → emulate → read, every card type', () => {
  for (const type of CARD_TYPES) {
    it(`type ${type}: authenticates, decrypts, verifies the sandbox signature and decodes the fields`, async () => {
      const fields = fieldsFromSeed(type, 11);
      const { result, images, status, sent } = await read(await issueCard(type, fields, ca));
      expect(result.cardType).toBe(type);
      expect(status['card-access']).toBe('SUCCEEDED card-number-verified');
      expect(status['secure-messaging']).toBe('SUCCEEDED sm-responses-decrypted');
      expect(status.signature).toBe('SUCCEEDED signature-valid');
      expect(status['certificate-chain']).toMatch(/^SUCCEEDED/);
      expect(status['certificate-validity']).toMatch(/^SUCCEEDED/);
      expect(status.revocation).toBe('NOT_CHECKED no-revocation-provider');
      expect(result.verdict.map((v) => v.check)).toHaveLength(11);
      expect(result.fields.cardNumber).toBe(fields.cardNumber);
      expect(result.images.face).toBe('present');
      expect(images.face?.slice(4, 8)).toEqual(new Uint8Array([0x6a, 0x50, 0x20, 0x20])); // JP2 signature box
      if (type === '1' || type === '2') {
        expect(result.images.front).toBe('present');
        expect(result.fields.address).toBe(fields.address);
      } else {
        expect(result.fields.birthDate).toBe(fields.birthDate);
        expect(result.fields.cardExpiry).toBe(fields.cardExpiry);
        expect(result.images.name).toBe('present');
        expect(result.images.address).toBe('present');
        expect(toHex(images.name!.slice(0, 4))).toBe('49492A00'); // TIFF 'II*\0'
      }
      // privacy: never a SELECT of a 10-byte My Number AID
      expect(sent.filter((c) => c.startsWith('00A4040C0A'))).toEqual([]);
    }, 30_000);
  }
});

describe('one negative test per verdict check', () => {
  it('card-access: a wrong card number fails access and checks nothing else', async () => {
    for (const type of ['1', '05', '07'] as const) {
      const { status, result } = await read(await issue(type), { cardNumber: 'ZZ00000000ZZ' });
      expect(status['card-access']).toBe('FAILED card-number-mismatch');
      expect(status.signature).toBe('NOT_CHECKED card-access-failed');
      expect(result.fields.birthDate).toBeNull();
    }
  });

  it('signature: flipping a signed byte of the face fails the signature', async () => {
    for (const type of ['1', '05', '08'] as const) {
      const image = await issue(type);
      const df1 = image.files.find((f) => f.df === 'DF1' && (f.p1 === 0x86 || f.p1 === 0x84))!;
      df1.content[df1.content.length - 1200]! ^= 0x01;
      expect((await read(image)).status.signature).toBe('FAILED signature-mismatch');
    }
  });

  it('certificate-chain: a card from a foreign CA does not chain to the trusted sandbox root', async () => {
    const { status } = await read(await issue('05'), { trustCa: foreign });
    expect(status['certificate-chain']).toMatch(/^FAILED/);
  });

  it('certificate-chain: names the anchor’s SHA-256 and where it came from', async () => {
    const { result } = await read(await issue('05'));
    const chain = result.verdict.find((v) => v.check === 'certificate-chain')!;
    expect(chain).toMatchObject({
      status: 'SUCCEEDED',
      reason: 'chains-to-anchor',
      anchorSha256: parseCertificate(ca.gen2.root.certificate).fingerprint,
      anchorSource: 'sandbox-ca',
    });
    expect(result.verdict.filter((v) => v.anchorSha256)).toHaveLength(1); // no other entry carries one
  });

  it('sandbox profile: a card from an integrator’s own (non-sandbox) CA verifies with that CA supplied', async () => {
    const own = {
      gen1: await createTestHierarchy({
        generation: 1,
        rootName: 'C=JP, O=Example Vendor, CN=Vendor Test Root',
      }),
      gen2: await createTestHierarchy({
        generation: 2,
        rootName: 'C=JP, O=Example Vendor, CN=Vendor Test Root 2',
      }),
      delivery: ca.delivery,
    };
    for (const type of ['1', '05'] as const) {
      const image = await issueCard(type, fieldsFromSeed(type, 4), own);
      const root = own[type === '1' ? 'gen1' : 'gen2'].root.certificate;
      const readWith = async (
        profile: 'sandbox' | 'production',
        anchors: Uint8Array[],
        sandbox?: SandboxCa,
      ) =>
        (
          await readCard(new MemoryTransport(new ResidenceCardEmulator(image)), {
            cardNumber: image.cardNumber,
            trust: buildTrustStore(profile, anchors, sandbox),
            deliveryPublicKey: ca.delivery.publicKey,
            now: NOW,
          })
        ).result.verdict.find((v) => v.check === 'certificate-chain')!;
      expect(await readWith('sandbox', [root], ca)).toMatchObject({
        status: 'SUCCEEDED',
        anchorSha256: parseCertificate(root).fingerprint,
        anchorSource: 'supplied',
      });
      expect((await readWith('sandbox', [], ca)).status).toBe('FAILED'); // not without it
      expect(() => buildTrustStore('production', [root])).toThrow(/anchor-not-pinned/); // production stays pinned
    }
  });

  it('card-expiry and stay-expiry: an expired card and an expired stay fail', async () => {
    const { status } = await read(await issue('05', { cardExpiry: '20260630', stayExpiry: '20260630' }));
    expect(status['card-expiry']).toBe('FAILED card-expired');
    expect(status['stay-expiry']).toBe('FAILED period-of-stay-expired');
    const pending = await read(await issue('05', { stayExpiry: '20260630', applicationPending: '1' }));
    expect(pending.status['stay-expiry']).toBe('NOT_CHECKED expired-application-pending');
    expect(pending.status['application-pending']).toBe('SUCCEEDED application-pending');
  });

  it('work-restriction and extra-activity: 就労不可 fails; an expired 資格外活動許可 fails', async () => {
    const { status } = await read(
      await issue('07', { workRestriction: '9', extraActivity: '1', extraActivityExpiry: '20260601' }),
    );
    expect(status['work-restriction']).toBe('FAILED work-not-permitted');
    expect(status['extra-activity']).toBe('FAILED permission-expired');
  });

  it('special permanent residents: no stay expiry, work restriction or permissions on the chip', async () => {
    const { status } = await read(await issue('06'));
    expect(status['stay-expiry']).toBe('NOT_PRESENT special-permanent-resident');
    expect(status['work-restriction']).toBe('NOT_PRESENT no-work-restriction-field');
    expect(status['extra-activity']).toBe('NOT_PRESENT not-applicable');
  });

  it('secure-messaging: a corrupted SM response fails the check (and nothing is decoded)', async () => {
    const card = new ResidenceCardEmulator(await issue('05'));
    let reads = 0;
    const corrupting = new MemoryTransport({
      process: (c) => {
        const r = card.process(c);
        if (c[0] === 0x08 && c[1] === 0xb0 && ++reads === 2) {
          // keep the DO header, drop the last cryptogram block: the DO no longer matches its length
          return Uint8Array.from([...r.subarray(0, r.length - 18), 0x90, 0x00]);
        }
        return r;
      },
      reset: () => card.reset(),
      atr: () => card.atr(),
    });
    const { result } = await readCard(corrupting, {
      cardNumber: (await issue('05')).cardNumber,
      trust: buildTrustStore('sandbox', [], ca),
      now: NOW,
    });
    const status = Object.fromEntries(result.verdict.map((v) => [v.check, `${v.status} ${v.reason}`]));
    expect(status['secure-messaging']).toBe('FAILED sm-response-invalid');
    expect(status.signature).toMatch(/^NOT_CHECKED/);
  });

  it('revocation: a configured lookup that knows the card is revoked fails the check', async () => {
    const image = await issue('05');
    const { result } = await readCard(new MemoryTransport(new ResidenceCardEmulator(image)), {
      cardNumber: image.cardNumber,
      trust: buildTrustStore('sandbox', [], ca),
      now: NOW,
      revocation: { isRevoked: async (n) => n === image.cardNumber },
    });
    expect(result.verdict.find((v) => v.check === 'revocation')).toEqual({
      check: 'revocation',
      status: 'FAILED',
      reason: 'card-revoked',
    });
  });

  it('gen-1 children: no face and no signature, reported as NOT_PRESENT', async () => {
    const { status, result } = await read(await issue('1', { birthDate: '20150101' }));
    expect(result.images.face).toBe('absent');
    expect(status.signature).toBe('NOT_PRESENT no-signature');
  });
});
