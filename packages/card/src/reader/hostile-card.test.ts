/**
 * The reader against hostile cards: a genuine sandbox card whose answers are rewritten one at a time (wrong
 * lengths, status words, chaining, garbage). Every outcome is a verdict or a CardError with its step — never
 * an untyped exception, never a pass that was not checked.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { CardError } from '../apdu/card-error.ts';
import { concat } from '../bytes.ts';
import type { ChipImage } from '../emulator/chip-image.ts';
import { ResidenceCardEmulator } from '../emulator/residence-card-emulator.ts';
import { createSandboxCa, type SandboxCa } from '../issuer/ca/sandbox-ca.ts';
import { issueCard } from '../issuer/issue-card.ts';
import { fieldsFromSeed } from '../issuer/issue-fields.ts';
import { readCard } from '../reader.ts';
import type { Transport } from '../transport/transport.ts';
import { buildTrustStore } from '../verify/trust.ts';

let ca: SandboxCa;
const cards: Record<string, ChipImage> = {};

beforeAll(async () => {
  ca = await createSandboxCa({ now: new Date('2026-06-01T00:00:00Z') });
  for (const type of ['1', '05', '07'] as const)
    cards[type] = await issueCard(type, fieldsFromSeed(type, 3), ca);
}, 60_000);

/** The card, with the answer to the first command whose INS is `ins` rewritten by `mutate`. */
function hostile(image: ChipImage, ins: number, mutate: (answer: Uint8Array) => Uint8Array): Transport {
  const card = new ResidenceCardEmulator(image);
  let done = false;
  return {
    name: 'hostile',
    transmit: async (c) => {
      const r = card.process(c);
      if (done || c[1] !== ins) return r;
      done = true;
      return mutate(r);
    },
    reset: async () => card.reset(),
    close: async () => {},
  };
}

async function outcome(image: ChipImage, t: Transport) {
  try {
    const { result } = await readCard(t, {
      cardNumber: image.cardNumber,
      trust: buildTrustStore('sandbox', [], ca),
      deliveryPublicKey: ca.delivery.publicKey,
      now: new Date('2026-07-01T00:00:00Z'),
    });
    return { verdict: result.verdict };
  } catch (e) {
    expect(e, String(e)).toBeInstanceOf(CardError);
    return { error: e as CardError };
  }
}

describe('the reader against hostile cards', () => {
  it('GET CHALLENGE answering 15 bytes → CardError wrong-length at get-challenge', async () => {
    const image = cards['05']!;
    const r = await outcome(
      image,
      hostile(image, 0x84, () => concat(new Uint8Array(15).fill(7), Uint8Array.of(0x90, 0x00))),
    );
    expect(r.error).toMatchObject({ step: 'get-challenge', code: 'wrong-length', sw: null });
  });

  it('MUTUAL AUTHENTICATE answering 39 bytes → CardError wrong-length at mutual-authenticate', async () => {
    const image = cards['1']!;
    const r = await outcome(
      image,
      hostile(image, 0x82, (a) => concat(a.subarray(0, 39), Uint8Array.of(0x90, 0))),
    );
    expect(r.error).toMatchObject({ step: 'mutual-authenticate', code: 'wrong-length' });
  });

  it('an unexpected status word at SELECT carries the SW and the step', async () => {
    const image = cards['05']!;
    const r = await outcome(
      image,
      hostile(image, 0xa4, () => Uint8Array.of(0x6f, 0x00)),
    );
    expect(r.error).toMatchObject({ step: 'select-df1', sw: 0x6f00, code: 'self-test-error' });
  });

  it('a 1-byte answer, an endless 61 xx chain, garbage in the card-type file', async () => {
    const image = cards['07']!;
    expect(
      (
        await outcome(
          image,
          hostile(image, 0xb0, () => Uint8Array.of(0x90)),
        )
      ).error,
    ).toMatchObject({
      code: 'short-response',
      step: 'detect-card-type',
    });
    const endless = new ResidenceCardEmulator(image);
    const chain: Transport = {
      name: 'chain',
      transmit: async (c) => (c[1] === 0xc0 ? Uint8Array.of(1, 0x61, 0x01) : endless.process(c)),
      reset: async () => endless.reset(),
      close: async () => {},
    };
    let n = 0;
    const first: Transport = {
      ...chain,
      transmit: async (c) => (n++ === 0 ? Uint8Array.of(0x61, 0x05) : chain.transmit(c)),
    };
    expect((await outcome(image, first)).error).toMatchObject({ code: 'response-chaining-too-long' });
    const r = await outcome(
      image,
      hostile(image, 0xb0, () => Uint8Array.of(0xc1, 0x05, 0x39, 0x90, 0x00)),
    );
    expect(r.error).toMatchObject({ code: 'unknown-card-type', step: 'detect-card-type' });
  });

  it('an SM read whose cryptogram is cut short fails secure-messaging, and nothing else is claimed', async () => {
    const image = cards['05']!;
    let reads = 0;
    const card = new ResidenceCardEmulator(image);
    const t: Transport = {
      name: 'cut',
      transmit: async (c) => {
        const r = card.process(c);
        if (c[0] === 0x08 && c[1] === 0xb0 && reads++ === 1)
          return concat(r.subarray(0, 20), Uint8Array.of(0x90, 0));
        return r;
      },
      reset: async () => card.reset(),
      close: async () => {},
    };
    const r = await outcome(image, t);
    const byCheck = Object.fromEntries(r.verdict!.map((v) => [v.check, v.status]));
    expect(byCheck['secure-messaging']).toBe('FAILED');
    expect(byCheck.signature).toBe('NOT_CHECKED');
  });
});
