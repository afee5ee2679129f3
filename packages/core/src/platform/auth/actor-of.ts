/**
 * The Actor of a user row: what authentication hands to commands (the tenant kind follows from the role).
 */
import type { Selectable } from 'kysely';
import type { UsersTable } from '../../db/schema.ts';
import { type Actor, actorFor } from '../context.ts';
import type { Role } from '../tenants/tenant-kinds.ts';

/** The actor a user acts as. */
export function actorOf(row: Selectable<UsersTable>): Actor {
  return actorFor({
    userId: row.id,
    username: row.username,
    role: row.role as Role,
    officeCode: row.office_code,
    tenantId: row.tenant_id,
  });
}
