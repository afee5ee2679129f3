/**
 * `zairyu card ca --export DIR`: the sandbox CA certificates and key-delivery public key as PEM.
 */
import { mkdirSync } from 'node:fs';
import { exportSandboxCaPublic } from '@zairyu/card';
import { Command } from 'commander';
import { caDir, loadOrCreateCa } from './card-common.ts';

/** Builds `card ca`. */
export function cardCaCommand(run: (fn: () => Promise<number>) => Promise<void>): Command {
  return new Command('ca')
    .description('the SANDBOX certificate authority: export its certificates and key-delivery public key')
    .requiredOption('--export <dir>', 'write *.pem there (public material only)')
    .option('--ca-dir <dir>', 'sandbox CA directory (created on first use)')
    .action((opts: { export: string; caDir?: string }) =>
      run(async () => {
        const ca = await loadOrCreateCa(caDir(opts.caDir));
        mkdirSync(opts.export, { recursive: true });
        for (const f of await exportSandboxCaPublic(ca, opts.export)) process.stdout.write(`${f}\n`);
        return 0;
      }),
    );
}
