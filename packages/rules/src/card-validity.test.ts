import { describe, expect, it } from 'vitest';
import { cardFormat, cardValidity } from './card-validity.ts';

describe('card validity', () => {
  it('switches to the new format on 2026-06-14', () => {
    expect(cardFormat('2026-06-13')).toBe('old');
    expect(cardFormat('2026-06-14')).toBe('new');
  });

  it('gives new-format permanent residents the 10th birthday after issue (5th under 18)', () => {
    const pr = { status: 'permanent-resident' as const, stayExpiry: null };
    expect(cardValidity({ ...pr, birthDate: '1985-09-01', issueDate: '2026-06-15' }).expiry).toBe(
      '2035-09-01',
    );
    expect(cardValidity({ ...pr, birthDate: '2010-03-01', issueDate: '2026-06-15' }).expiry).toBe(
      '2031-03-01',
    );
    const spr = { status: 'special-permanent-resident' as const, stayExpiry: null };
    expect(cardValidity({ ...spr, birthDate: '1970-06-15', issueDate: '2026-06-15' }).expiry).toBe(
      '2036-06-15',
    );
  });

  it('keeps the old rules for cards issued before 2026-06-14', () => {
    const pr = { status: 'permanent-resident' as const, stayExpiry: null };
    expect(cardValidity({ ...pr, birthDate: '1985-09-01', issueDate: '2020-04-01' }).expiry).toBe(
      '2027-03-31',
    );
    expect(cardValidity({ ...pr, birthDate: '2012-05-10', issueDate: '2024-01-10' }).expiry).toBe(
      '2028-05-09',
    );
    expect(cardValidity({ ...pr, birthDate: '2012-05-10', issueDate: '2023-01-10' }).expiry).toBe(
      '2028-05-10',
    );
    const spr = { status: 'special-permanent-resident' as const, stayExpiry: null };
    expect(cardValidity({ ...spr, birthDate: '1970-06-15', issueDate: '2020-06-16' }).expiry).toBe(
      '2027-06-15',
    );
  });

  it('ties other cards to the stay expiry, cut at the 16th-birthday eve for children', () => {
    const st = {
      status: 'student' as const,
      birthDate: '2000-01-01',
      issueDate: '2026-07-01',
      stayExpiry: '2028-07-01',
    };
    expect(cardValidity(st).expiry).toBe('2028-07-01');
    expect(cardValidity({ ...st, status: 'dependent', birthDate: '2011-02-01' }).expiry).toBe('2027-01-31');
    expect(cardValidity({ ...st, stayExpiry: null }).expiry).toBeNull();
  });

  it('counts a renewed 特別永住者証明書 from the old expiry (入管特例法9条)', () => {
    const spr = { status: 'special-permanent-resident' as const, stayExpiry: null, birthDate: '1960-05-20' };
    expect(cardValidity({ ...spr, issueDate: '2026-05-11' }).expiry).toBe('2032-05-20');
    expect(cardValidity({ ...spr, issueDate: '2026-05-11', renewedFrom: '2026-06-10' }).expiry).toBe(
      '2033-05-20',
    );
    const july = { ...spr, birthDate: '1960-07-20', issueDate: '2026-07-01' };
    expect(cardValidity(july).expiry).toBe('2035-07-20');
    expect(cardValidity({ ...july, renewedFrom: '2026-08-15' }).expiry).toBe('2036-07-20');
    // a 永住者 card's renewal is not counted that way
    expect(cardValidity({ ...july, status: 'permanent-resident', renewedFrom: '2026-08-15' }).expiry).toBe(
      '2035-07-20',
    );
  });
});
