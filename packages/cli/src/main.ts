/**
 * The `zairyu` command: composition root for people and operations. One file per sub-command.
 */
import { Command, CommanderError } from 'commander';
import { cardCommand } from './card.ts';
import { asCliError } from './card-common.ts';
import { auditCommand, dbCommand } from './db.ts';
import { guideCommand } from './guide.ts';
import { EXIT, reportInternalError } from './io.ts';
import { serveCommand } from './serve.ts';
import { tasksCommand } from './tasks.ts';
import { tenantsCommand } from './tenants.ts';
import { usersCommand } from './users.ts';

/** Runs the command line and returns the exit code (never throws, never prints a stack trace). */
export async function main(argv: string[]): Promise<number> {
  let code: number = EXIT.ok;
  const done = (c: number) => {
    code = c;
  };
  const program = new Command('zairyu')
    .description('zairyu — 特定在留カード rules, cards and back office (sandbox)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .showHelpAfterError('(run with --help for usage)');
  program.addCommand(guideCommand(done).exitOverride());
  const run = async (fn: () => Promise<number>) => {
    try {
      done(await fn());
    } catch (e) {
      const err = asCliError(e);
      process.stderr.write(`zairyu: ${err.message}\n`);
      done(err.exitCode);
    }
  };
  program.addCommand(cardCommand(run));
  program.addCommand(serveCommand(run).exitOverride());
  program.addCommand(dbCommand(run));
  program.addCommand(auditCommand(run));
  program.addCommand(usersCommand(run));
  program.addCommand(tenantsCommand(run));
  program.addCommand(tasksCommand(run));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === 'commander.helpDisplayed' ||
        e.code === 'commander.version' ||
        e.code === 'commander.help'
      )
        return EXIT.ok;
      return EXIT.invalidInput;
    }
    return reportInternalError(e);
  }
}
