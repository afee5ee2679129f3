/**
 * Reads an issued card's chip back, in process, the way a counter's reader would (cards.read-chip, within the
 * officer's municipality or bureau jurisdiction): the stored chip image goes into the card library's
 * emulator, the library's reader authenticates with the card number, reads the 在留AP's files over secure
 * messaging and verifies the signature against the sandbox CA the authority issued with (the trust store of
 * the `sandbox` profile) and the card's validity against this authority's own records (the revocation
 * check). The result is the chip's fields and the verdict — never an image, and nothing of a 個人番号: the
 * reader never selects a My Number application. Audited (event cards.read-back under action cards.read-chip,
 * naming the fields read, never their values), in the same transaction as the read.
 */
import {
  buildTrustStore,
  chipImageFromJson,
  MemoryTransport,
  ResidenceCardEmulator,
  type RevocationLookup,
  readCard,
} from '@zairyu/card';
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.ts';
import type { Clock } from '../../platform/clock.ts';
import { idOf } from '../../platform/id-of.ts';
import type { CommandContext } from '../context.ts';
import { type ChipRead, chipFieldsRead, presentChipRead } from '../presenters/present-chip-read.ts';
import { getCardRow, placeOfCard } from '../repositories/cards.ts';
import { runAuthority } from '../run.ts';
import { checkCardValidity } from './check-card-validity.ts';

/** The revocation check answered by this authority's records (the public card-validity lookup, in process). */
function ownRecords(db: Kysely<Schema>, clock: Clock): RevocationLookup {
  return {
    async check({ cardNumber }) {
      const v = await checkCardValidity(db, clock, cardNumber);
      return v.valid ? { status: 'valid' } : { status: 'invalid', reason: v.reason };
    },
  };
}

/** The read-back of the card's chip with its verdict, or DomainError('not-found'). */
export async function readCardChip(
  ctx: CommandContext,
  input: string | { cardId: string },
): Promise<ChipRead> {
  return runAuthority(ctx, 'cards.read-chip', async ({ tx, audit, at, now, grant }) => {
    const card = await getCardRow(tx, ctx.tenantId, idOf(input, 'cardId'));
    grant.check(await placeOfCard(tx, card), 'the card');
    const transport = new MemoryTransport(new ResidenceCardEmulator(chipImageFromJson(card.chip_json)));
    let read: Awaited<ReturnType<typeof readCard>>;
    try {
      read = await readCard(transport, {
        cardNumber: card.card_number,
        trust: buildTrustStore('sandbox', [], ctx.ca),
        deliveryPublicKey: ctx.ca.delivery.publicKey,
        now,
        revocation: ownRecords(tx, ctx.clock),
      });
    } finally {
      await transport.close();
    }
    // the images stay here: read.images is dropped with this scope
    const result = presentChipRead(card.id, read.result, at);
    audit.record({
      event: 'cards.read-back',
      subjectType: 'card',
      subjectId: card.id,
      changedFields: ['verdict', ...chipFieldsRead(result)],
    });
    return result;
  });
}
