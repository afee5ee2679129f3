/**
 * `zairyu card emulate`: serve a card.json over stdin/stdout hex lines, or plug it into pcscd through vpcd.
 */
import { readFileSync } from 'node:fs';
import {
  chipImageFromJson,
  connectVpcd,
  ResidenceCardEmulator,
  serveHexLines,
  VPCD_DEFAULT_PORT,
} from '@zairyu/card';
import { Command } from 'commander';
import { CliError } from './card-common.ts';

function loadCard(file: string): ResidenceCardEmulator {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new CliError(`--card: cannot read ${file} (${e instanceof Error ? e.message : String(e)})`);
  }
  return new ResidenceCardEmulator(chipImageFromJson(text));
}

/** Builds `card emulate`. */
export function cardEmulateCommand(run: (fn: () => Promise<number>) => Promise<void>): Command {
  return new Command('emulate')
    .description(
      'be the card: answer APDUs as hex lines on stdin/stdout, or through pcscd via vsmartcard-vpcd',
    )
    .requiredOption('--card <file>', 'card.json made by `zairyu card issue`')
    .option('--stdio', 'one command APDU (hex) or RESET per stdin line; one response line each')
    .option('--vpcd [host:port]', `connect to vpcd (default 127.0.0.1:${VPCD_DEFAULT_PORT})`)
    .action((opts: { card: string; stdio?: boolean; vpcd?: string | boolean }) =>
      run(async () => {
        if (!opts.stdio === !opts.vpcd) throw new CliError('choose one of --stdio or --vpcd');
        const card = loadCard(opts.card);
        if (opts.stdio) {
          await serveHexLines(card, process.stdin, process.stdout);
          return 0;
        }
        const spec = typeof opts.vpcd === 'string' ? opts.vpcd : `127.0.0.1:${VPCD_DEFAULT_PORT}`;
        const m = /^(.+):(\d{1,5})$/.exec(spec);
        if (!m) throw new CliError(`--vpcd: expected HOST:PORT, got "${spec}"`);
        const conn = await connectVpcd(card, m[1], Number(m[2]));
        process.stderr.write(
          `card inserted into vpcd at ${spec} (reader "Virtual PCD"); Ctrl-C to remove it\n`,
        );
        process.once('SIGINT', () => conn.close());
        process.once('SIGTERM', () => conn.close());
        await conn.closed;
        process.stderr.write('card removed\n');
        return 0;
      }),
    );
}
