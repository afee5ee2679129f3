/**
 * Files an application at a counter (applications.file): the resident's situation goes to the rules'
 * decide(), and the application is refused with the rules' reasons when the procedure does not apply, a
 * requested 特定 card is not available, or the office cannot accept it today; a counter of the wrong office
 * is forbidden. The decision snapshot is stored with the application; extensions, changes and permanent
 * residence mark the resident's application pending (for the 特例期間). A resident may have several open
 * applications (a re-issue after loss while an extension is pending), but not two of the same procedure nor
 * two stay applications.
 */
import {
  type CardKind,
  cite,
  counterAcceptance,
  type Decision,
  PENDING_KINDS,
  PROCEDURE_CODES,
  type ProcedureCode,
  procedureInfo,
} from '@zairyu/rules';
import { z } from 'zod';
import { japanDate } from '../../platform/clock.ts';
import { DomainError, type DomainReason, invalidInput } from '../../platform/domain-error.ts';
import { newId } from '../../platform/ids.ts';
import { freeText, isoDate, parseInput } from '../../platform/validation.ts';
import type { CommandContext } from '../context.ts';
import { ResidentFieldsSchema } from '../domain/resident-fields.ts';
import { decideAtCounter, situationFor } from '../domain/situation-for.ts';
import { authorizeOffice } from '../policies.ts';
import { type Application, presentApplication, snapshotOf } from '../presenters/present-application.ts';
import { getApplicationRow, openApplicationRows } from '../repositories/applications.ts';
import { currentCardRow } from '../repositories/cards.ts';
import {
  changedResidentFields,
  getResidentRow,
  residentColumns,
  residentFieldsOf,
} from '../repositories/residents.ts';
import { runAuthority } from '../run.ts';

/** The new 住居地 of a move (転入届, 転居届, a first 住居地届出). */
export const NewAddressSchema = z
  .object({
    address: ResidentFieldsSchema.shape.address,
    addressLatin: ResidentFieldsSchema.shape.addressLatin,
    municipalityCode: ResidentFieldsSchema.shape.municipalityCode,
  })
  .strict();

/**
 * Whether a procedure takes the new 住居地, and where it may lie: a 転居届 stays in the municipality (it needs
 * the record there), a 転入届 comes from another one (the card is presented), a first 住居地届出 anywhere.
 */
function addressRuleOf(procedure: ProcedureCode): 'other-municipality' | 'same-municipality' | 'any' | null {
  const p = procedureInfo(procedure);
  if (!p.startsOnMove) return null;
  if (p.needsResidentRecord) return 'same-municipality';
  return p.requiresCardPresented ? 'other-municipality' : 'any';
}

/** Input of fileApplication. */
export const FileApplicationSchema = z
  .object({
    residentId: z.string().min(1).max(100),
    procedure: z.enum(PROCEDURE_CODES),
    channel: z.enum(['counter', 'online']),
    requestSpecifiedCard: z.boolean(),
    photoWithProcedure: z.boolean().nullable().optional(),
    lostOn: isoDate.nullable().optional(),
    policeReceiptNumber: freeText(64).nullable().optional(),
    newAddress: NewAddressSchema.optional(),
  })
  .strict();

/** Input of fileApplication (validated inside: procedure codes as in @zairyu/rules PROCEDURE_CODES). */
export interface FileApplicationInput {
  residentId: string;
  procedure: string;
  channel: string;
  requestSpecifiedCard: boolean;
  photoWithProcedure?: boolean | null;
  lostOn?: string | null;
  policeReceiptNumber?: string | null;
  /** The new 住居地 of a move-in, change-of-address or first-address (the resident moves when it is filed). */
  newAddress?: { address: string; addressLatin?: string | null; municipalityCode: string };
}

/** The filed application and the rules' full decision (messages in ja and en). */
export interface FileApplicationResult {
  application: Application;
  decision: Decision;
}

