/**
 * `zairyu card issue`: a signed sandbox card as card.json.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { chipImageToJson, fieldsFromSeed, isCardType, issueCard, mergeFields } from '@zairyu/card';
import { Command } from 'commander';
import { CliError, caDir, loadOrCreateCa } from './card-common.ts';

/** Builds `card issue`. */
export function cardIssueCommand(run: (fn: () => Promise<number>) => Promise<void>): Command {
  return new Command('issue')
    .description('issue a synthetic SANDBOX card (types 1 2 05 06 07 08) as card.json')
    .requiredOption(
      '--type <type>',
      'card type: 1, 2 (1st generation), 05, 06 (2nd generation), 07, 08 (特定)',
    )
    .requiredOption('--out <file>', 'where to write card.json')
    .option('--fields <file>', 'JSON of fields to set (others come from --seed)')
    .option('--seed <n>', 'seed for the generated fields (same seed, same card)', '1')
    .option('--ca-dir <dir>', 'sandbox CA directory (created on first use)')
    .action((opts: { type: string; out: string; fields?: string; seed: string; caDir?: string }) =>
      run(async () => {
        if (!isCardType(opts.type))
          throw new CliError(`--type: unknown card type "${opts.type}" (use 1, 2, 05, 06, 07 or 08)`);
        if (!/^\d{1,9}$/.test(opts.seed)) throw new CliError('--seed: use a whole number');
        let fields = fieldsFromSeed(opts.type, Number(opts.seed));
        if (opts.fields) {
          let doc: unknown;
          try {
            doc = JSON.parse(readFileSync(opts.fields, 'utf8'));
          } catch (e) {
            throw new CliError(
              `--fields: cannot read ${opts.fields} as JSON (${e instanceof Error ? e.message : String(e)})`,
            );
          }
          fields = mergeFields(opts.type, fields, doc);
        }
        const ca = await loadOrCreateCa(caDir(opts.caDir));
        const image = await issueCard(opts.type, fields, ca, opts.seed);
        const tmp = `${opts.out}.tmp-${process.pid}`;
        writeFileSync(tmp, chipImageToJson(image), { mode: 0o600 });
        renameSync(tmp, opts.out); // no half-written card on a crash
        process.stderr.write(
          `issued SANDBOX card type ${opts.type}, number ${image.cardNumber} → ${opts.out}\n`,
        );
        process.stdout.write(`${image.cardNumber}\n`);
        return 0;
      }),
    );
}
