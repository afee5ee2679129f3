/**
 * `zairyu card`: issue, emulate and read residence cards.
 */
import { Command } from 'commander';
import { cardCaCommand } from './card-ca.ts';
import { cardEmulateCommand } from './card-emulate.ts';
import { cardIssueCommand } from './card-issue.ts';
import { cardReadCommand } from './card-read.ts';

/** Builds the `card` command group; `run` reports the exit code and turns errors into one line. */
export function cardCommand(run: (fn: () => Promise<number>) => Promise<void>): Command {
  const card = new Command('card').description(
    'residence card chips: issue (sandbox), emulate, read and verify',
  );
  for (const c of [cardIssueCommand(run), cardCaCommand(run), cardEmulateCommand(run), cardReadCommand(run)])
    card.addCommand(c.exitOverride());
  return card.exitOverride();
}
