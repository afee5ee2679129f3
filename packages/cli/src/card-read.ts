/**
 * `zairyu card read`: authenticate with the card number, read every file, verify the signature and chain,
 * and print the fields with a verdict (or JSON with --json). Sources: a PC/SC reader, a command speaking
 * stdio hex lines, or a card.json emulated in process.
 */
import type { KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildTrustStore,
  CARD_NUMBER_PATTERN,
  CommandTransport,
  cardImageToPng,
  chipImageFromJson,
  HttpRevocationLookup,
  ImageError,
  loadSandboxCa,
  MemoryTransport,
  openPcsc,
  PRESENCE_LABELS,
  type ReadResult,
  ResidenceCardEmulator,
  readCard,
  readPublicKey,
  requireRsaKey,
  TRUST_PROFILES,
  type Transport,
  type TrustProfile,
} from '@zairyu/card';
import { Command, Option } from 'commander';
import { CARD_EXIT, CliError, caDir, errorLine } from './card-common.ts';

interface ReadOpts {
  cardNumber: string;
  pcsc?: string | boolean;
  viaCommand?: string;
  card?: string;
  trustProfile?: TrustProfile;
  trustAnchor: string[];
  deliveryKey?: string;
  json?: boolean;
  images?: string;
  caDir?: string;
  revocationUrl?: string;
  revocationTimeout?: string;
}

function readBytes(file: string, what: string): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    throw new CliError(`${what}: cannot read ${file} (${e instanceof Error ? e.message : String(e)})`);
  }
}

function publicKeyFrom(file: string): KeyObject {
  return requireRsaKey(
    readPublicKey(readBytes(file, '--delivery-key'), `--delivery-key ${file}`),
    2048,
    `--delivery-key ${file}`,
  );
}

async function openSource(o: ReadOpts): Promise<Transport> {
  const sources = [o.pcsc !== undefined, o.viaCommand !== undefined, o.card !== undefined].filter(
    Boolean,
  ).length;
  if (sources !== 1)
    throw new CliError('choose exactly one of --pcsc [READER], --via-command "CMD" or --card card.json');
  if (o.card) {
    let text: string;
    try {
      text = readFileSync(o.card, 'utf8');
    } catch (e) {
      throw new CliError(`--card: cannot read ${o.card} (${e instanceof Error ? e.message : String(e)})`);
    }
    return new MemoryTransport(new ResidenceCardEmulator(chipImageFromJson(text)));
  }
  if (o.viaCommand !== undefined) {
    if (!o.viaCommand.trim()) throw new CliError('--via-command: give the command to run');
    return new CommandTransport(o.viaCommand);
  }
  return openPcsc(typeof o.pcsc === 'string' ? o.pcsc : undefined);
}

const MARK = { SUCCEEDED: '✔', FAILED: '✘', NOT_CHECKED: '·', NOT_PRESENT: '–' } as const;

