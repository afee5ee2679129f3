/**
 * Whether a residence card past its printed expiry is still valid because its holder is in a running 特例期間:
 * an extension or change of status filed before the stay ended keeps the stay — and the card — until the
 * decision or two months after the expiry (入管法20条6項, 21条4項; 19条の5第2項 for the card). The 特例期間 is
 * the rules' (decide().specialPeriodUntil); this only asks them.
 */
import type { CardKind } from '@zairyu/rules';
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { CardRow } from '../repositories/cards.ts';
import { getResidentRow, residentFieldsOf } from '../repositories/residents.ts';
import { decideAtCounter, situationFor } from './situation-for.ts';

/** True when the card's printed expiry has passed on `today` but a running 特例期間 keeps it valid. */
export async function keptBySpecialPeriod(
  db: Kysely<Schema>,
  card: CardRow,
  today: string,
): Promise<boolean> {
  if (card.expires_on >= today) return false;
  if (card.kind !== 'residence-card' && card.kind !== 'specified-residence-card') return false;
  const resident = residentFieldsOf(await getResidentRow(db, card.tenant_id, card.resident_id));
  if (!resident.applicationPending || resident.stayExpiry !== card.expires_on) return false;
  const d = decideAtCounter(
    situationFor(resident, { kind: card.kind as CardKind, expiresOn: card.expires_on }, today, {
      procedure: 'none',
      channel: 'counter',
      requestSpecifiedCard: false,
    }),
  );
  return d.specialPeriodUntil !== null && today <= d.specialPeriodUntil;
}
