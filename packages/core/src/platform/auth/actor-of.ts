/**
 * The Actor of a user row: what authentication hands to commands.
 */
import type { Selectable } from 'kysely';
import type { UsersTable } from '../../db/schema.ts';
import type { Actor, Role } from '../context.ts';

/** The actor a user acts as. */
export function actorOf(row: Selectable<UsersTable>): Actor {
  return {
    userId: row.id,
    username: row.username,
    role: row.role as Role,
    officeCode: row.office_code,
    tenantId: row.tenant_id,
  };
}
