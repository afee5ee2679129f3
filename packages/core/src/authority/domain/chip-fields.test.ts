import { describe, expect, it } from 'vitest';
import { DomainError } from '../../platform/domain-error.ts';
import {
  cardAddress,
  cardTypeOf,
  chipFieldsFor,
  sandboxStatusCodeOf,
  workRestrictionCode,
} from './chip-fields.ts';
import type { ResidentFields } from './resident-fields.ts';

const resident: ResidentFields = {
  familyName: 'SANDBOX',
  givenName: 'HANAKO',
  birthDate: '1995-02-28',
  sex: 'female',
  nationality: 'PHL',
  status: 'student',
  periodOfStay: 'P1Y3M',
  stayExpiry: '2027-09-30',
  residentRecord: true,
  address: '東京都',
  addressLatin: null,
  municipalityCode: '131016',
  applicationPending: null,
};

describe('chip fields', () => {
  it('maps kinds to card types and statuses to sandbox codes', () => {
    expect(cardTypeOf('residence-card')).toBe('05');
    expect(cardTypeOf('special-permanent-resident-certificate')).toBe('06');
    expect(cardTypeOf('specified-residence-card')).toBe('07');
    expect(cardTypeOf('specified-special-permanent-resident-certificate')).toBe('08');
    expect(sandboxStatusCodeOf('student')).toBe('Z22');
    expect(sandboxStatusCodeOf('temporary-visitor')).toBeUndefined();
  });

  it('takes the work restriction from the rules’ status table', () => {
    expect(workRestrictionCode('permanent-resident')).toBe('1');
    expect(workRestrictionCode('engineer-humanities-international')).toBe('2');
    expect(workRestrictionCode('designated-activities')).toBe('4');
    expect(workRestrictionCode('technical-intern-training')).toBe('4');
    expect(workRestrictionCode('student')).toBe('9');
  });

  it('builds validated IssueFields with a drawable address fallback', () => {
    expect(cardAddress(resident)).toBe('SANDBOX ADDRESS 131016');
    const f = chipFieldsFor({
      kind: 'specified-residence-card',
      cardNumber: 'AB12345678CD',
      resident,
      permission: { kind: 'change-of-status', date: '2026-06-15' },
      issuedOn: '2026-06-15',
      cardExpiry: '2027-09-30',
    });
    expect(f).toMatchObject({
      cardNumber: 'AB12345678CD',
      name: 'SANDBOX HANAKO',
      birthDate: '19950228',
      sex: '2',
      status: 'Z22',
      periodOfStay: '0103',
      permissionType: 'Z2',
      workRestriction: '9',
      stayExpiry: '20270930',
      cardExpiry: '20270930',
      address: 'SANDBOX ADDRESS 131016',
      issuedOn: '20260615',
    });
    const spr = chipFieldsFor({
      kind: 'special-permanent-resident-certificate',
      cardNumber: 'AB12345678CD',
      resident: {
        ...resident,
        status: 'special-permanent-resident',
        periodOfStay: 'indefinite',
        stayExpiry: null,
      },
      permission: { kind: 'landing', date: '2026-06-15' },
      issuedOn: '2026-06-15',
      cardExpiry: '2036-02-28',
    });
    expect(spr).toMatchObject({ status: 'Z30', periodOfStay: '0000', stayExpiry: '' });
  });

  it('refuses a status no card is issued for', () => {
    expect(() =>
      chipFieldsFor({
        kind: 'residence-card',
        cardNumber: 'AB12345678CD',
        resident: { ...resident, status: 'temporary-visitor' },
        permission: { kind: 'landing', date: '2026-06-15' },
        issuedOn: '2026-06-15',
        cardExpiry: '2027-09-30',
      }),
    ).toThrow(DomainError);
  });
});
