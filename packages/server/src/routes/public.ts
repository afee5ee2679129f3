/**
 * The public card-validity lookup (the counterpart of ISA's 在留カード等番号失効情報照会): no login, rate-limited,
 * and answered after the same fixed time whether the number is known or not, so the timing tells nothing.
 * The card library's HttpRevocationLookup and `zairyu card read --revocation-url` ask it.
 */
import { CardValiditySchema, checkCardValidity } from '@zairyu/core';
import { z } from 'zod';
import { defineRoute } from '../contract/define-route.ts';
import type { AppDeps } from '../deps.ts';

/** Every answer of the lookup takes at least this long. */
export const CARD_VALIDITY_ANSWER_MS = 40;

/** Lookups per minute per client address. */
export const CARD_VALIDITY_RATE_LIMIT = 120;

/** /public/card-validity. */
export function publicRoutes(deps: AppDeps) {
  return [
    defineRoute({
      operationId: 'checkCardValidity',
      method: 'GET',
      url: '/public/card-validity/:cardNumber',
      tag: 'public',
      summary:
        'Is this card valid today? (lost / returned / expired / replaced / unknown — nothing personal)',
      description:
        'No login. Rate-limited per client; answers take the same time for known and unknown numbers. `valid: false` with `reason: "unknown"` is a number the authority never issued.',
      action: null,
      rateLimit: CARD_VALIDITY_RATE_LIMIT,
      params: z.object({ cardNumber: z.string().min(1).max(20) }),
      status: 200,
      response: CardValiditySchema,
      handler: async ({ params }) => {
        const started = performance.now();
        try {
          return await checkCardValidity(deps.db, deps.clock, params.cardNumber);
        } finally {
          const left = CARD_VALIDITY_ANSWER_MS - (performance.now() - started);
          if (left > 0) await new Promise((r) => setTimeout(r, left));
        }
      },
    }),
  ] as const;
}
