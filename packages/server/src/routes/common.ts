/**
 * Schemas shared by the route files: an id in the path, and cursor paging (every list takes `limit` and
 * `cursor`; the next page's cursor comes back in `Link: <…>; rel="next"` and `x-next-cursor`, and in the body
 * where the body is an object).
 */
import { z } from 'zod';

/** `{id}` in the path. */
export const IdParams = z.object({ id: z.string().min(1).max(100) });

/** Paging of a list. */
export const PageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).optional().meta({ description: '1–500, default 100' }),
  cursor: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: 'The x-next-cursor of the previous page' }),
});
