/**
 * The officer's work queue: the applications awaiting grant (filed, not yet granted) that the officer may
 * grant — of the officer's office (a bureau officer grants immigration-bureau procedures, a municipal officer
 * municipal ones: `roleForOffice`), within the municipality or bureau jurisdiction the application is for —
 * oldest filing first (filing date, then id), a page at a time (cursor = the last application id seen).
 * Listing it needs what granting needs (applications.grant) and reading what it shows (applications.read).
 */
import type { Office } from '@zairyu/rules';
import { pageLimit, toPage } from '../../platform/paging.ts';
import type { CommandContext } from '../context.ts';
import { roleForOffice } from '../policies.ts';
import { presentWorkQueueItem, type WorkQueueItem } from '../presenters/present-work-queue-item.ts';
import type { ApplicationRow } from '../repositories/applications.ts';
import { inScopes } from '../repositories/residents.ts';
import { authorizeAuthority } from '../run.ts';

/** Paging of listWorkQueue. */
export interface ListWorkQueueInput {
  /** 1–500, default 100. */
  limit?: number;
  /** Return applications after this one (in queue order). */
  cursor?: string | null;
}

const OFFICES: readonly Office[] = ['immigration-bureau', 'municipality'];

/** One page of the work queue and the cursor of the next (null at the end). */
export async function listWorkQueue(
  ctx: CommandContext,
  input: ListWorkQueueInput = {},
): Promise<{ items: WorkQueueItem[]; nextCursor: string | null }> {
  const grants = [
    authorizeAuthority(ctx, 'applications.grant'),
    authorizeAuthority(ctx, 'applications.read'),
  ];
  const offices = OFFICES.filter((o) => roleForOffice(o) === ctx.actor.role);
  const limit = pageLimit(input);
  if (offices.length === 0) return { items: [], nextCursor: null };
  let q = ctx.db
    .selectFrom('applications')
    .innerJoin('residents', (j) =>
      j
        .onRef('residents.id', '=', 'applications.resident_id')
        .onRef('residents.tenant_id', '=', 'applications.tenant_id'),
    )
    .selectAll('applications')
    .select(['residents.family_name', 'residents.given_name'])
    .where('applications.tenant_id', '=', ctx.tenantId)
    .where('applications.status', '=', 'filed')
    .where('applications.office', 'in', [...offices]);
  // the place of an application: the municipality it was filed for, else its resident's (placeOfApplication)
  for (const grant of grants)
    q = q.where((eb) =>
      inScopes(
        eb,
        eb.fn.coalesce('applications.municipality_code', 'residents.municipality_code'),
        grant.scopes(),
      ),
    );
  const cursor = input.cursor;
  if (cursor)
    q = q.where((eb) => {
      const filedOn = eb
        .selectFrom('applications as after')
        .select('after.filed_on')
        .where('after.tenant_id', '=', ctx.tenantId)
        .where('after.id', '=', cursor);
      return eb.or([
        eb('applications.filed_on', '>', filedOn),
        eb.and([eb('applications.filed_on', '=', filedOn), eb('applications.id', '>', cursor)]),
      ]);
    });
  const rows = await q
    .orderBy('applications.filed_on', 'asc')
    .orderBy('applications.id', 'asc')
    .limit(limit + 1)
    .execute();
  return toPage(rows, limit, ({ family_name, given_name, ...row }) =>
    presentWorkQueueItem(row as ApplicationRow, { familyName: family_name, givenName: given_name }),
  );
}
