/**
 * What the fuzz campaign attacks, one target per input surface of the card library. Each target turns one
 * random stream into one hostile input, runs it, and names the error classes it may end in; anything else
 * thrown is an untyped exception (a bug). Invariants that must hold for accepted input (an emulator answer
 * always ends in a status word; TLV decode → encode → decode is stable) throw plain Errors, so they count too.
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import { CardError } from '../../src/apdu/card-error.ts';
import { fromHex, toHex } from '../../src/bytes.ts';
import { KeyError, readPrivateKey, readPublicKey, requireRsaKey } from '../../src/crypto/keys.ts';
import { type ChipImage, ChipImageError, chipImageFromJson } from '../../src/emulator/chip-image.ts';
import { ResidenceCardEmulator } from '../../src/emulator/residence-card-emulator.ts';
import { CardFileError } from '../../src/files/card-file-error.ts';
import { type CardFileSet, decodeCardFiles, encodeCardFiles } from '../../src/files/card-files.ts';
import { signedTargetParts } from '../../src/files/signed-target.ts';
import { ImageError } from '../../src/images/image-error.ts';
import { cardImageToPng } from '../../src/images/image-to-png.ts';
import { decodeJp2 } from '../../src/images/jp2.ts';
import { decodeTiffBitmap } from '../../src/images/tiff-g4.ts';
import { buildSetSessionKey, openSetSessionKey } from '../../src/protocol/key-delivery.ts';
import { readCard } from '../../src/reader.ts';
import { decodeTlvs, encodeTlvs, readTlvHeader } from '../../src/tlv/ber-tlv.ts';
import { TlvError } from '../../src/tlv/tlv-error.ts';
import { answerHexLine } from '../../src/transport/hex-lines.ts';
import type { Transport } from '../../src/transport/transport.ts';
import { answerVpcdMessage } from '../../src/transport/vpcd-client.ts';
import { parseCardValidityAnswer } from '../../src/verify/card-validity-answer.ts';
import {
  CertificateError,
  normaliseCertificate,
  parseCertificate,
  parseCertificateFile,
} from '../../src/verify/certificate.ts';
import { verifyGen1, verifyGen2 } from '../../src/verify/signature.ts';
import {
  buildTrustStore,
  TRUST_PROFILES,
  TrustAnchorError,
  type TrustStore,
} from '../../src/verify/trust.ts';
import { CARD_RANDOM, type Corpus, FUZZ_NOW } from './corpus.ts';
import { mutateBytes, mutateJson } from './mutate.ts';
import { Rng } from './random.ts';

/** The corpus decoded once per worker, shared by the targets. */
export interface FuzzContext {
  readonly corpus: Corpus;
  readonly images: ChipImage[];
  readonly sessions: Uint8Array[][];
  readonly allCommands: Uint8Array[];
  readonly efs: Uint8Array[];
  readonly certificates: Uint8Array[];
  readonly tiffs: Uint8Array[];
  readonly jp2s: Uint8Array[];
  readonly trust: TrustStore;
  readonly deliveryPublicKey: KeyObject;
}

/** Error classes a target may legitimately end in. */
type ErrorClass = abstract new (...args: never[]) => Error;

/** One attack surface. */
export interface FuzzTarget {
  readonly name: string;
  /** Relative share of the campaign's inputs. */
  readonly weight: number;
  readonly expected: readonly ErrorClass[];
  run(rng: Rng, ctx: FuzzContext): void | Promise<void>;
}

/** Decodes the corpus for the targets. */
export function prepareContext(corpus: Corpus): FuzzContext {
  const images = corpus.cards.map((c) => chipImageFromJson(c.json));
  const sessions = corpus.sessions.map((s) => s.commands.map(fromHex));
  return {
    corpus,
    images,
    sessions,
    allCommands: sessions.flat(),
    efs: corpus.efs.map(fromHex),
    certificates: corpus.certificates.map(fromHex),
    tiffs: corpus.images.filter((i) => i.kind === 'tiff').map((i) => fromHex(i.hex)),
    jp2s: corpus.images.filter((i) => i.kind === 'jp2').map((i) => fromHex(i.hex)),
    trust: buildTrustStore('sandbox', corpus.sandbox.roots.map(fromHex)),
    deliveryPublicKey: createPublicKey(corpus.sandbox.deliveryPublicPem),
  };
}

