/**
 * The terminal Prompter, on @inquirer/prompts.
 */
import { confirm, input, select } from '@inquirer/prompts';
import type { Choice, Prompter } from './guide-wizard.ts';

/** Prompts on the real terminal; yes/no answers are shown in the user's language. */
export function inquirerPrompter(yes = 'Yes', no = 'No'): Prompter {
  return {
    select: <T extends string>(message: string, choices: Choice<T>[], initial?: T) =>
      select<T>({ message, choices, default: initial, pageSize: 12 }),
    input: (message, validate, initial) => input({ message, validate, default: initial }),
    confirm: (message, initial) => confirm({ message, default: initial, transformer: (v) => (v ? yes : no) }),
  };
}
