/**
 * The reader facade — the only file that composes the layers: transport → APDU conversation (auth, SM) →
 * file codecs → signature and trust verification → one result with the chip's own field values, decoded
 * labels beside them, image presence, a JMRTD-style verdict and the transcript counts. It never selects a My
 * Number application and never returns raw APDUs or chip files.
 */
import type { KeyObject } from 'node:crypto';
import { CardError } from './apdu/card-error.ts';
import { CardFileError } from './files/card-file-error.ts';
import {
  type CardFileSet,
  cardEfLayout,
  decodeCardFiles,
  type ResidenceCardData,
} from './files/card-files.ts';
import { type CardType, cardGeneration, isSpecialPermanentResident } from './files/card-type.ts';
import { type ChipOnlyField, chipOnlyFields } from './files/chip-only-fields.ts';
import { periodOfStayLabel } from './files/field-labels.ts';
import {
  CARD_TYPE_LABELS,
  COMPREHENSIVE_PERMISSION_LABELS,
  type CodeLabel,
  RENEWAL_APPLICATION_LABELS,
  SEX_LABELS,
  WORK_RESTRICTION_LABELS,
} from './files/labels.ts';
import { parsePeriodOfStay } from './files/period-of-stay.ts';
import { SANDBOX_PERMISSION_TYPES, SANDBOX_STATUS_CODES, sandboxCodeLabel } from './files/sandbox-codes.ts';
import { signedTargetParts } from './files/signed-target.ts';
import { ApduChannel, type Transcript } from './reader/apdu-channel.ts';
import { readFiles } from './reader/read-files.ts';
import type { Transport } from './transport/transport.ts';
import { type RevocationLookup, revocationVerdict } from './verify/revocation.ts';
import { verifyGen1, verifyGen2 } from './verify/signature.ts';
import type { TrustStore } from './verify/trust.ts';
import { buildVerdict, type Verdict, type VerdictEntry, verdictEntry } from './verify/verdict.ts';

/** What a read needs besides the transport. */
export interface ReadOptions {
  /** The 12-character card number (the access key). */
  cardNumber: string;
  trust: TrustStore;
  /** 特定 cards: the key-delivery public key. */
  deliveryPublicKey?: KeyObject;
  /** The moment of the read (a clock is an argument). */
  now: Date;
  revocation?: RevocationLookup;
  random?: (n: number) => Uint8Array;
}

/** Chip field values as the chip holds them (codes, `YYYYMMDD`); null where the card type has no such field. */
export interface CardFields {
  cardNumber: string;
  specVersion: string | null;
  cardExpiry: string | null;
  birthDate: string | null;
  sex: string | null;
  nationality: string | null;
  status: string | null;
  periodOfStay: string | null;
  permissionType: string | null;
  permissionDate: string | null;
  /**
   * 交付年月日: always null — the source article (⑤) lists it among the chip-only fields, but the published gen-2
   * layout has no tag for it (chip.md §6); `chipOnly` says so with `no-chip-tag`.
   */
  issueDate: null;
  workRestriction: string | null;
  stayExpiry: string | null;
  extraActivity: string | null;
  extraActivityExpiry: string | null;
  individualPermission: string | null;
  applicationPending: string | null;
  /** Gen 1 only: the 住居地 text written on the back (gen 2 has an address image instead). */
  address: string | null;
  addressWrittenOn: string | null;
  municipalityCode: string | null;
  /** Gen 1 only: permission texts. */
  comprehensivePermissionText: string | null;
  individualPermissionText: string | null;
  commissionerEntry: string | null;
}

/** The result of a read. */
export interface ReadResult {
  cardType: CardType;
  generation: 'gen1' | 'gen2' | 'specified';
  fields: CardFields;
  /** Decoded labels beside the codes (absent codes are not guessed). */
  labels: Record<string, { ja: string; en: string } | null>;
  images: { face: Presence; name: Presence; address: Presence; front: Presence };
  /**
   * The fields that are no longer printed on the card face (source article ⑤: 在留期間, 許可の種類, 許可年月日,
   * 交付年月日), each with its label and where it is on this card; empty when the read stopped early.
   */
  chipOnly: ChipOnlyField[];
  verdict: Verdict;
  transcript: Transcript;
}