/** A fresh copy of a card (the emulator keeps PIN counters in its image) with the recorded randomness. */
function freshCard(ctx: FuzzContext, i: number): ResidenceCardEmulator {
  const image = ctx.images[i] as ChipImage;
  const copy: ChipImage = {
    ...image,
    files: image.files.map((f) => ({ ...f, content: f.content.slice() })),
    ...(image.myNumber ? { myNumber: structuredClone(image.myNumber) } : {}),
  };
  return new ResidenceCardEmulator(copy, { random: Rng.byteSource(CARD_RANDOM).random });
}

function mustAnswer(r: Uint8Array | null): void {
  if (r !== null && (!(r instanceof Uint8Array) || r.length < 2))
    throw new Error('the emulator answered without a status word');
}

const emulatorApdu: FuzzTarget = {
  name: 'emulator-apdu',
  weight: 20,
  expected: [],
  run(rng, ctx) {
    const i = rng.int(ctx.sessions.length);
    const session = ctx.sessions[i] as Uint8Array[];
    const card = freshCard(ctx, i);
    const prefix = rng.int(session.length + 1);
    for (let k = 0; k < prefix; k++) mustAnswer(card.process(session[k] as Uint8Array));
    for (let k = 0, n = 1 + rng.int(3); k < n; k++) {
      const base = session[prefix + k] ?? rng.pick(ctx.allCommands);
      const cmd = rng.chance(0.05) ? rng.bytes(rng.int(12)) : mutateBytes(rng, base, ctx.allCommands);
      mustAnswer(rng.chance(0.1) ? answerVpcdMessage(card, cmd) : card.process(cmd));
      if (rng.chance(0.05)) card.reset();
    }
  },
};

const HEX_JUNK = [' ', '  ', ':', '\t', 'G', 'z', '0', 'ff', 'RESET', 'reset', '\r', '\u3000', '-'];

const hexLine: FuzzTarget = {
  name: 'hex-line',
  weight: 8,
  expected: [],
  run(rng, ctx) {
    const i = rng.int(ctx.sessions.length);
    const session = ctx.sessions[i] as Uint8Array[];
    const card = freshCard(ctx, i);
    const prefix = rng.int(session.length + 1);
    for (let k = 0; k < prefix; k++) answerHexLine(card, toHex(session[k] as Uint8Array));
    let line = toHex(session[prefix] ?? rng.pick(ctx.allCommands));
    for (let k = 0, n = 1 + rng.int(4); k < n; k++) {
      const at = rng.int(line.length + 1);
      const op = rng.int(4);
      if (op === 0) line = line.slice(0, at) + rng.pick(HEX_JUNK) + line.slice(at);
      else if (op === 1) line = line.slice(0, at) + line.slice(at + 1 + rng.int(4));
      else if (op === 2) line = rng.chance(0.5) ? line.toLowerCase() : line.replace(/(..)/g, '$1 ');
      else line = line.slice(0, at);
    }
    const answer = answerHexLine(card, line);
    if (answer !== null && !/^([0-9A-F]{2})+$/.test(answer)) throw new Error('hex-line answer is not hex');
  },
};

const SWS = [
  0x9000, 0x6100, 0x6101, 0x61ff, 0x6c08, 0x6300, 0x63c1, 0x6982, 0x6a82, 0x6700, 0x6988, 0x69fc, 0x0000,
  0xffff,
];

