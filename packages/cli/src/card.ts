/**
 * `zairyu card`: issue, emulate and read residence cards.
 */
import { Command } from 'commander';
import { cardCaCommand } from './card-ca.ts';
import { asCliError } from './card-common.ts';
import { cardEmulateCommand } from './card-emulate.ts';
import { cardIssueCommand } from './card-issue.ts';
import { cardReadCommand } from './card-read.ts';

/** Builds the `card` command group; `done` receives the exit code. */
export function cardCommand(done: (code: number) => void): Command {
  const run = async (fn: () => Promise<number>) => {
    try {
      done(await fn());
    } catch (e) {
      const err = asCliError(e);
      process.stderr.write(`zairyu card: ${err.message}\n`);
      done(err.exitCode);
    }
  };
  const card = new Command('card').description(
    'residence card chips: issue (sandbox), emulate, read and verify',
  );
  for (const c of [cardIssueCommand(run), cardCaCommand(run), cardEmulateCommand(run), cardReadCommand(run)])
    card.addCommand(c.exitOverride());
  return card.exitOverride();
}
