/**
 * What a chip read-back returns: the card's chip fields (codes and `YYYYMMDD` dates, as the chip holds them)
 * with their decoded labels, whether each image is on the chip (never the images), and the verdict — one
 * entry per check, `SUCCEEDED | FAILED | NOT_CHECKED | NOT_PRESENT` with a kebab-case reason. An explicit
 * allowlist: nothing else of the reader's result (no transcript, no files) and nothing of a 個人番号, which
 * the reader never selects.
 */
import { CHECK_NAMES, type ReadResult } from '@zairyu/card';
import { z } from 'zod';

const CHECK_STATUSES = ['SUCCEEDED', 'FAILED', 'NOT_CHECKED', 'NOT_PRESENT'] as const;
const PRESENCE = z.enum(['present', 'absent']);
const text = z.string().nullable();

/** The chip fields a read-back returns (null where the card type has no such field). */
export const ChipFieldsSchema = z.object({
  cardNumber: z.string(),
  specVersion: text,
  cardExpiry: text,
  birthDate: text,
  sex: text,
  nationality: text,
  status: text,
  periodOfStay: text,
  permissionType: text,
  permissionDate: text,
  workRestriction: text,
  stayExpiry: text,
  extraActivity: text,
  extraActivityExpiry: text,
  individualPermission: text,
  applicationPending: text,
  address: text.meta({ description: '1st-generation cards only (later cards hold an address image)' }),
  addressWrittenOn: text,
  municipalityCode: text,
});

/** One check of the verdict. */
export const VerdictEntrySchema = z.object({
  check: z.enum(CHECK_NAMES),
  status: z.enum(CHECK_STATUSES),
  reason: z.string().meta({ description: 'A stable kebab-case code', example: 'card-valid' }),
  anchorSha256: z.string().optional().meta({ description: 'certificate-chain SUCCEEDED: the trust anchor' }),
  anchorSource: z.enum(['sandbox-ca', 'supplied', 'pinned']).optional(),
});

/** A chip read-back as presented. */
export const ChipReadSchema = z
  .object({
    cardId: z.string(),
    cardType: z.string(),
    generation: z.enum(['gen1', 'gen2', 'specified']),
    fields: ChipFieldsSchema,
    labels: z.record(z.string(), z.object({ ja: z.string(), en: z.string() }).nullable()),
    images: z
      .object({ face: PRESENCE, name: PRESENCE, address: PRESENCE, front: PRESENCE })
      .meta({ description: 'Whether each image is on the chip; the images themselves are never returned' }),
    verdict: z.array(VerdictEntrySchema).meta({ description: 'One entry per check, in a fixed order' }),
    readAt: z.string().meta({ description: 'The instant of the read (ISO)' }),
  })
  .meta({ id: 'ChipRead' });

/** A chip read-back. */
export type ChipRead = z.infer<typeof ChipReadSchema>;

/** Presents the reader's result (images left out; only the allowlisted fields). */
export function presentChipRead(cardId: string, r: ReadResult, readAt: string): ChipRead {
  const f = r.fields;
  return {
    cardId,
    cardType: r.cardType,
    generation: r.generation,
    fields: {
      cardNumber: f.cardNumber,
      specVersion: f.specVersion,
      cardExpiry: f.cardExpiry,
      birthDate: f.birthDate,
      sex: f.sex,
      nationality: f.nationality,
      status: f.status,
      periodOfStay: f.periodOfStay,
      permissionType: f.permissionType,
      permissionDate: f.permissionDate,
      workRestriction: f.workRestriction,
      stayExpiry: f.stayExpiry,
      extraActivity: f.extraActivity,
      extraActivityExpiry: f.extraActivityExpiry,
      individualPermission: f.individualPermission,
      applicationPending: f.applicationPending,
      address: f.address,
      addressWrittenOn: f.addressWrittenOn,
      municipalityCode: f.municipalityCode,
    },
    labels: Object.fromEntries(
      Object.entries(r.labels).map(([k, l]) => [k, l ? { ja: l.ja, en: l.en } : null]),
    ),
    images: { face: r.images.face, name: r.images.name, address: r.images.address, front: r.images.front },
    verdict: r.verdict.map((v) => ({
      check: v.check,
      status: v.status,
      reason: v.reason,
      ...(v.anchorSha256 ? { anchorSha256: v.anchorSha256 } : {}),
      ...(v.anchorSource ? { anchorSource: v.anchorSource } : {}),
    })),
    readAt,
  };
}

/** The names of the chip fields a read-back returned with a value (for the audit event: names, not values). */
export function chipFieldsRead(read: ChipRead): string[] {
  return Object.entries(read.fields)
    .filter(([, v]) => v !== null && v !== '')
    .map(([k]) => `fields.${k}`);
}