const reader: FuzzTarget = {
  name: 'reader',
  weight: 10,
  expected: [CardError],
  async run(rng, ctx) {
    const i = rng.int(ctx.images.length);
    const card = freshCard(ctx, i);
    const hits = new Set([rng.int((ctx.sessions[i] as Uint8Array[]).length + 2)]);
    if (rng.chance(0.1)) hits.add(rng.int(20));
    let n = 0;
    const t: Transport = {
      name: 'fuzz',
      transmit: async (c) => {
        const r = card.process(c);
        if (!hits.has(n++)) return r;
        switch (rng.int(5)) {
          case 0: {
            const sw = rng.pick(SWS);
            return Uint8Array.of(sw >> 8, sw & 0xff);
          }
          case 1:
            return r.subarray(0, rng.int(r.length + 1));
          case 2: {
            const sw = rng.pick(SWS);
            const out = r.slice();
            out[out.length - 2] = sw >> 8;
            out[out.length - 1] = sw & 0xff;
            return out;
          }
          default:
            return mutateBytes(rng, r, ctx.efs);
        }
      },
      reset: async () => card.reset(),
      close: async () => {},
    };
    const image = ctx.images[i] as ChipImage;
    await readCard(t, {
      cardNumber: rng.chance(0.05) ? image.cardNumber.toLowerCase() : image.cardNumber,
      trust: ctx.trust,
      deliveryPublicKey: ctx.deliveryPublicKey,
      now: FUZZ_NOW,
      random: Rng.byteSource(`reader-${rng.int(1e9)}`).random,
    });
  },
};

const tlv: FuzzTarget = {
  name: 'tlv',
  weight: 14,
  expected: [TlvError],
  run(rng, ctx) {
    const bytes = mutateBytes(rng, rng.pick(ctx.efs), ctx.efs, 6);
    if (rng.chance(0.2)) {
      readTlvHeader(bytes, rng.int(bytes.length + 2));
      return;
    }
    const tlvs = decodeTlvs(bytes);
    const again = decodeTlvs(encodeTlvs(tlvs));
    if (
      again.length !== tlvs.length ||
      again.some((t, k) => t.tag !== tlvs[k]?.tag || toHex(t.value) !== toHex(tlvs[k].value))
    )
      throw new Error('TLV decode → encode → decode changed the data objects');
  },
};

const files: FuzzTarget = {
  name: 'files',
  weight: 14,
  expected: [CardFileError],
  run(rng, ctx) {
    const image = rng.pick(ctx.images);
    const set: CardFileSet = {
      cardType: image.cardType,
      cardNumber: image.cardNumber,
      files: image.files.map((f) => ({ ...f })),
    };
    const k = rng.int(set.files.length);
    const op = rng.int(10);
    if (op === 0) set.files.splice(k, 1);
    else if (op === 1) set.files.push({ ...(set.files[k] as CardFileSet['files'][number]) });
    else if (op === 2) (set.files[k] as { p1: number }).p1 = rng.int(256);
    else {
      const f = set.files[k] as CardFileSet['files'][number];
      set.files[k] = { ...f, content: mutateBytes(rng, f.content, ctx.efs) };
    }
    const data = decodeCardFiles(set);
    signedTargetParts(set);
    if (rng.chance(0.3)) encodeCardFiles(data);
  },
};

const cardJson: FuzzTarget = {
  name: 'card-json',
  weight: 6,
  expected: [ChipImageError],
  run(rng, ctx) {
    const c = rng.pick(ctx.corpus.cards);
    const text = rng.chance(0.6)
      ? JSON.stringify(mutateJson(rng, JSON.parse(c.json)))
      : new TextDecoder().decode(mutateBytes(rng, new TextEncoder().encode(c.json)));
    const image = chipImageFromJson(text);
    const card = new ResidenceCardEmulator(image);
    for (const cmd of ctx.sessions[ctx.corpus.cards.indexOf(c)]?.slice(0, 3) ?? [])
      mustAnswer(card.process(cmd));
  },
};

const certificate: FuzzTarget = {
  name: 'certificate',
  weight: 10,
  expected: [CertificateError, TrustAnchorError],
  run(rng, ctx) {
    const der = mutateBytes(rng, rng.pick(ctx.certificates), ctx.certificates, 6);
    const op = rng.int(5);
    if (op === 0) parseCertificate(der);
    else if (op === 1) normaliseCertificate(der);
    else if (op === 2) {
      const pem = rng.pick(ctx.corpus.pems.filter((p) => p.includes('CERTIFICATE')));
      parseCertificateFile(mutateBytes(rng, new TextEncoder().encode(pem)));
    } else if (op === 3) buildTrustStore(rng.pick(TRUST_PROFILES), [der]);
    else {
      const gen1 = rng.chance(0.5);
      const target = rng.bytes(rng.int(64));
      const sig = rng.bytes(gen1 ? 256 : rng.pick([96, 104, 8]));
      const entries = (gen1 ? verifyGen1 : verifyGen2)(target, sig, der, ctx.trust, FUZZ_NOW);
      if (entries.length !== 3) throw new Error('signature verification did not give three entries');
    }
  },
};

