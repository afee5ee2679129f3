/**
 * Stable machine codes of the Decision. Human text for each lives only in the message catalogs
 * (catalogs/ja.ts, en.ts, ja-easy.ts); the catalogs are typed by these codes, so a missing text fails `tsc`.
 */

/** Why a 特定 card is or is not eligible / available. */
export const REASON_CODES = [
  'eligible',
  'not-mid-long-term',
  'not-in-resident-register',
  'status-not-in-force',
  'before-start-date',
  'online-channel',
  'procedure-not-online',
  'procedure-not-qualifying',
  'procedure-not-applicable',
  'not-requested',
  'stay-expired',
  'filing-deadline-passed',
  'already-holds-specified-card',
  'card-not-presented',
  'my-number-function-ended',
  'personal-appearance-required',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/** Things the holder should know before acting. */
export const WARNING_CODES = [
  'online-issues-ordinary-card',
  'my-number-function-not-extended-in-special-period',
  'my-number-card-extension-in-special-period',
  'not-standalone',
  'lost-card-reissued-as-ordinary',
  'reissue-deadline-passed',
  'procedure-deadline-passed',
  'lawful-stay-ended',
  'stay-expiry-on-closed-day',
  'no-special-period-for-permanent-residence',
  'no-special-period-short-stay',
  'application-filed-after-expiry',
  'card-valid-through-special-period',
  'specified-card-not-continued',
  'driving-licence-not-carried-over',
  'municipality-open-days-vary',
  'before-application-window',
  'wait-for-start-date',
  'card-depends-on-new-status',
  'two-cards-after-return',
  'dates-estimated-from-earliest-date',
  'e-certificate-expiry-at-the-latest',
  'signature-certificate-lapses',
  'no-signature-certificate-under-15',
  'child-filed-by-representative',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** What to do, in order. */
export const STEP_CODES = [
  'police-report',
  'suspend-my-number-functions',
  'reissue-application',
  'receive-ordinary-card',
  'switch-at-next-procedure',
  'return-card',
  'apply-my-number-card-at-municipality',
  'file-with-accompanying-procedure',
  'choose-accompanying-procedure',
  'file-procedure',
  'file-extension-at-bureau',
  'consult-bureau-about-overstay',
  'notify-address-with-new-card',
] as const;
export type StepCode = (typeof STEP_CODES)[number];

/** Duties that come with holding the card (or, without one, the passport). */
export const OBLIGATION_CODES = [
  'carry-card',
  'present-on-request',
  'carry-passport',
  'present-passport-on-request',
] as const;
export type ObligationCode = (typeof OBLIGATION_CODES)[number];

/** Documents for the 特定 request (the accompanying procedure's own are `procedureDocuments`). */
export const DOCUMENT_CODES = [
  'specified-card-application-form',
  'pin-setting-form',
  'photo',
  'proof-of-relationship',
] as const;
export type DocumentCode = (typeof DOCUMENT_CODES)[number];
