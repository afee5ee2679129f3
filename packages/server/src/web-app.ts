/**
 * The web app (packages/web's build) in the same process as the API: its hashed assets under /assets/ with
 * immutable caching, and index.html for the app's own paths — the guide at / (its pages are `?page=`), the
 * counter console at /counter,
 * the employer console at /employer — so that a reload or a shared link lands on the right page. Every other
 * path stays the API's (an unknown one is still a problem+json 404).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Where `npm run build` puts the web app (packages/web/dist). */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** The app's own paths: each answers index.html and the app's router shows the page. */
export const WEB_APP_PATHS = ['/', '/counter', '/counter/*', '/employer', '/employer/*'];

/** Whether `root` holds a built web app. */
export function hasWebApp(root: string): boolean {
  return existsSync(join(root, 'index.html'));
}

/** Registers the web app found in `root` (call only when `hasWebApp(root)`). */
export async function registerWebApp(app: FastifyInstance, root: string): Promise<void> {
  const index = join(root, 'index.html');
  await app.register(fastifyStatic, {
    root: join(root, 'assets'),
    prefix: '/assets/',
    decorateReply: false,
    // names carry their content hash: a changed file is a new name
    immutable: true,
    maxAge: '365d',
    // the build writes .br and .gz beside each asset (scripts/ensure-web-build.ts): sent as they are
    preCompressed: true,
    index: false,
    schemaHide: true,
  });
  const sendIndex = async (_request: unknown, reply: FastifyReply) => {
    // read each time: a rebuild (npm run build) is served without a restart; the page itself is never cached
    const html = await readFile(index, 'utf8');
    return reply.type('text/html; charset=utf-8').send(html);
  };
  for (const url of WEB_APP_PATHS)
    app.get(url, { config: { auth: 'public' }, schema: { hide: true } }, sendIndex);
}