const keys: FuzzTarget = {
  name: 'keys',
  weight: 6,
  expected: [KeyError],
  run(rng, ctx) {
    const op = rng.int(4);
    if (op === 0 || op === 1) {
      const source =
        op === 0
          ? new TextEncoder().encode(rng.pick(ctx.corpus.pems.filter((p) => p.includes('PUBLIC'))))
          : fromHex(rng.pick(ctx.corpus.publicKeysDer));
      const key = readPublicKey(mutateBytes(rng, source), 'fuzz key');
      buildSetSessionKey(requireRsaKey(key, 2048, 'fuzz key'), rng.bytes(32));
    } else if (op === 2) {
      const pem = rng.pick(ctx.corpus.pems.filter((p) => p.includes('PRIVATE')));
      const key = readPrivateKey(
        new TextDecoder().decode(mutateBytes(rng, new TextEncoder().encode(pem))),
        'fuzz key',
      );
      openSetSessionKey(key, rng.bytes(rng.pick([0, 255, 256, 257])));
    } else {
      const session = ctx.sessions.find((s) => s[3]?.[1] === 0xae);
      const image = ctx.images.find((im) => im.cardType === '07');
      if (!session || !image?.deliveryPrivateKeyPem) return;
      const key = readPrivateKey(image.deliveryPrivateKeyPem);
      openSetSessionKey(key, mutateBytes(rng, session[3] as Uint8Array).subarray(7));
    }
  },
};

const imageTiff: FuzzTarget = {
  name: 'image-tiff',
  weight: 8,
  expected: [ImageError],
  async run(rng, ctx) {
    const bytes = mutateBytes(rng, rng.pick(ctx.tiffs), ctx.tiffs, 6);
    if (rng.chance(0.1)) await cardImageToPng(bytes);
    else decodeTiffBitmap(bytes);
  },
};

const imageJp2: FuzzTarget = {
  name: 'image-jp2',
  weight: 4,
  expected: [ImageError],
  async run(rng, ctx) {
    await decodeJp2(mutateBytes(rng, rng.pick(ctx.jp2s), ctx.jp2s, 4));
  },
};

const VALIDITY = JSON.stringify({
  cardNumber: 'AA12345678BB',
  valid: false,
  reason: 'lost',
  checkedAt: '2026-07-01T03:00:00.000Z',
});

const revocationAnswer: FuzzTarget = {
  name: 'revocation-answer',
  weight: 3,
  expected: [],
  run(rng) {
    const text = rng.chance(0.5)
      ? JSON.stringify(mutateJson(rng, JSON.parse(VALIDITY)))
      : new TextDecoder().decode(mutateBytes(rng, new TextEncoder().encode(VALIDITY)));
    const a = parseCardValidityAnswer(text, 'AA12345678BB');
    if (!['valid', 'invalid', 'unknown'].includes(a.status))
      throw new Error('revocation answer of no known status');
    if (a.status === 'valid' && !text.includes('true'))
      throw new Error('a "valid" answer without valid: true');
  },
};

/** Every target, in a stable order (the order is part of what makes an index replayable). */
export const TARGETS: readonly FuzzTarget[] = [
  emulatorApdu,
  hexLine,
  reader,
  tlv,
  files,
  cardJson,
  certificate,
  keys,
  imageTiff,
  imageJp2,
  revocationAnswer,
];

/** The target input `rng` falls on, by weight (restricted to `names` when given). */
export function chooseTarget(rng: Rng, names?: readonly string[]): FuzzTarget {
  const pool = names?.length ? TARGETS.filter((t) => names.includes(t.name)) : TARGETS;
  const total = pool.reduce((s, t) => s + t.weight, 0);
  let x = rng.next() * total;
  for (const t of pool) {
    x -= t.weight;
    if (x < 0) return t;
  }
  return pool[pool.length - 1] as FuzzTarget;
}

/** True when `e` is one of the classes `target` may end in. */
export function isExpected(target: FuzzTarget, e: unknown): boolean {
  return target.expected.some((c) => e instanceof c);
}