/** Whether an image is on the card. */
export type Presence = 'present' | 'absent';

/** Images of the card for display (never logged; the caller decides whether to keep them). */
export interface CardImages {
  face: Uint8Array | null;
  name: Uint8Array | null;
  address: Uint8Array | null;
  front: Uint8Array | null;
}

const EMPTY_FIELDS = (cardNumber: string): CardFields => ({
  cardNumber,
  specVersion: null,
  cardExpiry: null,
  birthDate: null,
  sex: null,
  nationality: null,
  status: null,
  periodOfStay: null,
  permissionType: null,
  permissionDate: null,
  issueDate: null,
  workRestriction: null,
  stayExpiry: null,
  extraActivity: null,
  extraActivityExpiry: null,
  individualPermission: null,
  applicationPending: null,
  address: null,
  addressWrittenOn: null,
  municipalityCode: null,
  comprehensivePermissionText: null,
  individualPermissionText: null,
  commissionerEntry: null,
});

/** `YYYYMMDD` of a moment in Japan time. */
export function japanDate(now: Date): string {
  return new Date(now.getTime() + 9 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
}

function fieldsOf(d: ResidenceCardData): CardFields {
  const f = EMPTY_FIELDS(d.cardNumber);
  f.specVersion = d.specVersion;
  if (d.printed) {
    const p = d.printed;
    Object.assign(f, {
      cardExpiry: p.cardExpiry,
      birthDate: p.birthDate,
      sex: p.sex,
      nationality: p.nationality,
      status: p.status,
      periodOfStay: p.periodOfStay,
      permissionType: p.permissionType ?? null,
      permissionDate: p.permissionDate ?? null,
      workRestriction: p.workRestriction ?? null,
      stayExpiry: p.stayExpiry ?? null,
    });
  }
  if (d.activityPermission) {
    f.extraActivity = d.activityPermission.comprehensive;
    f.extraActivityExpiry = d.activityPermission.comprehensiveExpiry || null;
    f.individualPermission = d.activityPermission.individual;
  }
  f.applicationPending = d.renewalApplication ?? null;
  if (d.address) {
    f.address = d.address.address;
    f.addressWrittenOn = d.address.date;
    f.municipalityCode = d.address.municipalityCode;
  }
  if (d.comprehensivePermissionText !== undefined)
    f.comprehensivePermissionText = d.comprehensivePermissionText;
  if (d.individualPermissionText !== undefined) f.individualPermissionText = d.individualPermissionText;
  f.commissionerEntry = d.otherEntries?.commissionerEntry ?? null;
  return f;
}

function label(table: Readonly<Record<string, CodeLabel>>, code: string | null) {
  const l = code === null ? undefined : table[code];
  return l ? { ja: l.ja, en: l.en } : null;
}

function labelsOf(type: CardType, f: CardFields): ReadResult['labels'] {
  let period: { ja: string; en: string } | null = null;
  if (f.periodOfStay) {
    try {
      period = periodOfStayLabel(parsePeriodOfStay(f.periodOfStay));
    } catch {
      period = null;
    }
  }
  const status = f.status ? sandboxCodeLabel(SANDBOX_STATUS_CODES, f.status) : undefined;
  const permission = f.permissionType
    ? sandboxCodeLabel(SANDBOX_PERMISSION_TYPES, f.permissionType)
    : undefined;
  return {
    cardType: label(CARD_TYPE_LABELS, type),
    sex: label(SEX_LABELS, f.sex),
    status: status ? { ja: status.ja, en: `${status.en} (sandbox code table)` } : null,
    periodOfStay: period,
    permissionType: permission ? { ja: permission.ja, en: `${permission.en} (sandbox code table)` } : null,
    workRestriction: label(WORK_RESTRICTION_LABELS, f.workRestriction),
    extraActivity: label(COMPREHENSIVE_PERMISSION_LABELS, f.extraActivity),
    applicationPending: label(RENEWAL_APPLICATION_LABELS, f.applicationPending),
  };
}

/** The checks that read the card's own entries (expiry, work, permissions, pending application). */
function entryChecks(type: CardType, f: CardFields, today: string): VerdictEntry[] {
  const out: VerdictEntry[] = [];
  const gen1 = cardGeneration(type) === 'gen1';
  const spr = isSpecialPermanentResident(type);
  const imageOnly = (check: Parameters<typeof verdictEntry>[0]) =>
    verdictEntry(check, 'NOT_CHECKED', 'printed-in-image-only');
  if (gen1) out.push(imageOnly('card-expiry'), imageOnly('stay-expiry'), imageOnly('work-restriction'));
  else {
    const ce = f.cardExpiry;
    out.push(
      !ce
        ? verdictEntry('card-expiry', 'NOT_PRESENT', 'no-card-expiry')
        : ce >= today
          ? verdictEntry('card-expiry', 'SUCCEEDED', 'card-valid')
          : verdictEntry('card-expiry', 'FAILED', 'card-expired'),
    );
    if (spr || f.periodOfStay === '0000' || !f.stayExpiry)
      out.push(
        verdictEntry('stay-expiry', 'NOT_PRESENT', spr ? 'special-permanent-resident' : 'indefinite-period'),
      );
    else if (f.stayExpiry >= today)
      out.push(verdictEntry('stay-expiry', 'SUCCEEDED', 'within-period-of-stay'));
    else if (f.applicationPending === '1')
      // a timely application keeps the stay lawful (特例期間); the chip cannot show whether it was timely
      out.push(verdictEntry('stay-expiry', 'NOT_CHECKED', 'expired-application-pending'));
    else out.push(verdictEntry('stay-expiry', 'FAILED', 'period-of-stay-expired'));
    if (spr || f.workRestriction === null)
      out.push(verdictEntry('work-restriction', 'NOT_PRESENT', 'no-work-restriction-field'));
    else {
      const l = WORK_RESTRICTION_LABELS[f.workRestriction];
      if (!l) out.push(verdictEntry('work-restriction', 'FAILED', 'unknown-work-restriction-code'));
      else
        out.push(
          verdictEntry(
            'work-restriction',
            f.workRestriction === '9' ? 'FAILED' : 'SUCCEEDED',
            l.code === 'not-permitted' ? 'work-not-permitted' : l.code,
          ),
        );
    }
  }
  if (spr) out.push(verdictEntry('extra-activity', 'NOT_PRESENT', 'not-applicable'));
  else if (gen1) {
    const any = f.comprehensivePermissionText || f.individualPermissionText;
    out.push(
      any
        ? verdictEntry('extra-activity', 'SUCCEEDED', 'permission-text-present')
        : verdictEntry('extra-activity', 'NOT_PRESENT', 'no-permission'),
    );
  } else if (f.extraActivity === '1' || f.extraActivity === '2') {
    if (f.extraActivityExpiry && f.extraActivityExpiry < today)
      out.push(verdictEntry('extra-activity', 'FAILED', 'permission-expired'));
    else
      out.push(
        verdictEntry(
          'extra-activity',
          'SUCCEEDED',
          f.extraActivity === '1' ? 'comprehensive-permission' : 'comprehensive-permission-education',
        ),
      );
  } else if (f.individualPermission === '1')
    out.push(verdictEntry('extra-activity', 'SUCCEEDED', 'individual-permission'));
  else out.push(verdictEntry('extra-activity', 'NOT_PRESENT', 'no-permission'));
  if (spr || f.applicationPending === null)
    out.push(verdictEntry('application-pending', 'NOT_PRESENT', 'not-applicable'));
  else
    out.push(
      f.applicationPending === '1'
        ? verdictEntry('application-pending', 'SUCCEEDED', 'application-pending')
        : verdictEntry('application-pending', 'NOT_PRESENT', 'no-application'),
    );
  return out;
}

function toFileSet(type: CardType, cardNumber: string, files: Map<string, Uint8Array>): CardFileSet {
  return {
    cardType: type,
    cardNumber,
    files: cardEfLayout(type).flatMap((d) => {
      const content = files.get(`${d.df}/${d.p1.toString(16).toUpperCase()}`);
      return content ? [{ df: d.df, ef: d.ef, p1: d.p1, free: d.free, smOnly: d.smOnly, content }] : [];
    }),
  };
}

/** Reads, decodes and verifies a card. Card-layer failures are CardError (with step and status word). */
export async function readCard(
  transport: Transport,
  options: ReadOptions,
): Promise<{ result: ReadResult; images: CardImages }> {
  const ch = new ApduChannel(transport);
  const read = await readFiles(ch, {
    cardNumber: options.cardNumber,
    deliveryPublicKey: options.deliveryPublicKey,
    random: options.random,
  });
  const type = read.cardType;
  const gen = cardGeneration(type);
  const generation = gen === 'tokutei' ? 'specified' : gen;
  const cardNumber = options.cardNumber.toUpperCase();
  /** The result of a read that stopped before the files could be decoded: nothing but the verdict so far. */
  const stopped = (entries: VerdictEntry[], missing: string): { result: ReadResult; images: CardImages } => ({
    result: {
      cardType: type,
      generation,
      fields: EMPTY_FIELDS(cardNumber),
      labels: {},
      images: { face: 'absent', name: 'absent', address: 'absent', front: 'absent' },
      chipOnly: [],
      verdict: buildVerdict(entries, missing),
      transcript: ch.transcript,
    },
    images: { face: null, name: null, address: null, front: null },
  });
  if (read.access === 'card-number-mismatch')
    return stopped([verdictEntry('card-access', 'FAILED', 'card-number-mismatch')], 'card-access-failed');
  const entries: VerdictEntry[] = [verdictEntry('card-access', 'SUCCEEDED', 'card-number-verified')];
  if (read.secureMessaging === 'failed')
    return stopped(
      [...entries, verdictEntry('secure-messaging', 'FAILED', 'sm-response-invalid')],
      'secure-messaging-failed',
    );
  entries.push(verdictEntry('secure-messaging', 'SUCCEEDED', 'sm-responses-decrypted'));
  const set = toFileSet(type, cardNumber, read.files);
  let data: ResidenceCardData;
  let target: Uint8Array[];
  try {
    data = decodeCardFiles(set);
    target = signedTargetParts(set);
  } catch (e) {
    if (!(e instanceof CardFileError)) throw e;
    throw new CardError({
      step: 'decode-files',
      sw: null,
      code: 'malformed-card-data',
      message: `the card's data is malformed: ${e.message} (${e.code})`,
      cause: e,
    });
  }
  const sig = gen === 'gen1' ? verifyGen1 : verifyGen2;
  entries.push(
    ...sig(target, data.checkCode ?? undefined, data.certificate ?? undefined, options.trust, options.now),
  );
  const fields = fieldsOf(data);
  entries.push(...entryChecks(type, fields, japanDate(options.now)));
  entries.push(await revocationVerdict(options.revocation, { cardNumber, cardExpiry: fields.cardExpiry }));
  const images: CardImages = {
    face: data.face,
    name: data.nameImage ?? null,
    address: data.addressImage ?? null,
    front: data.frontImage ?? null,
  };
  const presence = (x: Uint8Array | null): Presence => (x && x.length > 0 ? 'present' : 'absent');
  return {
    result: {
      cardType: type,
      generation,
      fields,
      labels: labelsOf(type, fields),
      images: {
        face: presence(images.face),
        name: presence(images.name),
        address: presence(images.address),
        front: presence(images.front),
      },
      chipOnly: chipOnlyFields(type, {
        periodOfStay: fields.periodOfStay,
        permissionType: fields.permissionType,
        permissionDate: fields.permissionDate,
        issueDate: fields.issueDate,
      }),
      verdict: buildVerdict(entries),
      transcript: ch.transcript,
    },
    images,
  };
}
