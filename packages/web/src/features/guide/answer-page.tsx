/**
 * The answer, from decide() run in the page: can I (or why not), which card, where (the office for my
 * prefecture), what to bring (the request's papers and the procedure's own, as a printable checklist), from
 * which day, what to do by when, until when the card, its My Number function and e-certificates work, duties,
 * warnings and what to do on a loss — each sentence from the rules' catalogs, each with its legal basis.
 */
import {
  COUNTERS_FROM,
  cite,
  type Decision,
  formatDate,
  type IsoDate,
  type Lang,
  type MessageKey,
  param,
  procedureName,
  t as rulesT,
  type Situation,
} from '@zairyu/rules';
import { useMemo } from 'react';

type WarningCode = Decision['warnings'][number];

import { type T, useLanguage } from '../../shared/i18n.tsx';
import { Link, useFocusHeading } from '../../shared/router.tsx';
import type { Answers } from './answers.ts';
import { Basis, Statement, traceCites } from './basis.tsx';
import { rulesLang } from './lang.ts';
import { guideHref } from './nav.tsx';
import { usePageTitle } from './page-title.tsx';
import { officesFor } from './prefectures.ts';
import { runDecide } from './run-decide.ts';
import { ShareLink } from './share-link.tsx';

function warningText(rl: Lang, w: WarningCode, d: Decision, s: Situation): string {
  switch (w) {
    case 'wait-for-start-date':
      return rulesT(rl, 'warning.wait-for-start-date', { date: formatDate(rl, COUNTERS_FROM) });
    case 'my-number-card-extension-in-special-period':
      return rulesT(rl, 'warning.my-number-card-extension-in-special-period', {
        months: String(param('my-number-card-special-extension-months', s.asOf)),
      });
    case 'card-valid-through-special-period':
      return rulesT(rl, 'warning.card-valid-through-special-period', {
        date: d.currentCardValidUntil ? formatDate(rl, d.currentCardValidUntil) : '',
      });
    default:
      return rulesT(rl, `warning.${w}` as MessageKey);
  }
}

function stepText(
  rl: Lang,
  code: Decision['steps'][number]['code'],
  deadline: IsoDate | null,
  procedure: string,
) {
  const text =
    code === 'file-procedure'
      ? rulesT(rl, 'step.file-procedure', { procedure })
      : rulesT(rl, `step.${code}` as MessageKey);
  return deadline ? rulesT(rl, 'step.deadline', { step: text, date: formatDate(rl, deadline) }) : text;
}

