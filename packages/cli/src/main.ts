/**
 * The `zairyu` command: composition root for people and operations. One file per sub-command.
 */
import { Command, CommanderError } from 'commander';
import { cardCommand } from './card.ts';
import { guideCommand } from './guide.ts';
import { EXIT, reportInternalError } from './io.ts';

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
  program.addCommand(cardCommand(done));
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
