/**
 * Login and logout for people (session cookie + CSRF token; the login names the tenant, defaulting to the
 * sandbox authority), who am I, the own tenant, and API tokens for programs.
 */
import {
  ApiTokenSchema,
  CreateApiTokenSchema,
  authenticate as checkPassword,
  createApiToken,
  createSession,
  DEFAULT_TENANT,
  deleteSession,
  getOwnTenant,
  japanDate,
  listApiTokens,
  NewApiTokenSchema,
  permittedActions,
  ROLES,
  revokeApiToken,
  TENANT_KINDS,
  TenantSchema,
} from '@zairyu/core';
import { z } from 'zod';
import { SESSION_COOKIE } from '../auth.ts';
import { contextOf } from '../context.ts';
import { defineRoute } from '../contract/define-route.ts';
import { setNextLink } from '../contract/register-routes.ts';
import type { AppDeps } from '../deps.ts';
import { ProblemError } from '../problem.ts';
import type { SecurityEvents } from '../security-events.ts';
import { IdParams, PageQuery } from './common.ts';

const Me = z.object({
  username: z.string(),
  role: z.enum(ROLES),
  officeCode: z.string().nullable(),
  tenantId: z.string(),
  tenantKind: z.enum(TENANT_KINDS),
});

const actorView = (a: z.infer<typeof Me>) => ({
  username: a.username,
  role: a.role,
  officeCode: a.officeCode,
  tenantId: a.tenantId,
  tenantKind: a.tenantKind,
});

/** /auth/login, /auth/logout, /auth/me, /tenant, /api-tokens. */
export function authRoutes(deps: AppDeps, security: SecurityEvents) {
  return [
    defineRoute({
      operationId: 'login',
      method: 'POST',
      url: '/auth/login',
      tag: 'auth',
      summary: 'Log in; sets the session cookie and returns the CSRF token for unsafe requests',
      description:
        'In /docs the CSRF token of a successful login is filled in for the following requests. `tenant` defaults to the sandbox authority (`default`).',
      action: null,
      rateLimit: 20,
      body: z
        .object({
          username: z.string().min(1).max(100),
          password: z.string().min(1).max(1024),
          tenant: z.string().min(1).max(40).optional(),
        })
        .strict(),
      bodyExample: { username: 'demo-bureau', password: 'the password printed at the first start' },
      status: 200,
      response: z.object({ user: Me, csrfToken: z.string(), expiresAt: z.string() }),
      handler: async ({ body, request, reply }) => {
        const tenantId = body.tenant ?? DEFAULT_TENANT;
        const actor = await checkPassword(deps.db, body.username, body.password, tenantId);
        if (!actor) {
          const known = await deps.db
            .selectFrom('tenants')
            .select('id')
            .where('id', '=', tenantId)
            .executeTakeFirst();
          await security.record(request, 'login-failed', { tenantId: known ? tenantId : undefined });
          throw new ProblemError(401, 'invalid-credentials', 'unknown user or wrong password');
        }
        const session = await createSession(deps.db, actor.userId, deps.clock, request.id);
        reply.setCookie(SESSION_COOKIE, session.id, {
          httpOnly: true,
          sameSite: 'strict',
          secure: request.protocol === 'https',
          path: '/',
          expires: new Date(session.expiresAt),
        });
        return { user: actorView(actor), csrfToken: session.csrfToken, expiresAt: session.expiresAt };
      },
    }),
    defineRoute({
      operationId: 'logout',
      method: 'POST',
      url: '/auth/logout',
      tag: 'auth',
      summary: 'Log out (ends the session)',
      action: 'sessions.delete',
      status: 204,
      response: null,
      handler: async ({ request, reply }) => {
        const sid = request.cookies[SESSION_COOKIE];
        if (sid) await deleteSession(deps.db, sid, deps.clock, request.id);
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
        return undefined;
      },
    }),
    defineRoute({
      operationId: 'me',
      method: 'GET',
      url: '/auth/me',
      tag: 'auth',
      summary: 'Who am I, and which policy actions my role may perform in my tenant',
      description:
        '`actions` come from the same policy tables the server enforces (for a console to offer only what the policy allows); each action is still checked, with its conditions such as the municipality, when it runs.',
      action: 'sessions.read',
      status: 200,
      response: Me.extend({
        actions: z.array(z.string()).meta({ example: ['sessions.read', 'residents.read'] }),
        today: z.string().meta({
          description: "The authority's day in Japan (YYYY-MM-DD): the day its counters decide on",
          example: '2026-12-03',
        }),
      }),
      handler: async ({ request }) => {
        const actor = contextOf(deps, request).actor;
        return { ...actorView(actor), actions: permittedActions(actor), today: japanDate(deps.clock.now()) };
      },
    }),
    defineRoute({
      operationId: 'getTenant',
      method: 'GET',
      url: '/tenant',
      tag: 'auth',
      summary: 'The tenant I belong to (its kind: authority or employer)',
      action: 'tenants.read',
      status: 200,
      response: TenantSchema,
      handler: async ({ request }) => getOwnTenant(contextOf(deps, request)),
    }),
    defineRoute({
      operationId: 'createApiToken',
      method: 'POST',
      url: '/api-tokens',
      tag: 'auth',
      summary: 'Create an API token for the current user (shown once)',
      action: 'api-tokens.create',
      body: CreateApiTokenSchema,
      bodyExample: { name: 'nightly report script' },
      status: 201,
      response: NewApiTokenSchema,
      handler: async ({ body, request }) => createApiToken(contextOf(deps, request), body),
    }),
    defineRoute({
      operationId: 'listApiTokens',
      method: 'GET',
      url: '/api-tokens',
      tag: 'auth',
      summary: 'My API tokens (names and dates, never the tokens)',
      action: 'api-tokens.read',
      query: PageQuery,
      status: 200,
      response: z.array(ApiTokenSchema),
      handler: async ({ query, request, reply }) => {
        const page = await listApiTokens(contextOf(deps, request), query);
        setNextLink(request, reply, page.nextCursor);
        return page.items;
      },
    }),
    defineRoute({
      operationId: 'revokeApiToken',
      method: 'DELETE',
      url: '/api-tokens/:id',
      tag: 'auth',
      summary: 'Revoke one of your API tokens (administrators: any of the tenant)',
      action: 'api-tokens.revoke',
      params: IdParams,
      status: 204,
      response: null,
      handler: async ({ params, request }) => {
        await revokeApiToken(contextOf(deps, request), { tokenId: params.id });
        return undefined;
      },
    }),
  ] as const;
}