/** The answer page for a valid situation. */
export function AnswerPage({
  situation,
  answers,
  t,
  onClear,
}: {
  situation: Situation;
  answers: Answers;
  t: T;
  onClear: () => void;
}) {
  const { lang } = useLanguage();
  const rl = rulesLang(lang);
  const d = useMemo(() => runDecide(situation, rl), [situation, rl]);
  const heading = t('guide.answer.title');
  usePageTitle(heading);
  useFocusHeading('answer');
  const s = situation;
  const spr = s.holder.status === 'special-permanent-resident';
  const sc = d.specifiedCard;
  const procedure = procedureName(rl, s.procedure);
  const specified = rulesT(rl, spr ? 'name.specified-spr' : 'name.specified');
  const date = (x: IsoDate) => formatDate(rl, x);
  const stmt = (key: string, text: string, citations: ReturnType<typeof traceCites>) => (
    <Statement key={key} citations={citations} t={t} lang={lang}>
      {text}
    </Statement>
  );
  const summary = sc.available
    ? rulesT(rl, 'summary.available', { specified, procedure })
    : rulesT(rl, sc.eligible ? 'summary.eligible-not-available' : 'summary.not-eligible', { specified });
  const reasons = sc.reasons.filter((r) => r.code !== 'eligible');
  const unregistered = reasons.some((r) => r.code === 'not-in-resident-register');
  const canRegister = !reasons.some(
    (r) => r.code === 'not-mid-long-term' || r.code === 'status-not-in-force',
  );
  const permanent = d.cardToBeIssued !== null && s.procedure === 'permanent-residence';
  const offices = answers.prefecture ? officesFor(answers.prefecture) : [];
  const prefectureName = answers.prefecture ? t(`guide.prefecture.${answers.prefecture}`) : '';
  const cardSpecified = d.cardToBeIssued?.startsWith('specified') ?? false;
  const lossCites = spr
    ? cite('special-act-13', 'source-article-7')
    : cite('immigration-act-19-12', 'source-article-7');

  return (
    <div className="guide-answer">
      <h1>{heading}</h1>
      <section aria-labelledby="answer-can">
        <h2 id="answer-can">{t('guide.answer.can')}</h2>
        <div
          className={`notice ${sc.available ? 'notice--success' : 'notice--error'}`}
          data-testid="answer-summary"
        >
          <Statement
            citations={[...traceCites(d, 'eligible'), ...traceCites(d, 'available')]}
            t={t}
            lang={lang}
          >
            <strong>{summary}</strong>
          </Statement>
          {reasons.length > 0 && (
            <ul className="guide-reasons" data-testid="reasons">
              {reasons.map((r) => (
                <li key={r.code} data-reason={r.code}>
                  {stmt(r.code, rulesT(rl, `reason.${r.code}` as MessageKey), r.citations)}
                </li>
              ))}
            </ul>
          )}
          {unregistered &&
            canRegister &&
            stmt('register', rulesT(rl, 'hint.register-first'), traceCites(d, 'resident-register'))}
        </div>
        {sc.eligible && stmt('optional', rulesT(rl, 'summary.optional'), traceCites(d, 'eligible'))}
      </section>

      {d.office && (
        <section aria-labelledby="answer-card">
          <h2 id="answer-card">{t('guide.answer.card')}</h2>
          <div data-testid="card">
            {stmt(
              'card',
              rulesT(rl, `card.${d.cardToBeIssued ?? 'none'}` as MessageKey),
              traceCites(d, 'card-to-be-issued'),
            )}
          </div>
        </section>
      )}

      <section aria-labelledby="answer-where">
        <h2 id="answer-where">{t('guide.answer.where')}</h2>
        {stmt('office', rulesT(rl, `office.${d.office ?? 'none'}` as MessageKey), traceCites(d, 'office'))}
        {d.office === 'immigration-bureau' && offices.length > 0 && (
          <>
            <p>{t('guide.answer.where.bureau', { prefecture: prefectureName })}</p>
            <ul data-testid="offices">
              {offices.map((o) => (
                <li key={o.code}>{lang === 'en' ? o.en : o.ja}</li>
              ))}
            </ul>
            <Basis citations={cite(...(offices[0]?.citations ?? []))} t={t} lang={lang} />
          </>
        )}
        {d.office === 'municipality' && (
          <p data-testid="offices">{t('guide.answer.where.municipality', { prefecture: prefectureName })}</p>
        )}
      </section>

      <section aria-labelledby="answer-bring" className="guide-bring">
        <h2 id="answer-bring">{t('guide.answer.bring')}</h2>
        {d.documents.length === 0 && d.procedureDocuments.length === 0 && (
          <p>{t('guide.answer.bring.none')}</p>
        )}
        {d.documents.length > 0 && (
          <>
            <h3>{t('guide.answer.bring.request')}</h3>
            <ul className="guide-checklist" data-testid="documents">
              {d.documents.map((c) => (
                <li key={c}>{rulesT(rl, `document.${c}` as MessageKey)}</li>
              ))}
            </ul>
            <Basis citations={traceCites(d, 'photo-with-procedure')} t={t} lang={lang} />
          </>
        )}
        {d.procedureDocuments.length > 0 && (
          <>
            <h3>{t('guide.answer.bring.procedure', { procedure })}</h3>
            <ul className="guide-checklist" data-testid="procedure-documents">
              {d.procedureDocuments.map((c) => (
                <li key={c}>{rulesT(rl, `procedure-document.${c}` as MessageKey)}</li>
              ))}
            </ul>
            <Basis citations={traceCites(d, 'procedure-documents')} t={t} lang={lang} />
          </>
        )}
        <div className="button-group no-print">
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {t('guide.answer.print')}
          </button>
        </div>
      </section>

      {(d.earliestDate || d.applicationWindowFrom) && (
        <section aria-labelledby="answer-when">
          <h2 id="answer-when">{t('guide.answer.when')}</h2>
          <div data-testid="earliest">
            {d.earliestDate &&
              stmt(
                'earliest',
                rulesT(rl, 'earliest.date', { date: date(d.earliestDate) }),
                d.earliestDateBasis?.citations ?? [],
              )}
          </div>
          {d.applicationWindowFrom &&
            stmt(
              'window',
              rulesT(rl, 'window.from', { date: date(d.applicationWindowFrom) }),
              d.applicationWindowBasis?.citations ?? [],
            )}
        </section>
      )}

      <section aria-labelledby="answer-todo">
        <h2 id="answer-todo">{t('guide.answer.todo')}</h2>
        <ol className="guide-steps" data-testid="steps">
          {d.steps.map((st) => (
            <li key={st.code}>
              {stmt(st.code, stepText(rl, st.code, st.deadline, procedure), traceCites(d, `step:${st.code}`))}
            </li>
          ))}
        </ol>
        {d.lawfulStayUntil &&
          d.lawfulStayUntil !== d.specialPeriodUntil &&
          stmt(
            'lawful',
            rulesT(rl, 'lawful.until', { date: date(d.lawfulStayUntil) }),
            traceCites(d, 'lawful-stay'),
          )}
        {d.specialPeriodUntil &&
          stmt(
            'special',
            rulesT(rl, 'lawful.special-period', { date: date(d.specialPeriodUntil) }),
            traceCites(d, 'special-period'),
          )}
        {d.currentCardValidUntil &&
          s.holder.applicationPending &&
          d.currentCardValidUntil === d.specialPeriodUntil &&
          !d.warnings.includes('card-valid-through-special-period') &&
          stmt(
            'current',
            rulesT(rl, 'current-card.valid-until', { date: date(d.currentCardValidUntil) }),
            traceCites(d, 'current-card-validity'),
          )}
      </section>

      {d.cardToBeIssued && (
        <section aria-labelledby="answer-validity">
          <h2 id="answer-validity">{t('guide.answer.validity')}</h2>
          <div data-testid="validity">
            {d.cardExpiry
              ? stmt(
                  'expiry',
                  rulesT(rl, 'card-expiry', { date: date(d.cardExpiry) }),
                  traceCites(d, 'card-validity:'),
                )
              : permanent
                ? stmt(
                    'expiry',
                    rulesT(rl, 'card-expiry.after-permanent-residence', {
                      adult: String(param('new-format-birthdays', s.asOf)),
                      child: String(param('new-format-child-birthdays', s.asOf)),
                    }),
                    traceCites(d, 'card-validity:'),
                  )
                : null}
            {d.myNumberFunctionExpiry
              ? stmt(
                  'mynumber',
                  rulesT(rl, 'mynumber.expiry', { date: date(d.myNumberFunctionExpiry) }),
                  traceCites(d, 'my-number-function-expiry'),
                )
              : cardSpecified && s.holder.periodOfStay !== 'indefinite' && !permanent
                ? stmt('mynumber', rulesT(rl, 'mynumber.unknown'), traceCites(d, 'my-number-function-expiry'))
                : null}
            {d.eCertificateExpiry &&
              stmt(
                'ecert',
                rulesT(rl, 'ecert.expiry', { date: date(d.eCertificateExpiry) }),
                traceCites(d, 'e-certificate-expiry'),
              )}
            {!cardSpecified && <p>{t('guide.answer.validity.ordinary')}</p>}
          </div>
        </section>
      )}

      <section aria-labelledby="answer-duties">
        <h2 id="answer-duties">{t('guide.answer.duties')}</h2>
        <ul className="guide-plain" data-testid="obligations">
          {d.obligations.map((o) => (
            <li key={o}>
              {stmt(o, rulesT(rl, `obligation.${o}` as MessageKey), traceCites(d, 'obligations'))}
            </li>
          ))}
        </ul>
      </section>

      {d.warnings.length > 0 && (
        <section aria-labelledby="answer-warnings">
          <h2 id="answer-warnings">{t('guide.answer.warnings')}</h2>
          <ul className="guide-plain" data-testid="warnings">
            {d.warnings.map((w) => (
              <li key={w} className="notice notice--warning" data-warning={w}>
                {stmt(w, warningText(rl, w, d, s), traceCites(d, `warning:${w}`))}
              </li>
            ))}
          </ul>
        </section>
      )}

      {s.procedure !== 'reissue-lost' && d.cardToBeIssued && (
        <section aria-labelledby="answer-lost">
          <h2 id="answer-lost">{t('guide.answer.lost')}</h2>
          <ul className="guide-plain">
            <li>{stmt('police', rulesT(rl, 'step.police-report'), lossCites)}</li>
            <li>{stmt('reissue', rulesT(rl, 'step.reissue-application'), lossCites)}</li>
            {cardSpecified && (
              <li>
                {stmt(
                  'ordinary',
                  rulesT(rl, 'warning.lost-card-reissued-as-ordinary'),
                  cite('source-article-7'),
                )}
              </li>
            )}
          </ul>
        </section>
      )}

      <section aria-labelledby="answer-next" className="no-print">
        <h2 id="answer-next">{t('guide.answer.next')}</h2>
        <p>
          <Link href={guideHref('check')}>{t('guide.answer.change')}</Link>
        </p>
        <ShareLink answers={answers} t={t} />
        <div className="button-group">
          <button type="button" className="button button--danger" onClick={onClear}>
            {t('guide.answer.clear')}
          </button>
        </div>
      </section>
    </div>
  );
}
