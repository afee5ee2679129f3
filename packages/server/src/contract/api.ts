/**
 * Every route of the HTTP API in one list, and the typed contract derived from it: the web app imports the
 * `Api` type (types only, checked by the import check) and calls operations by id with typed inputs and
 * responses — the same zod schemas the server validates with, so the client cannot drift from the server.
 */
import type { AppDeps } from '../deps.ts';
import { applicationRoutes } from '../routes/applications.ts';
import { auditRoutes } from '../routes/audit.ts';
import { authRoutes } from '../routes/auth.ts';
import { cardRoutes } from '../routes/cards.ts';
import { publicRoutes } from '../routes/public.ts';
import { residentRoutes } from '../routes/residents.ts';
import { systemRoutes } from '../routes/system.ts';
import { taskRoutes } from '../routes/tasks.ts';
import { userRoutes } from '../routes/users.ts';
import { workQueueRoutes } from '../routes/work-queue.ts';
import type { SecurityEvents } from '../security-events.ts';
import type { ApiContract } from './define-route.ts';

/** All routes of the API. */
export function allRoutes(deps: AppDeps, security: SecurityEvents) {
  return [
    ...systemRoutes(deps),
    ...authRoutes(deps, security),
    ...userRoutes(deps),
    ...residentRoutes(deps),
    ...applicationRoutes(deps),
    ...workQueueRoutes(deps),
    ...cardRoutes(deps),
    ...auditRoutes(deps),
    ...taskRoutes(deps),
    ...publicRoutes(deps),
  ] as const;
}

/** The API contract: operation id → method, path, params, query, body and response types. */
export type Api = ApiContract<ReturnType<typeof allRoutes>>;

/** An operation id of the API. */
export type OperationId = keyof Api;
