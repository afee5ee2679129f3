/**
 * The statutes the engine cites, with their e-Gov 法令ID. A citation of a law carries the law's id, the article
 * and the version of the text it models; its URL is always `https://laws.e-gov.go.jp/law/{lawId}`.
 * `version` is the day the cited text is in force as modelled (the system starts on 2026-06-14, so that is
 * the version for most laws); docs/rules-open-questions.md says which ids and versions were checked.
 */
import type { IsoDate } from './date.ts';

/** One statute (or ordinance) with its e-Gov identity. */
export interface Law {
  /** e-Gov 法令ID, e.g. 326CO0000000319. */
  lawId: string;
  ja: string;
  /** The name used in titles (略称). */
  short: string;
  en: string;
  /** The version of the text modelled: in force from this day. */
  version: IsoDate;
}

const V = '2026-06-14';

/** The law table, by key. */
export const LAWS = {
  'immigration-act': {
    lawId: '326CO0000000319',
    ja: '出入国管理及び難民認定法',
    short: '入管法',
    en: 'Immigration Control and Refugee Recognition Act',
    version: V,
  },
  'immigration-rules': {
    lawId: '356M50000010054',
    ja: '出入国管理及び難民認定法施行規則',
    short: '入管法施行規則',
    en: 'Ordinance for Enforcement of the Immigration Control and Refugee Recognition Act',
    version: V,
  },
  'special-act': {
    lawId: '403AC0000000071',
    ja: '日本国との平和条約に基づき日本の国籍を離脱した者等の出入国管理に関する特例法',
    short: '入管特例法',
    en: 'Special Act on the Immigration Control of Those Who Have Lost Japanese Nationality Pursuant to the Treaty of Peace with Japan',
    version: V,
  },
  'residents-basic-act': {
    lawId: '342AC0000000081',
    ja: '住民基本台帳法',
    short: '住民基本台帳法',
    en: 'Basic Resident Registration Act',
    version: V,
  },
  'administrative-holidays-act': {
    lawId: '363AC0000000091',
    ja: '行政機関の休日に関する法律',
    short: '行政機関の休日に関する法律',
    en: 'Act on Holidays of Administrative Organs',
    version: V,
  },
  'national-holidays-act': {
    lawId: '323AC1000000178',
    ja: '国民の祝日に関する法律',
    short: '国民の祝日に関する法律',
    en: 'Act on National Holidays',
    version: V,
  },
  'local-autonomy-act': {
    lawId: '322AC0000000067',
    ja: '地方自治法',
    short: '地方自治法',
    en: 'Local Autonomy Act',
    version: V,
  },
  'civil-code': { lawId: '129AC0000000089', ja: '民法', short: '民法', en: 'Civil Code', version: V },
  'amending-act-2024-59': {
    lawId: '506AC0000000059',
    ja: '出入国管理及び難民認定法等の一部を改正する法律（令和6年法律第59号）',
    short: '令和6年法律第59号',
    en: 'Act No. 59 of 2024 amending the Immigration Control Act and other acts',
    version: V,
  },
  'ikusei-shuro-act': {
    lawId: '506AC0000000060',
    ja: '出入国管理及び難民認定法及び外国人の技能実習の適正な実施及び技能実習生の保護に関する法律の一部を改正する法律（令和6年法律第60号）',
    short: '令和6年法律第60号',
    en: 'Act No. 60 of 2024 (employment for skill development)',
    version: '2027-04-01',
  },
  'penal-code-amendment-2022-67': {
    lawId: '504AC0000000067',
    ja: '刑法等の一部を改正する法律（令和4年法律第67号）',
    short: '令和4年法律第67号',
    en: 'Act No. 67 of 2022 amending the Penal Code and other acts (imprisonment, 拘禁刑)',
    version: '2025-06-01',
  },
} as const satisfies Record<string, Law>;

/** A key of the law table. */
export type LawKey = keyof typeof LAWS;

/** The e-Gov page of a law. */
export function lawUrl(lawId: string): string {
  return `https://laws.e-gov.go.jp/law/${lawId}`;
}
