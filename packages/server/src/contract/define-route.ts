/**
 * One route of the HTTP API as data: its operation id, method and path, the policy action it runs (which the
 * authorization matrix and the OpenAPI extension `x-zairyu-action` read), zod schemas of its parameters, query,
 * body and success body (the same schemas core validates and presents with), the domain errors it can answer
 * with, and a handler. `registerRoutes` turns the list into Fastify routes with a complete OpenAPI description;
 * `ApiContract` turns the same list into the typed client contract for the web app.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';

/** HTTP methods the API uses. */
export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';

type Z = z.ZodType;
type Parsed<T> = T extends Z ? z.output<T> : undefined;

/** What a handler receives: the validated input and the raw request and reply (for headers, cookies). */
export interface HandlerInput<P, Q, B> {
  params: Parsed<P>;
  query: Parsed<Q>;
  body: Parsed<B>;
  request: FastifyRequest;
  reply: FastifyReply;
}

/** A route of the API. */
export interface RouteSpec<
  Id extends string,
  M extends Method,
  U extends string,
  P extends Z | undefined,
  Q extends Z | undefined,
  B extends Z | undefined,
  R extends Z | null,
> {
  operationId: Id;
  method: M;
  url: U;
  tag: string;
  summary: string;
  description?: string;
  /** The policy action the route runs (null: a public route that needs no login). */
  action: string | null;
  params?: P;
  query?: Q;
  body?: B;
  /** An example request body for /docs. */
  bodyExample?: unknown;
  /** The success status. */
  status: 200 | 201 | 204;
  /** The success body (null: no body). */
  response: R;
  /** Error statuses the route can answer with besides 400, 401, 403, 404, 429 and 500. */
  errors?: readonly (409 | 413 | 422 | 503)[];
  /** Per-route rate limit (requests per minute), or false for none. */
  rateLimit?: number | false;
  handler(input: HandlerInput<P, Q, B>): Promise<R extends Z ? z.output<R> : undefined>;
}

/** Any route (for lists of routes). */
// biome-ignore lint/suspicious/noExplicitAny: a list holds routes of every shape
export type AnyRoute = RouteSpec<string, Method, string, any, any, any, any>;

/** Defines a route, keeping its literal id, method and path for the typed contract. */
export function defineRoute<
  const Id extends string,
  const M extends Method,
  const U extends string,
  P extends Z | undefined = undefined,
  Q extends Z | undefined = undefined,
  B extends Z | undefined = undefined,
  R extends Z | null = null,
>(spec: RouteSpec<Id, M, U, P, Q, B, R>): RouteSpec<Id, M, U, P, Q, B, R> {
  return spec;
}

type InputOf<T> = T extends Z ? z.input<T> : never;
type OutputOf<T> = T extends Z ? z.output<T> : undefined;

/** The typed contract of a list of routes: per operation id, its method, path, inputs and response. */
export type ApiContract<T extends readonly AnyRoute[]> = {
  [R in T[number] as R['operationId']]: R extends RouteSpec<
    string,
    infer M,
    infer U,
    infer P,
    infer Q,
    infer B,
    infer Res
  >
    ? {
        method: M;
        url: U;
        params: InputOf<P>;
        query: InputOf<Q>;
        body: InputOf<B>;
        response: OutputOf<Res>;
      }
    : never;
};
