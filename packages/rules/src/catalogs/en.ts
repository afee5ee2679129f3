/** English message catalog. Keys are shared by all catalogs; placeholders are {name}. */
import type { DocumentCode, ObligationCode, ReasonCode, StepCode, WarningCode } from '../codes.ts';
import type { ProcedureDocumentCode } from '../procedures.ts';

export const en = {
  'name.specified': 'specified residence card (特定在留カード)',
  'name.specified-spr': 'specified special permanent resident certificate (特定特別永住者証明書)',
  'summary.available': 'You can request a {specified} together with “{procedure}”.',
  'summary.eligible-not-available':
    'You can hold a {specified}, but you cannot request it in this situation:',
  'summary.not-eligible': 'You cannot get a {specified}:',
  'summary.optional':
    'Getting it is optional. You may keep two cards: your residence card (or certificate) and a separate My Number card.',
  'reason.eligible': 'You are eligible.',
  'reason.not-mid-long-term':
    'Only mid- to long-term residents (and special permanent residents) can get it. A stay of 3 months or less, Temporary Visitor, Diplomat, Official, some Designated Activities, or no status does not count.',
  'reason.not-in-resident-register': 'You are not recorded in the Basic Resident Register (住民票).',
  'hint.register-first':
    'Once you are registered at your municipality (a 住民票 is made when you notify your address), you can request it.',
  'reason.status-not-in-force': 'This status of residence does not exist yet on this date.',
  'reason.before-start-date':
    'The system starts on 14 June 2026 (a Sunday); counters accept requests from Monday 15 June 2026.',
  'reason.online-channel':
    'For the time being it cannot be requested through the online residence application system; apply at a counter.',
  'reason.procedure-not-online':
    'This procedure cannot be filed online at all: do it at the counter (the online system takes only extensions, changes and acquisitions of status).',
  'reason.procedure-not-qualifying':
    'This procedure cannot carry the request. It is made together with a residence procedure at the immigration bureau, or an address notification at the municipality.',
  'reason.procedure-not-applicable': 'This procedure does not apply to your status or card.',
  'reason.not-requested': 'You have not asked for it (it is optional).',
  'reason.stay-expired': 'Your period of stay has ended, so this application can no longer be filed.',
  'reason.filing-deadline-passed':
    'The 30 days to apply for a status of residence after the birth (or loss of Japanese nationality) have passed.',
  'reason.card-not-presented':
    'Without the card, the moving-in notification does not count as the address notification for immigration, so the request cannot go with it.',
  'reason.my-number-function-ended':
    'Your stay continues only through the special period: a specified card issued now would have My Number functions that ended on your original expiry date. Request it with a later procedure.',
  'reason.personal-appearance-required':
    'The request must in principle be made in person. Only for someone under 16, or who cannot come because of illness, may a relative file it (with papers explaining why and proving the relationship); an agent (申請取次) cannot.',
  'reason.already-holds-specified-card':
    'You already hold one; the address is updated on your current card and no new card is issued.',
  'office.immigration-bureau':
    'Where: the regional immigration services bureau (地方出入国在留管理局) for your address.',
  'office.municipality': 'Where: your municipal office (市区町村役場).',
  'office.none': 'No office is involved.',
  'card.specified-residence-card': 'You will receive a specified residence card (特定在留カード).',
  'card.residence-card': 'You will receive an ordinary residence card (在留カード).',
  'card.specified-special-permanent-resident-certificate':
    'You will receive a specified special permanent resident certificate (特定特別永住者証明書).',
  'card.special-permanent-resident-certificate':
    'You will receive an ordinary special permanent resident certificate (特別永住者証明書).',
  'card.none': 'This procedure does not issue a new card.',
  'card-expiry': 'The new card would be valid until {date}.',
  'card-expiry.after-permanent-residence':
    'If permanent residence is granted, the new card runs to the {adult}th birthday after its issue ({child}th if under 18), and so do the My Number functions of a specified card.',
  'current-card.valid-until':
    'Your current card stays valid until {date} while the application is pending (special period).',
  'documents.list': 'For the request, bring: {list}.',
  'documents.separator': ', ',
  'procedure-documents.list': 'For “{procedure}” itself, bring: {list}.',
  'document.specified-card-application-form': 'the application form (特定在留カード等交付申請書)',
  'document.pin-setting-form': 'the PIN-setting form (暗証番号等の設定に関する書面)',
  'document.photo': 'one photo (40 mm × 30 mm, taken within 3 months)',
  'document.proof-of-relationship':
    'papers proving your relationship to the holder (and that you live together)',
  'procedure-document.extension-application-form': 'the application form (在留期間更新許可申請書)',
  'procedure-document.change-of-status-application-form': 'the application form (在留資格変更許可申請書)',
  'procedure-document.permanent-residence-application-form': 'the application form (永住許可申請書)',
  'procedure-document.acquisition-application-form': 'the application form (在留資格取得許可申請書)',
  'procedure-document.card-renewal-application-form': 'the application form (在留カード有効期間更新申請書)',
  'procedure-document.reissue-application-form': 'the re-issue application form (在留カード再交付申請書)',
  'procedure-document.change-of-particulars-form': 'the notification form (在留カード記載事項変更届出書)',
  'procedure-document.certificate-renewal-application-form':
    'the application form (特別永住者証明書有効期間更新申請書)',
  'procedure-document.certificate-reissue-application-form':
    'the re-issue application form (特別永住者証明書再交付申請書)',
  'procedure-document.certificate-particulars-form':
    'the notification form (特別永住者証明書記載事項変更届出書)',
  'procedure-document.ordinary-card-application-form': 'the application form for an ordinary card',
  'procedure-document.procedure-photo': 'one photo for the procedure (40 mm × 30 mm, taken within 3 months)',
  'procedure-document.passport': 'your passport (if you have one)',
  'procedure-document.residence-card': 'your residence card',
  'procedure-document.special-permanent-resident-certificate': 'your special permanent resident certificate',
  'procedure-document.specified-card-to-return': 'the specified card you return',
  'procedure-document.police-report-receipt': 'the police receipt number of the loss or theft report',
  'procedure-document.moving-out-certificate':
    'the moving-out certificate (転出証明書) from your previous municipality',
  'procedure-document.proof-of-change': 'papers proving the change (e.g. of name or nationality)',
  'procedure-document.supporting-documents':
    'the papers your status requires (e.g. from your employer or school)',
  'procedure-document.guarantor-letter': 'a letter of guarantee (身元保証書)',
  'procedure-document.birth-or-nationality-loss-certificate':
    'proof of the birth (出生届受理証明書) or of the loss of Japanese nationality',
  'procedure-document.proof-of-relationship':
    'papers proving your relationship to the person (and that you live together)',
  'procedure-document.agent-certificate': 'the agent’s certificate (申請取次者証明書)',
  'window.from': 'This application is usually accepted from {date}.',
  'earliest.date': 'Earliest day you can do it: {date}.',
  'lawful.until': 'You may lawfully stay until {date}.',
  'lawful.special-period':
    'If the application is still undecided when your period of stay ends, you may stay until the decision or {date}, whichever comes first (special period).',
  'mynumber.expiry': 'The My Number functions of the card work until {date}.',
  'mynumber.unknown':
    'The My Number functions and the e-certificates of the new card will end with the new period of stay granted (the e-certificates at the latest on the 5th birthday after issue).',
  'ecert.expiry':
    'The e-certificates on the card (for signing and for logging in, 署名用・利用者証明用電子証明書) work until {date}.',
  'obligation.carry-card': 'Carry the card at all times (a specified card is legally a residence card).',
  'obligation.present-on-request': 'Show the card when an official asks for it.',
  'obligation.carry-passport': 'Carry your passport at all times.',
  'obligation.present-passport-on-request': 'Show your passport when an official asks for it.',
  'warning.online-issues-ordinary-card':
    'If you apply online, you will receive an ordinary residence card, not a specified one (for the time being).',
  'warning.my-number-function-not-extended-in-special-period':
    'The My Number functions of your specified card are not automatically extended during the special period: they may stop on your original expiry date. Check with your municipality in time.',
  'warning.my-number-card-extension-in-special-period':
    'If you also hold a separate My Number card: while your application is pending, your municipality can extend it once, up to {months} months after your expiry date. Ask before it expires; an expired card cannot be revived.',
  'warning.not-standalone': 'It cannot be requested on its own; it always goes with another procedure.',
  'warning.lost-card-reissued-as-ordinary':
    'After a loss, an ordinary residence card is issued first. You can switch back to a specified card at a later procedure.',
  'warning.reissue-deadline-passed':
    'The 14-day deadline for the re-issue application has passed. Apply as soon as possible.',
  'warning.procedure-deadline-passed':
    'The deadline of this procedure has passed. File it as soon as possible.',
  'warning.lawful-stay-ended': 'Your lawful period of stay has ended. Contact the immigration bureau now.',
  'warning.stay-expiry-on-closed-day':
    'Your period of stay ended on a day the bureau was closed. An extension or change filed at the immigration bureau on its next open day still counts as filed in time; nothing can be done at the municipality until then.',
  'warning.card-valid-through-special-period':
    'The expiry date printed on your card has passed, but the card stays valid until {date} while the application is pending (special period).',
  'warning.no-special-period-for-permanent-residence':
    'A permanent residence application does not extend your stay. Apply for an extension separately before your expiry date.',
  'warning.no-special-period-short-stay':
    'With a period of stay of 30 days or less there is no special period.',
  'warning.application-filed-after-expiry':
    'The application was filed after the expiry date, so there is no special period.',
  'warning.specified-card-not-continued':
    'You will receive an ordinary card: the My Number functions of your specified card end. Ask for a specified card at this procedure if you want to keep one card.',
  'warning.driving-licence-not-carried-over':
    'A driving licence recorded on your current My Number card is not carried over to the new card; have it recorded again at the police.',
  'warning.municipality-open-days-vary':
    'Municipal opening days differ; check with your municipality (some open on weekends).',
  'warning.before-application-window':
    'The usual application window has not opened yet (extensions: about 3 months before the expiry; card renewals: 2 months, or 6 before the 16th birthday).',
  'warning.wait-for-start-date':
    'If you wait until {date}, you can request the specified card with this procedure (counters accept requests from that day).',
  'warning.card-depends-on-new-status':
    'A residence card is issued only if the new status makes you a mid- to long-term resident.',
  'warning.two-cards-after-return':
    'After returning it you will have two cards again; apply for a My Number card at your municipality.',
  'warning.dates-estimated-from-earliest-date':
    'The card dates assume the card is issued on the earliest day; the real issue day may be later.',
  'warning.e-certificate-expiry-at-the-latest':
    'Your e-certificates end on the 5th birthday after they were issued: the date given is the latest it can be. Check the date at your municipality; they can be renewed there from 3 months before.',
  'warning.signature-certificate-lapses':
    'A change of name or address ends the signature certificate (署名用電子証明書) on your card; have a new one issued at your municipality.',
  'warning.no-signature-certificate-under-15':
    'No signature certificate (署名用電子証明書) is issued to a person under 15; the date given is that of the user-authentication certificate.',
  'warning.child-filed-by-representative':
    'For someone under 16, a parent (legal representative) or a relative aged 16 or over who lives with them files it.',
  'step.police-report': 'Report the loss or theft to the police and keep the receipt number.',
  'step.suspend-my-number-functions':
    'Suspend the My Number functions: call 0120-95-0178 (24 hours, every day).',
  'step.reissue-application': 'Apply for a re-issued card within 14 days of learning of the loss.',
  'step.receive-ordinary-card': 'Receive an ordinary card.',
  'step.switch-at-next-procedure':
    'To get a specified card again, request it together with a later qualifying procedure.',
  'step.return-card': 'Return the specified card.',
  'step.apply-my-number-card-at-municipality': 'Apply for a separate My Number card at your municipality.',
  'step.file-with-accompanying-procedure': 'File the request together with the procedure.',
  'step.choose-accompanying-procedure':
    'Choose a procedure to combine it with: a residence procedure at the immigration bureau, or an address notification at the municipality.',
  'step.file-procedure': 'File “{procedure}”.',
  'step.file-extension-at-bureau':
    'File the extension (or change) of your stay at the immigration bureau: it still counts as filed in time.',
  'step.consult-bureau-about-overstay':
    'Go to the immigration bureau and explain your situation (special permission to stay or a departure order).',
  'step.notify-address-with-new-card':
    'With the new card, notify your address at the municipality (you can request the specified card then).',
  'step.deadline': '{step} Deadline: {date}.',
  'penalty.choeki': 'imprisonment with work (懲役)',
  'penalty.kokinkei': 'imprisonment (拘禁刑)',
  'penalty.text':
    'Facilitating illegal employment (入管法73条の2): up to {years} years of {punishment} or a fine of up to ¥{fine}, or both.',
  'penalty.unverified': 'In force from {date} (this date is not yet confirmed).',
  'date.format': '{weekday} {day} {month} {year}',
  'error.invalid-json': 'The input is not valid JSON.',
  'error.required': 'Required field is missing.',
  'error.invalid-type': 'Wrong type of value.',
  'error.invalid-value': 'Value is not one of the allowed values.',
  'error.invalid-format': 'Value has the wrong format.',
  'error.invalid-date': 'Not a real calendar date.',
  'error.unknown-field': 'Unknown field.',
  'error.inconsistent': 'Value contradicts another field.',
  'wizard.title': 'Specified residence card guide (特定在留カード)',
  'wizard.status': 'Your status of residence',
  'wizard.period': 'Period of stay granted (e.g. 1 year = P1Y, 6 months = P6M)',
  'wizard.stay-expiry': 'Expiry date of your period of stay (YYYY-MM-DD)',
  'wizard.birth-date': 'Date of birth (YYYY-MM-DD)',
  'wizard.resident-record': 'Are you registered as a resident (住民票) in a municipality?',
  'wizard.card': 'Which card do you have now?',
  'wizard.pending': 'Have you already filed an application that is still undecided?',
  'wizard.pending-kind': 'Which application?',
  'wizard.pending-filed-on': 'Filed on (YYYY-MM-DD)',
  'wizard.procedure': 'Which procedure will you do?',
  'wizard.channel': 'How will you apply?',
  'wizard.channel.counter': 'At a counter',
  'wizard.channel.online': 'Online',
  'wizard.request': 'Do you want a specified card (residence card with My Number functions)?',
  'wizard.lost-on': 'When did you notice the loss? (YYYY-MM-DD)',
  'wizard.as-of': 'Date of the question (YYYY-MM-DD)',
  'wizard.invalid-date': 'Enter a real date as YYYY-MM-DD.',
  'wizard.invalid-period': 'Enter a duration such as P1Y, P6M, P1Y3M or P30D.',
  'wizard.result': 'Result',
  'wizard.basis': 'Legal basis',
  'wizard.yes': 'Yes',
  'wizard.no': 'No',
  'wizard.cancelled': 'Cancelled.',
  'wizard.needs-terminal':
    'The guide asks questions in a terminal. Run it in a terminal, or pipe a Situation JSON to `zairyu guide --json`.',
  'card-kind.none': 'No card',
  'card-kind.residence-card': 'Residence card',
  'card-kind.specified-residence-card': 'Specified residence card',
  'card-kind.special-permanent-resident-certificate': 'Special permanent resident certificate',
  'card-kind.specified-special-permanent-resident-certificate':
    'Specified special permanent resident certificate',
} as const;

/** A message key. */
export type MessageKey = keyof typeof en;

/** The keys every code needs: a code without text fails `tsc` here. */
type CodeKeys =
  | `reason.${ReasonCode}`
  | `warning.${WarningCode}`
  | `step.${StepCode}`
  | `obligation.${ObligationCode}`
  | `document.${DocumentCode}`
  | `procedure-document.${ProcedureDocumentCode}`;
const complete: Record<CodeKeys, string> = en;
void complete;
