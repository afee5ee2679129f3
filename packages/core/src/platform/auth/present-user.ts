/**
 * The user as commands return it: an explicit allowlist, never the password hash.
 */
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { UsersTable } from '../../db/schema.ts';
import { ROLES, type Role } from '../tenants/tenant-kinds.ts';

/** A user account as presented. */
export const UserSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  officeCode: z.string().nullable(),
  createdAt: z.string(),
  disabledAt: z.string().nullable(),
});

/** A user account. */
export type User = z.infer<typeof UserSchema>;

/** Presents a user row. */
export function presentUser(row: Selectable<UsersTable>): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    officeCode: row.office_code,
    createdAt: row.created_at,
    disabledAt: row.disabled_at,
  };
}
