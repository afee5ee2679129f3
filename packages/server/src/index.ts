/**
 * @zairyu/server — the HTTP API of the sandbox issuing authority.
 */
export { BODY_LIMIT, buildApp } from './app.ts';
export { CSRF_HEADER, SESSION_COOKIE } from './auth.ts';
export type { AppDeps } from './deps.ts';
export { serverTasks } from './scheduled-tasks.ts';
export { type StartOptions, startServer } from './start.ts';