function refuse(
  message: string,
  reasons: DomainReason[],
  details: Record<string, unknown> = {},
): DomainError {
  return new DomainError('application-refused', message, { reasons, details });
}

function newAddressOf(
  req: z.output<typeof FileApplicationSchema>,
  currentMunicipality: string,
): { address: string; addressLatin: string | null; municipalityCode: string } | null {
  const rule = addressRuleOf(req.procedure);
  const given = req.newAddress;
  if (!rule) {
    if (given)
      throw invalidInput([
        {
          path: 'newAddress',
          code: 'not-applicable',
          message: `${req.procedure} does not change the 住居地`,
        },
      ]);
    return null;
  }
  // without a new 住居地 the notification is for the address already on record (as before newAddress existed)
  if (!given) return null;
  if (rule === 'other-municipality' && given.municipalityCode === currentMunicipality)
    throw invalidInput([
      {
        path: 'newAddress.municipalityCode',
        code: 'inconsistent',
        message: 'a move within the municipality is a change-of-address (転居届), not a move-in',
      },
    ]);
  if (rule === 'same-municipality' && given.municipalityCode !== currentMunicipality)
    throw invalidInput([
      {
        path: 'newAddress.municipalityCode',
        code: 'inconsistent',
        message: 'a move to another municipality is a move-in (転入届) there',
      },
    ]);
  return {
    address: given.address,
    addressLatin: given.addressLatin ?? null,
    municipalityCode: given.municipalityCode,
  };
}

