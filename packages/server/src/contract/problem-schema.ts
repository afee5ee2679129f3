/**
 * The problem document (RFC 9457) every error response is: a stable `code`, a `title` in the caller's language
 * (Accept-Language: ja, en, ja-easy), the technical `detail`, every input problem in `errors`, and the rules'
 * reasons (with their messages and citations) for a refused application.
 */
import { z } from 'zod';

/** One input problem: the dotted path of the field, a stable code, and what is wrong. */
export const InputErrorSchema = z.object({
  path: z.string().meta({ example: 'body.stayExpiry' }),
  code: z.string().meta({ example: 'invalid-format' }),
  message: z.string(),
});

/** A refusal reason from the rules: code, message in the caller's language, citations. */
export const ReasonSchema = z.object({
  code: z.string().meta({ example: 'stay-expired' }),
  message: z.string().optional(),
  citations: z.array(z.unknown()),
});

/** A problem document. */
export const ProblemSchema = z
  .object({
    type: z.string().meta({ example: 'urn:zairyu:problem:invalid-input' }),
    title: z.string().meta({ description: "What went wrong, in the caller's language" }),
    status: z.number().int(),
    detail: z.string(),
    instance: z.string().meta({ description: 'urn:zairyu:request:<request id>' }),
    code: z.string().meta({ description: 'Stable machine code', example: 'invalid-input' }),
    errors: z.array(InputErrorSchema).optional(),
    reasons: z.array(ReasonSchema).optional(),
    details: z.record(z.string(), z.unknown()).optional(),
  })
  .meta({ id: 'Problem' });

/** A problem document. */
export type Problem = z.infer<typeof ProblemSchema>;
