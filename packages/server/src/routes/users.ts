/**
 * Staff accounts of the tenant, for its administrator: list, create, and reset a password (a generated one is
 * returned once; the user's sessions end).
 */
import {
  CreateUserSchema,
  createUser,
  listUsers,
  randomPassword,
  resetPassword,
  USERNAME,
  UserSchema,
} from '@zairyu/core';
import { z } from 'zod';
import { contextOf } from '../context.ts';
import { defineRoute } from '../contract/define-route.ts';
import { setNextLink } from '../contract/register-routes.ts';
import type { AppDeps } from '../deps.ts';
import { PageQuery } from './common.ts';

/** /users. */
export function userRoutes(deps: AppDeps) {
  return [
    defineRoute({
      operationId: 'listUsers',
      method: 'GET',
      url: '/users',
      tag: 'users',
      summary: "The tenant's staff accounts (administrators)",
      action: 'users.read',
      query: PageQuery,
      status: 200,
      response: z.array(UserSchema),
      handler: async ({ query, request, reply }) => {
        const page = await listUsers(contextOf(deps, request), query);
        setNextLink(request, reply, page.nextCursor);
        return page.items;
      },
    }),
    defineRoute({
      operationId: 'createUser',
      method: 'POST',
      url: '/users',
      tag: 'users',
      summary: 'Create a staff account (administrators); passwords of at least 12 characters',
      description:
        "Roles of the tenant's kind: authority — bureau-officer (office: a bureau code such as tokyo-bureau), municipal-officer (office: a 全国地方公共団体コード), system-admin (no office); employer — employer-admin, handler, auditor, lookup-only (office: an optional site code).",
      action: 'users.create',
      body: CreateUserSchema,
      bodyExample: {
        username: 'officer.chiyoda',
        password: 'a long passphrase of 12+',
        role: 'municipal-officer',
        officeCode: '131016',
        displayName: 'Chiyoda counter (SANDBOX)',
      },
      status: 201,
      errors: [409],
      response: UserSchema,
      handler: async ({ body, request }) => createUser(contextOf(deps, request), body),
    }),
    defineRoute({
      operationId: 'resetPassword',
      method: 'POST',
      url: '/users/reset-password',
      tag: 'users',
      summary: "Reset a user's password (administrators); without a password one is generated and shown once",
      action: 'users.reset-password',
      body: z.object({ username: USERNAME, password: z.string().min(12).max(1024).optional() }).strict(),
      bodyExample: { username: 'officer.chiyoda' },
      status: 200,
      response: z.object({ user: UserSchema, password: z.string().nullable() }),
      handler: async ({ body, request }) => {
        const generated = body.password === undefined ? randomPassword() : null;
        const user = await resetPassword(contextOf(deps, request), {
          username: body.username,
          password: body.password ?? (generated as string),
        });
        return { user, password: generated };
      },
    }),
  ] as const;
}
