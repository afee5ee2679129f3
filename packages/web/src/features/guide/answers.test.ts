/** The guide's answers: which questions are asked, the Situation they make, and the share link's contents. */
import { parseSituation } from '@zairyu/rules';
import { describe, expect, it } from 'vitest';
import { type Answers, firstUnanswered, flow, isoOf, periodOf, sanitize, toSituation } from './answers.ts';
import { decodeShared, encodeShared } from './share.ts';

const d = (year: string, month: string, day: string) => ({ year, month, day });

const extension: Answers = {
  status: 'engineer-humanities-international',
  periodYears: '1',
  periodMonths: '3',
  stayExpiry: d('2026', '9', '30'),
  birthDate: d('1990', '4', '1'),
  prefecture: '14',
  residentRecord: 'yes',
  card: 'residence-card',
  pending: 'no',
  procedure: 'extension-of-stay',
  channel: 'online',
  request: 'yes',
};

describe('guide answers', () => {
  it('asks only what the status and the procedure need', () => {
    expect(flow({ status: 'permanent-resident' })).not.toContain('period');
    expect(flow({ status: 'special-permanent-resident' })).not.toContain('pending');
    expect(flow({ status: 'student', pending: 'yes' })).toContain('pending-filed-on');
    expect(flow({ status: 'student', procedure: 'move-in' })).toContain('moved-on');
    expect(flow({ status: 'student', procedure: 'move-in' })).not.toContain('channel');
    expect(flow({ status: 'student', procedure: 'reissue-lost' })).toContain('lost-on');
    expect(flow({ status: 'student', procedure: 'extension-of-stay' })).toContain('channel');
  });

  it('makes a Situation the rules accept, with an ISO period never typed by the resident', () => {
    expect(periodOf(extension)).toBe('P1Y3M');
    expect(periodOf({ periodYears: '0', periodMonths: '0' })).toBeNull();
    expect(isoOf(d('2027', '2', '30'))).toBeNull();
    expect(isoOf(d('2027', '2', '3'))).toBe('2027-02-03');
    expect(firstUnanswered(extension)).toBeNull();
    const s = toSituation(extension, '2026-07-01');
    expect(s?.channel).toBe('online');
    expect(parseSituation(s).ok).toBe(true);
    // an answer to a question no longer asked is not used
    const moved = toSituation(
      { ...extension, procedure: 'move-in', movedOn: d('2026', '6', '25'), lostOn: d('2026', '6', '1') },
      '2026-07-01',
    );
    expect(moved?.channel).toBe('counter');
    expect(moved?.lostOn).toBeNull();
    expect(moved?.movedOn).toBe('2026-06-25');
  });

  it('shares every answer but the birth date, and reads only known fields back', () => {
    const a = encodeShared(extension);
    expect(a).toMatch(/^[A-Za-z0-9_-]+$/);
    const back = decodeShared(a);
    expect(back?.birthDate).toBeUndefined();
    expect(back?.status).toBe('engineer-humanities-international');
    expect(decodeShared('not-base64!')).toBeNull();
    expect(sanitize({ status: 'nope', card: 'residence-card', extra: 1, prefecture: '99' })).toEqual({
      card: 'residence-card',
    });
  });
});