/** Files an application, or refuses it with the rules' reasons. */
export async function fileApplication(
  ctx: CommandContext,
  input: FileApplicationInput,
): Promise<FileApplicationResult> {
  return runAuthority(ctx, 'applications.file', async ({ tx, audit, at, now, grant }) => {
    const req = parseInput(FileApplicationSchema, input);
    const today = japanDate(now);
    const residentRow = await getResidentRow(tx, ctx.tenantId, req.residentId);
    const current = residentFieldsOf(residentRow);
    const move = newAddressOf(req, current.municipalityCode);
    // the place of the application: where the resident lives, or moves to
    grant.check(
      { municipalityCode: move?.municipalityCode ?? current.municipalityCode },
      "the resident's address",
    );
    const resident = move
      ? {
          ...current,
          address: move.address,
          addressLatin: move.addressLatin,
          municipalityCode: move.municipalityCode,
        }
      : current;
    const card = await currentCardRow(tx, ctx.tenantId, req.residentId);
    const stayApplication = (p: string) => (PENDING_KINDS as readonly string[]).includes(p);
    for (const open of await openApplicationRows(tx, ctx.tenantId, req.residentId))
      if (
        open.procedure === req.procedure ||
        (stayApplication(open.procedure) && stayApplication(req.procedure))
      )
        throw new DomainError(
          'conflict',
          'the resident already has such an application that is not decided',
          {
            details: { applicationId: open.id, procedure: open.procedure },
          },
        );

    let lostOn = req.lostOn ?? null;
    let policeReceiptNumber = req.policeReceiptNumber ?? null;
    if (procedureInfo(req.procedure).reissuesLostCard) {
      if (!card)
        throw refuse('there is no card to re-issue', [
          { code: 'no-card-to-reissue', citations: cite('immigration-act-19-12') },
        ]);
      if (card.state !== 'lost')
        throw new DomainError('invalid-transition', 'report the loss of the card before its re-issue', {
          details: { subject: 'card', cardId: card.id, from: card.state, to: 'reissued' },
        });
      const report = await tx
        .selectFrom('loss_reports')
        .select(['lost_on', 'police_receipt_number'])
        .where('tenant_id', '=', ctx.tenantId)
        .where('card_id', '=', card.id)
        .where('found_at', 'is', null)
        .orderBy('id', 'desc')
        .executeTakeFirst();
      lostOn ??= report?.lost_on ?? null;
      policeReceiptNumber ??= report?.police_receipt_number ?? null;
    }

    const situation = situationFor(
      resident,
      card ? { kind: card.kind as CardKind, expiresOn: card.expires_on } : null,
      today,
      {
        procedure: req.procedure,
        channel: req.channel,
        requestSpecifiedCard: req.requestSpecifiedCard,
        photoWithProcedure: req.photoWithProcedure ?? null,
        lostOn,
      },
    );
    const decision = decideAtCounter(situation);
    const office = decision.office;
    const acceptance = counterAcceptance(decision, today);
    if (office === null || (!acceptance.accepted && acceptance.code === 'no-office')) {
      const reasons = acceptance.accepted ? [] : acceptance.reasons;
      throw refuse(
        'the procedure does not apply',
        reasons.length > 0
          ? reasons
          : [
              {
                code: 'procedure-not-applicable',
                citations: cite(...procedureInfo(req.procedure).citations),
              },
            ],
        { procedure: req.procedure },
      );
    }
    authorizeOffice(ctx.actor, office, 'applications.file');
    if (!acceptance.accepted) {
      const { code, reasons, from } = acceptance;
      if (code === 'stay-expired') throw refuse('the period of stay has ended', reasons);
      if (code === 'specified-card-unavailable')
        throw refuse('a specified card cannot be requested here', reasons);
      // the sandbox counter keeps ISA's usual window (a warning in the rules, a refusal at this counter)
      const usually = code === 'before-application-window' && decision.applicationWindowFrom === from;
      throw refuse(`the office ${usually ? 'usually accepts' : 'accepts'} it from ${from}`, reasons, {
        earliestDate: from,
      });
    }
    if (
      card?.state === 'lost' &&
      decision.cardToBeIssued !== null &&
      !procedureInfo(req.procedure).reissuesLostCard
    )
      throw new DomainError('invalid-transition', 'a lost card is replaced only by its re-issue', {
        details: { subject: 'card', cardId: card.id, from: 'lost', to: 'replaced' },
      });

    const id = newId('app', now);
    await tx
      .insertInto('applications')
      .values({
        id,
        tenant_id: ctx.tenantId,
        resident_id: req.residentId,
        procedure: req.procedure,
        channel: req.channel,
        request_specified_card: req.requestSpecifiedCard ? 1 : 0,
        photo_with_procedure:
          req.photoWithProcedure === undefined || req.photoWithProcedure === null
            ? null
            : req.photoWithProcedure
              ? 1
              : 0,
        lost_on: lostOn,
        police_receipt_number: policeReceiptNumber,
        office,
        status: 'filed',
        filed_on: today,
        filed_at: at,
        filed_by: ctx.actor.userId,
        decision_json: JSON.stringify(snapshotOf({ ...decision, office })),
        granted_at: null,
        granted_by: null,
        municipality_code: resident.municipalityCode,
        origin: 'counter',
      })
      .execute();
    audit.record({
      event: 'applications.file',
      subjectType: 'application',
      subjectId: id,
      changedFields: [
        'residentId',
        'procedure',
        'channel',
        'requestSpecifiedCard',
        ...(req.photoWithProcedure !== undefined && req.photoWithProcedure !== null
          ? ['photoWithProcedure']
          : []),
        ...(lostOn ? ['lostOn'] : []),
        ...(policeReceiptNumber ? ['policeReceiptNumber'] : []),
        'office',
        'status',
        'decision',
      ],
    });
    if (move) {
      // a 転入届 / 転居届 takes effect when the counter accepts it: the resident lives at the new 住居地 now
      await tx
        .updateTable('residents')
        .set({ ...residentColumns(resident), updated_at: at })
        .where('tenant_id', '=', ctx.tenantId)
        .where('id', '=', req.residentId)
        .execute();
      audit.record({
        event: 'residents.update',
        subjectType: 'resident',
        subjectId: req.residentId,
        changedFields: changedResidentFields(current, resident),
      });
    }
    return {
      application: presentApplication(await getApplicationRow(tx, ctx.tenantId, id), null),
      decision,
    };
  });
}
