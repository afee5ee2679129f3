/**
 * The fuzz campaign's seeds, from real sandbox material: a sandbox CA, one card of every type issued by the
 * sandbox issuer (card.json), the APDUs of a complete read of each (recorded with repeatable randomness, so a
 * prefix replays against a fresh emulator), every EF, the certificates and keys, and the card images plus the
 * libtiff and hostile image fixtures. Built once per campaign and saved with the report, so any finding can be
 * replayed against the same seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toHex } from '../../src/bytes.ts';
import { chipImageToJson } from '../../src/emulator/chip-image.ts';
import { ResidenceCardEmulator } from '../../src/emulator/residence-card-emulator.ts';
import { decodeCardFiles } from '../../src/files/card-files.ts';
import { CARD_TYPES, type CardType } from '../../src/files/card-type.ts';
import { createSandboxCa } from '../../src/issuer/ca/sandbox-ca.ts';
import { issueCard } from '../../src/issuer/issue-card.ts';
import { fieldsFromSeed } from '../../src/issuer/issue-fields.ts';
import { readCard } from '../../src/reader.ts';
import type { Transport } from '../../src/transport/transport.ts';
import { toPem } from '../../src/verify/pem.ts';
import { buildTrustStore } from '../../src/verify/trust.ts';
import { Rng } from './random.ts';

/** The randomness streams a recorded session was made with (restart them to replay it). */
export const CARD_RANDOM = 'zairyu-fuzz-card';
export const READER_RANDOM = 'zairyu-fuzz-reader';
/** The moment every read of the campaign happens at (the cards are valid then). */
export const FUZZ_NOW = new Date('2026-07-01T03:00:00Z');

/** Everything the targets mutate; hex strings so it serialises to JSON as it is. */
export interface Corpus {
  readonly cards: { readonly type: CardType; readonly cardNumber: string; readonly json: string }[];
  /** The command APDUs (hex) of a complete read of each card, in order. */
  readonly sessions: { readonly type: CardType; readonly commands: string[] }[];
  /** Every EF of every card, hex. */
  readonly efs: string[];
  /** DER certificates (roots, signers, card certificates), hex. */
  readonly certificates: string[];
  /** PEM texts: certificates, public and private keys. */
  readonly pems: string[];
  /** DER SubjectPublicKeyInfo keys, hex. */
  readonly publicKeysDer: string[];
  /** Card images and image fixtures, hex. */
  readonly images: { readonly kind: 'tiff' | 'jp2'; readonly hex: string }[];
  /** The sandbox CA's public side, to build trust stores and read 特定 cards. */
  readonly sandbox: { readonly roots: string[]; readonly deliveryPublicPem: string };
}

function recording(card: ResidenceCardEmulator, commands: string[]): Transport {
  return {
    name: 'recording',
    transmit: async (c) => {
      commands.push(toHex(c));
      return card.process(c);
    },
    reset: async () => card.reset(),
    close: async () => {},
  };
}

/** Builds the corpus (about 5 s: a CA, six cards, six reads). */
export async function buildCorpus(): Promise<Corpus> {
  const ca = await createSandboxCa({ now: new Date('2026-06-01T00:00:00Z') });
  const trust = buildTrustStore('sandbox', [], ca);
  const corpus: Corpus = {
    cards: [],
    sessions: [],
    efs: [],
    certificates: [
      ca.gen1.root.certificate,
      ca.gen1.signer.certificate,
      ca.gen2.root.certificate,
      ca.gen2.signer.certificate,
    ].map(toHex),
    pems: [],
    publicKeysDer: [],
    images: [],
    sandbox: {
      roots: [ca.gen1.root.certificate, ca.gen2.root.certificate].map(toHex),
      deliveryPublicPem: ca.delivery.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    },
  };
  for (const der of [ca.gen1.root.certificate, ca.gen2.signer.certificate])
    corpus.pems.push(toPem(der, 'CERTIFICATE'));
  corpus.pems.push(corpus.sandbox.deliveryPublicPem);
  corpus.pems.push(ca.delivery.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString());
  corpus.publicKeysDer.push(
    toHex(new Uint8Array(ca.delivery.publicKey.export({ type: 'spki', format: 'der' }))),
  );
  for (const type of CARD_TYPES) {
    const image = await issueCard(type, fieldsFromSeed(type, 1), ca);
    corpus.cards.push({ type, cardNumber: image.cardNumber, json: chipImageToJson(image) });
    for (const f of image.files) corpus.efs.push(toHex(f.content));
    const cardRandom = Rng.byteSource(CARD_RANDOM);
    const readerRandom = Rng.byteSource(READER_RANDOM);
    const commands: string[] = [];
    await readCard(recording(new ResidenceCardEmulator(image, { random: cardRandom.random }), commands), {
      cardNumber: image.cardNumber,
      trust,
      deliveryPublicKey: ca.delivery.publicKey,
      now: FUZZ_NOW,
      random: readerRandom.random,
    });
    corpus.sessions.push({ type, commands });
    const data = decodeCardFiles({ cardType: type, cardNumber: image.cardNumber, files: image.files });
    if (data.certificate) corpus.certificates.push(toHex(data.certificate));
    for (const tiff of [data.frontImage, data.nameImage, data.addressImage])
      if (tiff) corpus.images.push({ kind: 'tiff', hex: toHex(tiff) });
    if (data.face) corpus.images.push({ kind: 'jp2', hex: toHex(data.face) });
  }
  const fixtures = join(import.meta.dirname, '..', 'fixtures');
  for (const dir of ['libtiff', 'hostile'])
    for (const name of readdirSync(join(fixtures, dir)).sort()) {
      const kind = name.endsWith('.tif') ? 'tiff' : name.endsWith('.j2k') ? 'jp2' : null;
      if (kind)
        corpus.images.push({ kind, hex: toHex(new Uint8Array(readFileSync(join(fixtures, dir, name)))) });
    }
  return corpus;
}
