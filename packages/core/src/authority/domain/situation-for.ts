/**
 * Builds the rules' Situation from what the back office knows — the resident and their card in use — and
 * the request at the counter, validated by the rules' own parser. Decisions always come from
 * @zairyu/rules' decide(); nothing here re-implements a rule.
 */
import { type CardKind, type Decision, decide, parseSituation, type Situation } from '@zairyu/rules';
import { invalidInput } from '../../platform/domain-error.ts';
import type { ResidentFields } from './resident-fields.ts';

/** The counter request part of a situation. */
export interface CounterRequest {
  procedure: Situation['procedure'];
  channel: Situation['channel'];
  requestSpecifiedCard: boolean;
  photoWithProcedure?: boolean | null;
  lostOn?: string | null;
}

/** The card a resident has now, as the rules see it. */
export interface HeldCard {
  kind: CardKind;
  expiresOn: string | null;
}

/** The validated situation of a resident on `asOf`; invalid input names the field. */
export function situationFor(
  resident: ResidentFields,
  card: HeldCard | null,
  asOf: string,
  request: CounterRequest,
): Situation {
  const parsed = parseSituation({
    asOf,
    holder: {
      status: resident.status,
      periodOfStay: resident.periodOfStay,
      stayExpiry: resident.stayExpiry,
      birthDate: resident.birthDate,
      residentRecord: resident.residentRecord,
      card: card?.kind ?? 'none',
      applicationPending: resident.applicationPending,
      cardExpiry: card?.expiresOn ?? null,
    },
    procedure: request.procedure,
    channel: request.channel,
    requestSpecifiedCard: request.requestSpecifiedCard,
    photoWithProcedure: request.photoWithProcedure ?? null,
    lostOn: request.lostOn ?? null,
    municipalityCode: resident.municipalityCode,
  });
  if (!parsed.ok)
    throw invalidInput(
      parsed.issues.map((i) => ({
        path: i.path.startsWith('holder.') ? `resident.${i.path.slice(7)}` : i.path,
        code: i.code,
        message: i.detail,
      })),
    );
  return parsed.value;
}

/** decide() with the messages the back office returns (Japanese and English). */
export function decideAtCounter(situation: Situation): Decision {
  return decide(situation, { langs: ['ja', 'en'] });
}
