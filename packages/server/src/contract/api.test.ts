/**
 * The typed contract the web app imports is the server's own: operation ids, methods, paths, inputs and
 * responses come from the route list, so a change to a route's schema changes what the client may send and
 * gets back (checked by tsc through these type assertions), and every error code the API answers with has a
 * title in ja, en and ja-easy.
 */
import { DOMAIN_ERROR_CODES } from '@zairyu/core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ERROR_CODES } from '../errors/catalog.ts';
import type { Api, OperationId } from './api.ts';

describe('the typed API contract', () => {
  it('names every operation with its method, path, inputs and response', () => {
    expectTypeOf<Api['listResidents']['method']>().toEqualTypeOf<'GET'>();
    expectTypeOf<Api['listResidents']['url']>().toEqualTypeOf<'/residents'>();
    expectTypeOf<
      Api['listResidents']['response']['items'][number]['municipalityCode']
    >().toEqualTypeOf<string>();
    expectTypeOf<Api['fileApplication']['body']['procedure']>().toExtend<string>();
    expectTypeOf<Api['grantApplication']['params']>().toEqualTypeOf<{ id: string }>();
    expectTypeOf<Api['guide']['response']['specifiedCard']['available']>().toEqualTypeOf<boolean>();
    expectTypeOf<Api['login']['body']>().toEqualTypeOf<{
      username: string;
      password: string;
      tenant?: string;
    }>();
    expectTypeOf<Api['logout']['response']>().toEqualTypeOf<undefined>();
    expectTypeOf<'health'>().toExtend<OperationId>();
    const ids: OperationId[] = ['health', 'listResidents', 'getCardChip', 'verifyAudit'];
    expect(ids).toHaveLength(4);
  });

  it('has a title for every code core and the server answer with', () => {
    for (const code of DOMAIN_ERROR_CODES) expect(ERROR_CODES).toContain(code);
  });
});
