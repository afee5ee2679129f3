import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { DecisionSchema } from '@zairyu/rules';
import { describe, expect, it } from 'vitest';
import { defaultLang, todayInJapan } from './guide.ts';

const BIN = resolve(import.meta.dirname, '..', 'bin', 'zairyu.js');

function run(args: string[], input: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const situation = {
  asOf: '2026-06-12',
  holder: {
    status: 'engineer-humanities-international',
    periodOfStay: 'P3Y',
    stayExpiry: '2026-08-20',
    birthDate: '1990-10-10',
    residentRecord: true,
    card: 'residence-card',
    applicationPending: null,
  },
  procedure: 'extension-of-stay',
  channel: 'counter',
  requestSpecifiedCard: true,
  photoWithProcedure: false,
  lostOn: null,
  municipalityCode: null,
};

describe('zairyu guide --json', () => {
  it('answers one Situation with one Decision', () => {
    const r = run(['guide', '--json'], JSON.stringify(situation));
    expect(r.code).toBe(0);
    const d = DecisionSchema.parse(JSON.parse(r.stdout));
    expect(d.specifiedCard.available).toBe(false);
    expect(d.specifiedCard.reasons.map((x) => x.code)).toEqual(['eligible', 'before-start-date']);
    expect(d.earliestDate).toBe('2026-06-15');
    expect(Object.keys(d.messages).sort()).toEqual(['en', 'ja', 'ja-easy']);
  });

  it('limits messages to --lang', () => {
    const r = run(['guide', '--json', '--lang', 'ja-easy'], JSON.stringify(situation));
    expect(Object.keys(JSON.parse(r.stdout).messages)).toEqual(['ja-easy']);
  });

  it('rejects bad input with exit 2 and an error naming the field, without a stack trace', () => {
    const bad = { ...situation, holder: { ...situation.holder, status: 'studnet' } };
    const r = run(['guide', '--json'], JSON.stringify(bad));
    expect(r.code).toBe(2);
    const e = JSON.parse(r.stdout).error;
    expect(e.code).toBe('invalid-situation');
    expect(e.field).toBe('holder.status');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const notJson = run(['guide', '--json'], '{"asOf": ');
    expect(notJson.code).toBe(2);
    expect(JSON.parse(notJson.stdout).error.code).toBe('invalid-json');
  });

  it('streams JSON Lines in --batch, one output line per input line, errors in place', () => {
    const lines = [
      JSON.stringify(situation),
      '',
      JSON.stringify({ ...situation, channel: 'fax' }),
      JSON.stringify({ ...situation, asOf: '2026-07-01' }),
    ];
    const r = run(['guide', '--json', '--batch', '--lang', 'en'], `${lines.join('\n')}\n`);
    expect(r.code).toBe(2);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0].specifiedCard.available).toBe(false);
    expect(out[1].error).toMatchObject({ field: 'channel', line: 3 });
    expect(out[2].specifiedCard.available).toBe(true);
    expect(r.stderr).toMatch(/1 of 4 line/);
  });

  it('refuses --batch without --json, and the wizard without a terminal', () => {
    expect(run(['guide', '--batch'], '').code).toBe(2);
    const r = run(['guide', '--lang', 'en'], '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/terminal/);
  });

  it('rejects a calendars file that is not valid', () => {
    const r = run(['guide', '--json', '--calendars', '/nonexistent.json'], JSON.stringify(situation));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read calendars file/);
  });

  it('uses a municipality calendar given with --calendars', () => {
    const s = {
      ...situation,
      asOf: '2026-06-20', // Saturday
      procedure: 'move-in',
      municipalityCode: '131016',
    };
    const cal = resolve(import.meta.dirname, '..', '..', '..', 'config', 'municipalities.example.json');
    const withCal = JSON.parse(run(['guide', '--json', '--calendars', cal], JSON.stringify(s)).stdout);
    const without = JSON.parse(run(['guide', '--json'], JSON.stringify(s)).stdout);
    expect(withCal.earliestDate).toBe('2026-06-21'); // the example opens on Sundays
    expect(without.earliestDate).toBe('2026-06-22');
    expect(without.warnings).toContain('municipality-open-days-vary');
  });
});

describe('guide helpers', () => {
  it('picks Japanese for ja locales and English otherwise', () => {
    expect(defaultLang({ LANG: 'ja_JP.UTF-8' })).toBe('ja');
    expect(defaultLang({ LANG: 'vi_VN.UTF-8' })).toBe('en');
    expect(defaultLang({})).toBe('en');
  });

  it('computes today in Japan time', () => {
    expect(todayInJapan(new Date('2026-06-14T15:30:00Z'))).toBe('2026-06-15');
    expect(todayInJapan(new Date('2026-06-14T14:59:00Z'))).toBe('2026-06-14');
  });
});
