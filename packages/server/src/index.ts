/**
 * @zairyu/server — the HTTP API of the platform (the sandbox issuing authority and its tenants). The web app
 * imports only its types: `Api` is the typed contract of every operation.
 */
export { BODY_LIMIT, buildApp, CONTENT_SECURITY_POLICY } from './app.ts';
export { CSRF_HEADER, SESSION_COOKIE } from './auth.ts';
export { type Api, allRoutes, type OperationId } from './contract/api.ts';
export type { ApiContract, Method, RouteSpec } from './contract/define-route.ts';
export { type Problem, ProblemSchema } from './contract/problem-schema.ts';
export type { AppDeps } from './deps.ts';
export { ERROR_CODES, ERROR_TITLES, type ErrorCode, errorTitle } from './errors/catalog.ts';
export { negotiateLang } from './lang.ts';
export { serverTasks } from './scheduled-tasks.ts';
export { type StartOptions, startServer } from './start.ts';
