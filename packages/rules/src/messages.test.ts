import { describe, expect, it } from 'vitest';
import { situationOf } from '../test/situation-of.ts';
import { decide } from './decide.ts';
import { catalogs } from './messages.ts';

const text = (o: Parameters<typeof situationOf>[0], lang: 'ja' | 'en' | 'ja-easy' = 'en') =>
  (decide(situationOf(o), { langs: [lang] }).messages[lang] ?? []).join('\n');

describe('messages', () => {
  it('never speaks of a new period of stay for permanent residence', () => {
    const pr = {
      procedure: 'permanent-residence' as const,
      holder: { status: 'spouse-of-japanese' as const, periodOfStay: 'P3Y' },
    };
    expect(text(pr)).not.toMatch(/new period of stay/);
    expect(text(pr)).toMatch(/10th birthday after its issue \(5th if under 18\)/);
    expect(text(pr, 'ja')).not.toMatch(/新しい在留期間/);
  });

  it('states the 3-month rule as 以下 in やさしい日本語, and advises registering only to those who can', () => {
    expect(catalogs['ja-easy']['reason.not-mid-long-term']).toMatch(/3か月 いか/);
    expect(catalogs['ja-easy']['reason.not-mid-long-term']).not.toMatch(/より みじかい/);
    const visitor = {
      procedure: 'none' as const,
      holder: {
        status: 'temporary-visitor' as const,
        periodOfStay: 'P90D',
        residentRecord: false,
        card: 'none' as const,
      },
    };
    expect(text(visitor, 'ja-easy')).not.toMatch(/住所を とどけると 住民票が できます/);
    const unregistered = { procedure: 'reissue-exchange' as const, holder: { residentRecord: false } };
    expect(text(unregistered, 'ja-easy')).toMatch(/住所を とどけると 住民票が できます/);
  });

  it('fills parameters into dated warnings and asks passports of people without a card', () => {
    expect(text({ asOf: '2026-06-01', holder: { stayExpiry: '2026-08-31' } })).toMatch(
      /If you wait until Mon 15 Jun 2026/,
    );
    expect(text({ holder: { status: 'temporary-visitor', periodOfStay: 'P90D', card: 'none' } })).toMatch(
      /Show your passport/,
    );
    expect(text({ holder: { status: 'temporary-visitor', periodOfStay: 'P90D', card: 'none' } })).not.toMatch(
      /Show the card/,
    );
  });

  it('gives the e-certificates’ date with every My Number date', () => {
    const t = text({ procedure: 'reissue-exchange' });
    expect(t).toMatch(/My Number functions of the card work until Wed 30 Sep 2026/);
    expect(t).toMatch(/e-certificates .* work until Wed 30 Sep 2026/);
  });
});
