/**
 * Validation of municipality calendars supplied as configuration (CLI --calendars, server settings).
 */
import { z } from 'zod';
import type { MunicipalityCalendar, MunicipalityCalendars } from './calendar.ts';
import { isIsoDate } from './date.ts';
import { isValidMunicipalityCode } from './municipality-code.ts';

const isoDate = z.string().refine(isIsoDate, { error: 'expected a date YYYY-MM-DD' });

/** One municipality's calendar. */
export const MunicipalityCalendarSchema = z
  .object({
    code: z.string().refine(isValidMunicipalityCode, { error: 'not a valid 全国地方公共団体コード' }),
    name: z.string().optional(),
    openWeekdays: z.array(z.number().int().min(0).max(6)).optional(),
    openOnHolidays: z.boolean().optional(),
    yearEndClosure: z.boolean().optional(),
    extraOpenDates: z.array(isoDate).optional(),
    extraClosedDates: z.array(isoDate).optional(),
    source: z.string().optional(),
  })
  .strict();

/** A list of calendars. */
export const MunicipalityCalendarsSchema = z.array(MunicipalityCalendarSchema);

/** Validates a calendar list and indexes it by code; returns issues instead of throwing. */
export function parseMunicipalityCalendars(
  input: unknown,
): { ok: true; value: MunicipalityCalendars } | { ok: false; issues: { path: string; detail: string }[] } {
  const r = MunicipalityCalendarsSchema.safeParse(input);
  if (!r.success)
    return {
      ok: false,
      issues: r.error.issues.map((i) => ({ path: i.path.map(String).join('.'), detail: i.message })),
    };
  const value: Record<string, MunicipalityCalendar> = {};
  for (const c of r.data) value[c.code] = c;
  return { ok: true, value };
}
