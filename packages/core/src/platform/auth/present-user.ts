/**
 * The user as commands return it: never the password hash.
 */
import type { Selectable } from 'kysely';
import type { UsersTable } from '../../db/schema.ts';
import type { Role } from '../context.ts';

/** A user account. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  officeCode: string | null;
  createdAt: string;
  disabledAt: string | null;
}

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
