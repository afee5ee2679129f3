import { describe, expect, it } from 'vitest';
import { type Choice, type Prompter, runWizard } from './guide-wizard.ts';

/** Answers prompts from a script, checking each answer against the prompt's own validation. */
function scripted(answers: (string | boolean)[]): Prompter & { asked: string[] } {
  const asked: string[] = [];
  const next = () => {
    if (answers.length === 0) throw new Error(`no scripted answer left after: ${asked.join(' | ')}`);
    return answers.shift() as string | boolean;
  };
  return {
    asked,
    async select<T extends string>(message: string, choices: Choice<T>[]) {
      asked.push(message);
      const a = next() as T;
      if (!choices.some((c) => c.value === a)) throw new Error(`"${a}" is not a choice of "${message}"`);
      return a;
    },
    async input(message: string, validate: (v: string) => true | string, initial?: string) {
      asked.push(message);
      const a = next() as string;
      const value = a === '' && initial ? initial : a;
      const ok = validate(value);
      if (ok !== true) throw new Error(`rejected "${value}" for "${message}": ${ok}`);
      return value;
    },
    async confirm(message: string) {
      asked.push(message);
      return next() as boolean;
    },
  };
}

describe('guide wizard', () => {
  it('walks a student through a move-in with the request, in やさしい日本語', async () => {
    const p = scripted([
      '2026-07-01',
      'student',
      'P1Y3M',
      '2027-09-30',
      '2005-05-05',
      true,
      'residence-card',
      false,
      'move-in',
      'counter',
      true,
    ]);
    const out = await runWizard(p, 'ja-easy', '2026-07-01', {});
    expect(out).toContain('もらう カード：特定在留カード');
    expect(out).toContain('どこで：あなたが すんで いる 市役所');
    expect(out).toContain('きまりの もと');
    expect(out).toContain('第19条の15の2');
  });

  it('skips period questions for a permanent resident and asks the loss date for a lost card', async () => {
    const p = scripted([
      '2026-07-01',
      'permanent-resident',
      '1980-01-01',
      true,
      'specified-residence-card',
      false,
      'reissue-lost',
      'counter',
      false,
      '2026-06-29',
    ]);
    const out = await runWizard(p, 'en', '2026-07-01', {});
    expect(p.asked.join('|')).not.toMatch(/Period of stay/);
    expect(out).toContain('Report the loss or theft to the police');
    expect(out).toContain('0120-95-0178');
    expect(out).toMatch(/Deadline: Mon 13 Jul 2026/);
  });

  it('refuses an impossible date typed at a prompt', async () => {
    const p = scripted(['2026-02-30']);
    await expect(runWizard(p, 'en', '2026-07-01', {})).rejects.toThrow(/rejected "2026-02-30"/);
  });
});
