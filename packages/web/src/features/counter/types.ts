/** What the console reads from the API (the server's response schemas, the fields it shows). */
import type { Decision } from '@zairyu/rules';

/** GET /auth/me. */
export interface Me {
  username: string;
  role: string;
  officeCode: string | null;
  tenantId: string;
  tenantKind: string;
  actions: string[];
  today: string;
}

/** A resident. */
export interface Resident {
  id: string;
  familyName: string;
  givenName: string;
  birthDate: string;
  sex: string;
  nationality: string;
  status: string;
  periodOfStay: string;
  stayExpiry: string | null;
  residentRecord: boolean;
  address: string;
  addressLatin?: string | null;
  municipalityCode: string;
  applicationPending?: { kind: string; filedOn: string } | null;
}

/** An application. */
export interface Application {
  id: string;
  residentId: string;
  procedure: string;
  channel: 'counter' | 'online';
  requestSpecifiedCard: boolean;
  lostOn: string | null;
  office: string;
  status: 'filed' | 'granted';
  filedOn: string;
  cardId: string | null;
}

/** A card. */
export interface Card {
  id: string;
  residentId: string;
  cardNumber: string;
  kind: string;
  specified: boolean;
  state: string;
  issuedOn: string;
  expiresOn: string;
  myNumber: { state: string; expiresOn?: string | null } | null;
  replacedBy: string | null;
}

/** One check of a chip read-back. */
export interface VerdictEntry {
  check: string;
  status: 'SUCCEEDED' | 'FAILED' | 'NOT_CHECKED' | 'NOT_PRESENT';
  reason: string;
}

/** POST /cards/:id/chip/read. */
export interface ChipRead {
  cardType: string;
  generation: string;
  fields: Record<string, unknown>;
  images: Record<string, 'present' | 'absent'>;
  verdict: VerdictEntry[];
  readAt: string;
}

/** An audit event (field names, never values). */
export interface AuditEvent {
  seq: number;
  at: string;
  actorId: string;
  actorRole: string;
  event: string;
  subjectType: string;
  subjectId: string;
  changedFields: string[];
}

/** A page of a list. */
export interface PageOf<T> {
  items: T[];
  nextCursor: string | null;
}

/** POST /applications. */
export interface Filed {
  application: Application;
  decision: Decision;
}
