import { describe, expect, it } from 'vitest';
import { CardError } from '../apdu/card-error.ts';
import type { CommandApdu } from '../apdu/command-apdu.ts';
import { concat, toHex } from '../bytes.ts';
import type { Transport } from '../transport/transport.ts';
import { ApduChannel, MAX_GET_RESPONSE_ROUNDS } from './apdu-channel.ts';

/** A card that answers from a script and records what it was sent. */
function scripted(answers: ((c: Uint8Array) => Uint8Array)[]) {
  const sent: string[] = [];
  let i = 0;
  const t: Transport = {
    name: 'scripted',
    transmit: async (c) => {
      sent.push(toHex(c));
      const a = answers[Math.min(i++, answers.length - 1)]!;
      return a(c);
    },
    reset: async () => new Uint8Array(0),
    close: async () => {},
  };
  return { t, sent };
}

const READ: CommandApdu = {
  cla: 0,
  ins: 0xb0,
  p1: 0x8a,
  p2: 0,
  data: new Uint8Array(0),
  le: 256,
  extended: false,
};

async function errorOf(p: Promise<unknown>): Promise<CardError> {
  const e = await p.then(
    () => null,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(CardError);
  return e as CardError;
}

describe('ApduChannel', () => {
  it('follows 61 xx with GET RESPONSE and joins the pieces', async () => {
    const { t, sent } = scripted([
      () => Uint8Array.of(1, 2, 0x61, 0x02),
      () => Uint8Array.of(3, 4, 0x61, 0x00),
      () => Uint8Array.of(5, 0x90, 0x00),
    ]);
    const ch = new ApduChannel(t);
    const r = await ch.send(READ, 'read');
    expect(toHex(r.data)).toBe('0102030405');
    expect(r.sw).toBe(0x9000);
    expect(sent.slice(1)).toEqual(['00C0000002', '00C0000000']);
    expect(ch.transcript.apdus).toBe(3);
  });

  it('a card that chains forever ends in response-chaining-too-long, with the step', async () => {
    const { t, sent } = scripted([() => Uint8Array.of(0xaa, 0x61, 0x01)]);
    const e = await errorOf(new ApduChannel(t).send(READ, 'read-DF1/81'));
    expect(e.code).toBe('response-chaining-too-long');
    expect(e.step).toBe('read-DF1/81');
    expect(sent.length).toBe(MAX_GET_RESPONSE_ROUNDS + 1);
  });

  it('a chained response larger than any EF is refused', async () => {
    const big = concat(new Uint8Array(40_000), Uint8Array.of(0x61, 0x00));
    const { t } = scripted([() => big]);
    expect((await errorOf(new ApduChannel(t).send(READ, 'read'))).code).toBe('response-chaining-too-long');
  });

  it('answers shorter than a status word, or longer than any EF, are card errors', async () => {
    for (const [answer, code] of [
      [new Uint8Array(0), 'short-response'],
      [Uint8Array.of(0x90), 'short-response'],
      [new Uint8Array(0x10000 + 200), 'response-too-long'],
    ] as const) {
      const { t } = scripted([() => answer]);
      const e = await errorOf(new ApduChannel(t).send(READ, 'detect-card-type'));
      expect(e.code).toBe(code);
      expect(e.step).toBe('detect-card-type');
      expect(e.sw).toBeNull();
    }
  });

  it('expectOk names the step and the status word', async () => {
    const { t } = scripted([() => Uint8Array.of(0x6a, 0x82)]);
    const e = await errorOf(new ApduChannel(t).expectOk(READ, 'select-df1'));
    expect(e).toMatchObject({ step: 'select-df1', sw: 0x6a82, code: 'file-not-found' });
    expect(e.message).toMatch(/select-df1: card answered 6A82/);
  });
});
