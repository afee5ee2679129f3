/**
 * `zairyu guide`: the wizard in a terminal, or the JSON contract for programs.
 */
import { readFileSync } from 'node:fs';
import { ExitPromptError } from '@inquirer/core';
import { type DecideOptions, LANGS, type Lang, parseMunicipalityCalendars, t } from '@zairyu/rules';
import { Command, Option } from 'commander';
import { runBatch, runSingle } from './guide-json.ts';
import { runWizard } from './guide-wizard.ts';
import { inquirerPrompter } from './inquirer-prompter.ts';
import { EXIT } from './io.ts';

/** The language people on this machine read, from LANG / LC_ALL. */
export function defaultLang(env: NodeJS.ProcessEnv = process.env): Lang {
  const l = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return l.startsWith('ja') ? 'ja' : 'en';
}

/** Today's date in Japan (the composition root may read the clock; the rules may not). */
export function todayInJapan(now: Date = new Date()): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}

function loadCalendars(file: string | undefined): DecideOptions['calendars'] | string {
  if (!file) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    return `cannot read calendars file ${file}: ${e instanceof Error ? e.message : String(e)}`;
  }
  const r = parseMunicipalityCalendars(data);
  if (!r.ok) return `calendars file ${file}: ${r.issues.map((i) => `[${i.path}] ${i.detail}`).join('; ')}`;
  return r.value;
}

/** Builds the `guide` sub-command; `done` receives the exit code. */
export function guideCommand(done: (code: number) => void): Command {
  return new Command('guide')
    .description(
      'Can I get a 特定在留カード, where, with what, from when? Interactive, or JSON in → JSON out.',
    )
    .addOption(new Option('--lang <lang>', 'language of the messages').choices([...LANGS]))
    .option('--json', 'read one Situation JSON on stdin, write one Decision JSON on stdout')
    .option('--batch', 'with --json: JSON Lines in, JSON Lines out (streaming)')
    .option(
      '--calendars <file>',
      'municipality calendars (JSON array, see config/municipalities.example.json)',
    )
    .action(async (opts: { lang?: Lang; json?: boolean; batch?: boolean; calendars?: string }) => {
      const calendars = loadCalendars(opts.calendars);
      if (typeof calendars === 'string') {
        process.stderr.write(`zairyu guide: ${calendars}\n`);
        return done(EXIT.invalidInput);
      }
      if (opts.batch && !opts.json) {
        process.stderr.write('zairyu guide: --batch needs --json (JSON Lines in, JSON Lines out)\n');
        return done(EXIT.invalidInput);
      }
      if (opts.json) {
        const options: DecideOptions = { calendars, langs: opts.lang ? [opts.lang] : [...LANGS] };
        const lang = opts.lang ?? 'en';
        const run = opts.batch ? runBatch : runSingle;
        return done(await run(process.stdin, process.stdout, process.stderr, lang, options));
      }
      const lang = opts.lang ?? defaultLang();
      if (!process.stdin.isTTY || !process.stdout.isTTY) {
        process.stderr.write(`zairyu guide: ${t(lang, 'wizard.needs-terminal')}\n`);
        return done(EXIT.invalidInput);
      }
      process.stdout.write(`${t(lang, 'wizard.title')}\n`);
      try {
        process.stdout.write(
          await runWizard(
            inquirerPrompter(t(lang, 'wizard.yes'), t(lang, 'wizard.no')),
            lang,
            todayInJapan(),
            { calendars },
          ),
        );
        return done(EXIT.ok);
      } catch (e) {
        if (e instanceof ExitPromptError) {
          process.stdout.write(`${t(lang, 'wizard.cancelled')}\n`);
          return done(EXIT.cancelled);
        }
        throw e;
      }
    });
}
