/** An answer as the resident reads it on "Check your answers" (names from the rules' catalogs). */
import { formatDate, procedureName, t as rulesT, statusName } from '@zairyu/rules';
import type { T } from '../../shared/i18n.tsx';
import { type Answers, type DateParts, isoOf, type QuestionId } from './answers.ts';
import { rulesLang } from './lang.ts';

const DATE_KEY: Partial<Record<QuestionId, keyof Answers>> = {
  'stay-expiry': 'stayExpiry',
  'birth-date': 'birthDate',
  'pending-filed-on': 'pendingFiledOn',
  'moved-on': 'movedOn',
  'cause-date': 'causeDate',
  'lost-on': 'lostOn',
};

/** The text of one answer. */
export function answerText(id: QuestionId, a: Answers, t: T, lang: string): string {
  const rl = rulesLang(lang);
  const dateKey = DATE_KEY[id];
  if (dateKey) {
    const iso = isoOf(a[dateKey] as DateParts | undefined);
    return iso ? formatDate(rl, iso) : '';
  }
  switch (id) {
    case 'status':
      return a.status ? statusName(rl, a.status) : '';
    case 'period':
      return t('guide.period.value', {
        years: Number(a.periodYears || '0'),
        months: Number(a.periodMonths || '0'),
      });
    case 'prefecture':
      return a.prefecture ? t(`guide.prefecture.${a.prefecture}`) : '';
    case 'card':
      return a.card ? rulesT(rl, `card-kind.${a.card}`) : '';
    case 'pending-kind':
      return a.pendingKind ? procedureName(rl, a.pendingKind) : '';
    case 'procedure':
      return a.procedure ? procedureName(rl, a.procedure) : '';
    case 'channel':
      return a.channel ? t(`guide.channel.${a.channel}`) : '';
    case 'resident-record':
      return a.residentRecord ? t(`guide.${a.residentRecord}`) : '';
    case 'pending':
      return a.pending ? t(`guide.${a.pending}`) : '';
    case 'request':
      return a.request ? t(`guide.${a.request}`) : '';
    default:
      return '';
  }
}