/** The human-readable report. */
export function formatReport(r: ReadResult): string {
  const lines: string[] = [];
  const type = r.labels.cardType;
  lines.push(`Card type ${r.cardType} (${r.generation})${type ? `: ${type.ja} / ${type.en}` : ''}`);
  lines.push('Fields (chip values; labels beside them):');
  for (const [k, v] of Object.entries(r.fields)) {
    if (v === null || v === '') continue;
    const l = r.labels[k];
    lines.push(`  ${k.padEnd(28)} ${v}${l ? `  (${l.ja} / ${l.en})` : ''}`);
  }
  if (r.chipOnly.length > 0) {
    lines.push('Chip-only fields (no longer printed on the card face; source article ⑤):');
    for (const c of r.chipOnly) {
      const name = `${c.label.ja} / ${c.label.en}`;
      const l = r.labels[c.field];
      const shown =
        c.value !== null
          ? `${c.value}${l ? `  (${l.ja} / ${l.en})` : ''}`
          : `—  ${PRESENCE_LABELS[c.presence].ja} / ${PRESENCE_LABELS[c.presence].en}`;
      lines.push(`  ${name.padEnd(34)} ${shown}`);
    }
  }
  lines.push(
    `Images: ${Object.entries(r.images)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  lines.push('Verdict:');
  for (const v of r.verdict)
    lines.push(
      `  ${MARK[v.status]} ${v.check.padEnd(22)} ${v.status.padEnd(12)} ${v.reason}${v.anchorSha256 ? `  (anchor SHA-256 ${v.anchorSha256}, ${v.anchorSource})` : ''}`,
    );
  const t = r.transcript;
  lines.push(`Transcript: ${t.apdus} APDUs, ${t.bytesSent} bytes sent, ${t.bytesReceived} bytes received`);
  return `${lines.join('\n')}\n`;
}

/** Builds `card read`. */
export function cardReadCommand(run: (fn: () => Promise<number>) => Promise<void>): Command {
  return new Command('read')
    .description('read and verify a card (PC/SC reader, a command speaking hex lines, or a card.json)')
    .requiredOption(
      '--card-number <number>',
      'the 12-character card number printed on the card (AA12345678BB)',
    )
    .option('--pcsc [reader]', 'a PC/SC reader (name or part of it; default: the first reader with a card)')
    .option('--via-command <cmd>', 'spawn CMD and speak the stdio hex-line protocol to it')
    .option('--card <file>', 'a card.json, emulated in process')
    .addOption(
      new Option(
        '--trust-profile <profile>',
        'production | official-test | sandbox (default: sandbox, production with --pcsc)',
      ).choices([...TRUST_PROFILES]),
    )
    .option(
      '--trust-anchor <file>',
      'trust anchor certificate, PEM or DER (repeatable)',
      (v: string, acc: string[]) => [...acc, v],
      [],
    )
    .option('--delivery-key <file>', '特定 cards: key-delivery public key (PEM or DER)')
    .option('--json', 'print the result as JSON')
    .option('--images <dir>', 'also write the card images as PNG there (face and name are personal data)')
    .option('--ca-dir <dir>', 'sandbox CA directory (sandbox trust anchors and delivery key)')
    .option(
      '--revocation-url <url>',
      'card-validity lookup prefix: GET URL/{cardNumber} (e.g. http://127.0.0.1:3000/public/card-validity)',
    )
    .option('--revocation-timeout <ms>', 'how long the revocation lookup may take (default 5000)')
    .action((opts: ReadOpts) =>
      run(async () => {
        const cardNumber = opts.cardNumber.trim().toUpperCase();
        if (!CARD_NUMBER_PATTERN.test(cardNumber))
          throw new CliError('--card-number: expected 2 letters, 8 digits, 2 letters (e.g. AA12345678BB)');
        const profile: TrustProfile =
          opts.trustProfile ?? (opts.pcsc !== undefined ? 'production' : 'sandbox');
        const anchors = opts.trustAnchor.map((f) => ({ name: f, bytes: readBytes(f, '--trust-anchor') }));
        const dir = caDir(opts.caDir);
        const ca = profile === 'sandbox' && existsSync(dir) ? await loadSandboxCa(dir) : undefined;
        const trust = buildTrustStore(profile, anchors, ca);
        if (trust.anchors.length === 0)
          process.stderr.write(
            `zairyu card read: no trust anchors for profile ${profile}; the certificate chain will be NOT_CHECKED (give --trust-anchor FILE${profile === 'sandbox' ? ' or --ca-dir' : ''})\n`,
          );
        const deliveryPublicKey = opts.deliveryKey ? publicKeyFrom(opts.deliveryKey) : ca?.delivery.publicKey;
        if (opts.revocationTimeout !== undefined && !/^\d{1,6}$/.test(opts.revocationTimeout))
          throw new CliError('--revocation-timeout: give milliseconds, e.g. 5000');
        const revocation = opts.revocationUrl
          ? new HttpRevocationLookup(opts.revocationUrl, {
              ...(opts.revocationTimeout ? { timeoutMs: Number(opts.revocationTimeout) } : {}),
            })
          : undefined;
        const transport = await openSource(opts);
        let out: Awaited<ReturnType<typeof readCard>>;
        try {
          out = await readCard(transport, {
            cardNumber,
            trust,
            deliveryPublicKey,
            now: new Date(),
            revocation,
          });
        } finally {
          await transport.close();
        }
        const { result, images } = out;
        const refused: string[] = [];
        if (opts.images) {
          mkdirSync(opts.images, { recursive: true });
          for (const [name, bytes] of Object.entries(images)) {
            if (!bytes || bytes.length === 0) continue;
            let png: Uint8Array;
            try {
              png = await cardImageToPng(bytes); // within the image budget: a hostile image is refused, typed
            } catch (e) {
              if (!(e instanceof ImageError)) throw e;
              refused.push(`zairyu: card: the ${name} image on the card was refused: ${errorLine(e)}`);
              continue;
            }
            writeFileSync(join(opts.images, `${name}.png`), png, { mode: 0o600 });
          }
        }
        process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : formatReport(result));
        if (refused.length > 0) {
          process.stderr.write(`${refused.join('\n')}\n`);
          return CARD_EXIT.cardError;
        }
        const revoked = result.verdict.find((v) => v.check === 'revocation');
        if (revocation && revoked?.status === 'NOT_CHECKED' && revoked.reason.startsWith('revocation-'))
          process.stderr.write(
            `zairyu card read: revocation NOT_CHECKED (${revoked.reason}): the lookup gave no answer\n`,
          );
        const access = result.verdict.find((v) => v.check === 'card-access');
        if (access?.status === 'FAILED') {
          process.stderr.write(
            'zairyu card read: the card number does not match this card (card-access FAILED)\n',
          );
          return CARD_EXIT.verificationFailed;
        }
        const failed = result.verdict.filter((v) => v.status === 'FAILED');
        if (failed.length > 0) {
          process.stderr.write(
            `zairyu card read: ${failed.map((v) => `${v.check} FAILED (${v.reason})`).join(', ')}\n`,
          );
          return CARD_EXIT.verificationFailed;
        }
        return CARD_EXIT.ok;
      }),
    );
}
