/**
 * Every legal fact the engine uses, with its source. Rules refer to citations by id; a rule without a
 * citation fails a test. `confidence` follows the marks of specs/rules.md: `law` (statute or official text
 * retrieved), `official-partial` (official page, answer via secondary sources), `secondary`, `unverified`
 * (source article or one source only).
 */

/** How far a cited fact has been checked against an official text. */
export type Confidence = 'law' | 'official-partial' | 'secondary' | 'unverified';

/** The kind of source: a statute, an ISA / ministry page, the source article, or a secondary page. */
export type CitationKind = 'law' | 'isa-page' | 'source-article' | 'secondary';

/** A dated, checkable reference that a reason, a step or a date rests on. */
export interface Citation {
  id: string;
  kind: CitationKind;
  confidence: Confidence;
  /** Japanese title, e.g. 出入国管理及び難民認定法 第19条の15の2 */
  title: string;
  /** English title. */
  titleEn: string;
  /** Where to read it, when it has a stable address. */
  url: string | null;
}

const ISA_TOKUTEI_QA = 'https://www.moj.go.jp/isa/tokutei.html';
const SEED = 'seed/000_8fa77c792d9a5c95.txt';

function law(id: string, title: string, titleEn: string, url: string | null = null): Citation {
  return { id, kind: 'law', confidence: 'law', title, titleEn, url };
}

function article(section: string, title: string, titleEn: string): Citation {
  return {
    id: `source-article-${section}`,
    kind: 'source-article',
    confidence: 'unverified',
    title: `出典記事 ${title}`,
    titleEn: `Source article, ${titleEn}`,
    url: SEED,
  };
}

const list: Citation[] = [
  law(
    'amending-act-2024-59',
    '出入国管理及び難民認定法等の一部を改正する法律（令和6年法律第59号）附則（2026年6月14日施行）',
    'Act No. 59 of 2024, supplementary provisions (in force 14 June 2026)',
    'https://www.sangiin.go.jp/japanese/joho1/kousei/gian/213/meisai/m213080213058.htm',
  ),
  law(
    'immigration-act-19-15-2',
    '出入国管理及び難民認定法 第19条の15の2（特定在留カードの交付申請）',
    'Immigration Control Act art. 19-15-2 (application for a specified residence card)',
  ),
  law(
    'special-act-16-2',
    '日本国との平和条約に基づき日本の国籍を離脱した者等の出入国管理に関する特例法 第16条の2（特定特別永住者証明書）',
    'Special Act on Immigration Control art. 16-2 (specified special permanent resident certificate)',
  ),
  law(
    'immigration-act-19-3',
    '出入国管理及び難民認定法 第19条の3（中長期在留者）',
    'Immigration Control Act art. 19-3 (mid- to long-term residents)',
  ),
  {
    id: 'immigration-rules-19-3-4',
    kind: 'secondary',
    confidence: 'secondary',
    title:
      '入管法第19条の3第4号・同法施行規則（台湾日本関係協会・駐日パレスチナ総代表部の職員等の「特定活動」）',
    titleEn:
      'Immigration Control Act art. 19-3(4) and its ordinance (designated activities of staff of the Taiwan–Japan Relations Association office and the Palestinian mission)',
    url: 'https://lighthouse88.com/what-kind-of-people-are-mid-to-long-term-residents-who-are-subject-to-the-residence-management-system',
  },
  law(
    'residents-basic-act-30-45',
    '住民基本台帳法 第30条の45（外国人住民）',
    'Basic Resident Registration Act art. 30-45 (foreign residents)',
  ),
  {
    id: 'isa-tokutei-qa-2-1',
    kind: 'isa-page',
    confidence: 'law',
    title: '出入国在留管理庁「特定在留カード等交付申請 Q&A」Q2-1（どこで申請できるか）',
    titleEn: 'ISA, Specified residence card Q&A, Q2-1 (where to apply)',
    url: ISA_TOKUTEI_QA,
  },
  {
    id: 'isa-tokutei-qa-1',
    kind: 'isa-page',
    confidence: 'official-partial',
    title: '出入国在留管理庁「特定在留カード等交付申請 Q&A」Q1（対象者・任意であること）',
    titleEn: 'ISA, Specified residence card Q&A, Q1 (who may apply; optional)',
    url: ISA_TOKUTEI_QA,
  },
  {
    id: 'isa-tokutei-qa-2-3',
    kind: 'isa-page',
    confidence: 'official-partial',
    title: '出入国在留管理庁「特定在留カード等交付申請 Q&A」Q2-3（交付後に在留カード等を申請できるか）',
    titleEn: 'ISA, Specified residence card Q&A, Q2-3 (going back to an ordinary card)',
    url: ISA_TOKUTEI_QA,
  },
  {
    id: 'isa-tokutei-qa-4-3',
    kind: 'isa-page',
    confidence: 'official-partial',
    title: '出入国在留管理庁「特定在留カード等交付申請 Q&A」Q4-3（新様式の在留カード等の有効期間）',
    titleEn: 'ISA, Specified residence card Q&A, Q4-3 (validity of new-format cards)',
    url: ISA_TOKUTEI_QA,
  },
  {
    id: 'isa-tokutei-qa-5-2',
    kind: 'isa-page',
    confidence: 'official-partial',
    title: '出入国在留管理庁「特定在留カード等交付申請 Q&A」Q5-2（在留申請オンラインシステムとの関係）',
    titleEn: 'ISA, Specified residence card Q&A, Q5-2 (online residence application system)',
    url: ISA_TOKUTEI_QA,
  },
  {
    id: 'isa-tokutei-qa-5-3',
    kind: 'isa-page',
    confidence: 'official-partial',
    title: '出入国在留管理庁「特定在留カード等交付申請 Q&A」Q5-3（特例期間中のマイナンバーカード機能）',
    titleEn: 'ISA, Specified residence card Q&A, Q5-3 (My Number functions during the special period)',
    url: ISA_TOKUTEI_QA,
  },
  {
    id: 'isa-tokutei-start',
    kind: 'isa-page',
    confidence: 'law',
    title:
      '出入国在留管理庁「【2026年6月14日運用開始】特定在留カード等交付申請について」（受付は翌開庁日から）',
    titleEn:
      'ISA, Specified residence card applications (operation from 14 June 2026; counters from the next open day)',
    url: 'https://kanridantai.net/isa-jp-20260116',
  },
  {
    id: 'secondary-online-not-accepted',
    kind: 'secondary',
    confidence: 'secondary',
    title: '行政書士解説「特定在留カードはオンライン申請では当面受け付けられない」',
    titleEn: 'Practitioner commentary: online applications cannot include the request for the time being',
    url: 'https://mnakamura.net/archives/4426',
  },
  article('1', '①特定在留カードの概要（任意であること）', 'section 1 (overview; optional)'),
  article('2', '②いつから、どこで申請できるのか', 'section 2 (from when and where)'),
  article('3', '③誰が申請できるのか・取得は義務か', 'section 3 (who may apply; carry duty)'),
  article('4', '④申請書類まとめ', 'section 4 (documents)'),
  article('5', '⑤券面とICチップの変更点', 'section 5 (card face and chip)'),
  article('6', '⑥企業の実務への影響', 'section 6 (employers)'),
  article('7', '⑦紛失や返納、更新時の考え方', 'section 7 (loss, return, renewal)'),
  article(
    '8',
    '⑧オンライン申請との関係とマイナ機能の有効期限',
    'section 8 (online; My Number function expiry)',
  ),
  article('faq', 'よくある質問', 'FAQ'),
  law(
    'administrative-holidays-act-1',
    '行政機関の休日に関する法律 第1条（土日・祝日・12月29日〜1月3日）',
    'Act on Holidays of Administrative Organs art. 1 (weekends, holidays, 29 Dec – 3 Jan)',
    'https://elaws.e-gov.go.jp/document?lawid=363AC0000000091',
  ),
  law(
    'administrative-holidays-act-2',
    '行政機関の休日に関する法律 第2条（期限が休日に当たるときは翌日）',
    'Act on Holidays of Administrative Organs art. 2 (a deadline on a closed day moves to the next open day)',
    'https://elaws.e-gov.go.jp/document?lawid=363AC0000000091',
  ),
  law(
    'national-holidays-act',
    '国民の祝日に関する法律（内閣府公表の祝日・休日）',
    'National Holidays Act (holidays as published by the Cabinet Office)',
  ),
  law(
    'local-autonomy-act-4-2',
    '地方自治法 第4条の2（地方公共団体の休日は条例で定める）',
    'Local Autonomy Act art. 4-2 (municipal closing days set by ordinance)',
  ),
  law(
    'immigration-act-20-6',
    '出入国管理及び難民認定法 第20条第6項（特例期間）・第21条第4項',
    'Immigration Control Act art. 20(6) and 21(4) (special period while an application is pending)',
  ),
  law('civil-code-140', '民法 第140条（初日不算入）', 'Civil Code art. 140 (the first day is not counted)'),
  law(
    'civil-code-143',
    '民法 第143条（暦による期間の計算）',
    'Civil Code art. 143 (periods by the calendar)',
  ),
  law(
    'immigration-act-19-5',
    '出入国管理及び難民認定法 第19条の5（在留カードの有効期間）',
    'Immigration Control Act art. 19-5 (residence card validity)',
  ),
  {
    id: 'secondary-new-format-validity',
    kind: 'secondary',
    confidence: 'secondary',
    title: '行政書士解説「新様式の在留カード等は交付の日後の10回目（18歳未満は5回目）の誕生日まで」',
    titleEn:
      'Practitioner commentary: new-format cards run to the 10th birthday after issue (5th if under 18)',
    url: 'https://eijuuken-shinsei.com/column/shutokugo-tetsuzuki',
  },
  law(
    'special-act-13',
    '入管特例法 第13条（特別永住者証明書の有効期間）',
    'Special Act on Immigration Control art. 13 (certificate validity)',
  ),
  law(
    'immigration-act-21',
    '出入国管理及び難民認定法 第21条（在留期間の更新）',
    'Immigration Control Act art. 21 (extension of period of stay)',
  ),
  law(
    'immigration-act-20',
    '出入国管理及び難民認定法 第20条（在留資格の変更）',
    'Immigration Control Act art. 20 (change of status)',
  ),
  law(
    'immigration-act-22',
    '出入国管理及び難民認定法 第22条（永住許可）',
    'Immigration Control Act art. 22 (permanent residence)',
  ),
  law(
    'immigration-act-19-11',
    '出入国管理及び難民認定法 第19条の11（在留カードの有効期間の更新）',
    'Immigration Control Act art. 19-11 (renewal of card validity)',
  ),
  law(
    'immigration-act-19-12',
    '出入国管理及び難民認定法 第19条の12（紛失等による在留カードの再交付、14日以内）',
    'Immigration Control Act art. 19-12 (re-issue after loss or theft, within 14 days)',
  ),
  law(
    'immigration-act-19-13',
    '出入国管理及び難民認定法 第19条の13（汚損等・交換希望による在留カードの再交付）',
    'Immigration Control Act art. 19-13 (re-issue of a damaged card or by request)',
  ),
  law(
    'immigration-act-19-10',
    '出入国管理及び難民認定法 第19条の10（住居地以外の記載事項の変更届出）',
    'Immigration Control Act art. 19-10 (notification of changed particulars)',
  ),
  law(
    'immigration-act-19-7',
    '出入国管理及び難民認定法 第19条の7（新規上陸後の住居地届出）',
    'Immigration Control Act art. 19-7 (first address after landing)',
  ),
  law(
    'immigration-act-19-9',
    '出入国管理及び難民認定法 第19条の9（住居地の変更届出、転入届等によるみなし届出）',
    'Immigration Control Act art. 19-9 (change of address; moving-in notification deemed a notification)',
  ),
  law(
    'immigration-act-19-14-15',
    '出入国管理及び難民認定法 第19条の14・第19条の15（在留カードの失効・返納）',
    'Immigration Control Act arts. 19-14 and 19-15 (lapse and return of cards)',
    'https://www.moj.go.jp/isa/applications/procedures/nyuukokukanri10_00020.html',
  ),
  law(
    'immigration-act-23',
    '出入国管理及び難民認定法 第23条（在留カード・旅券の携帯及び提示義務、16歳未満は携帯免除）',
    'Immigration Control Act art. 23 (carry and present the card or passport; under-16s exempt from carrying)',
  ),
  law(
    'special-act-17',
    '入管特例法 第17条（特別永住者証明書の提示義務、携帯義務なし）',
    'Special Act on Immigration Control art. 17 (present on request; no carry duty)',
    'https://www.shugiin.go.jp/Internet/itdb_rchome.nsf/html/rchome/Horitsu/ShuseihoumuFBCEFEAB6684C82C492575DA0018B7AD.htm',
  ),
  {
    id: 'mynumber-call-centre',
    kind: 'isa-page',
    confidence: 'law',
    title: 'マイナンバー総合フリーダイヤル 0120-95-0178（24時間365日、一時利用停止）',
    titleEn: 'My Number general toll-free line 0120-95-0178 (24 hours, suspension of functions)',
    url: 'https://www.city.sendai.jp/kosekijumin/event/hunshitu-haishi.html',
  },
  {
    id: 'isa-extension-window',
    kind: 'isa-page',
    confidence: 'official-partial',
    title: '出入国在留管理庁「在留期間更新許可申請」（6か月以上の在留期間は満了日の概ね3か月前から）',
    titleEn:
      'ISA, Extension of period of stay (from about 3 months before expiry for periods of 6 months or more)',
    url: 'https://www.moj.go.jp/isa/applications/procedures/16-3.html',
  },
  {
    id: 'isa-card-renewal-window',
    kind: 'secondary',
    confidence: 'secondary',
    title: '在留カードの有効期間更新申請（満了日の2か月前から、16歳の誕生日が満了日のときは6か月前から）',
    titleEn:
      'Card validity renewal (from 2 months before expiry; 6 months where the expiry is the 16th birthday)',
    url: 'https://iw-support.jp/?p=3730',
  },
  {
    id: 'isa-photo-rules',
    kind: 'secondary',
    confidence: 'secondary',
    title: '出入国在留管理庁「在留カードの写真」（16歳未満は写真の提出不要）',
    titleEn: 'ISA, Residence card photos (no photo from holders under 16)',
    url: 'http://www.immi-moj.go.jp/newimmiact_1/point_1-2.html',
  },
  {
    id: 'municipality-code-check-digit',
    kind: 'law',
    confidence: 'secondary',
    title: '総務省 全国地方公共団体コード（検査数字：重み6,5,4,3,2、11で割った余り）',
    titleEn: 'MIC nationwide local government codes (check digit: weights 6,5,4,3,2, modulus 11)',
    url: 'https://www.soumu.go.jp/denshijiti/code.html',
  },
  law(
    'immigration-act-annex-2',
    '出入国管理及び難民認定法 別表第一・別表第二、同法施行規則 別表第二（在留資格と在留期間）',
    'Immigration Control Act annexed tables 1 and 2; Enforcement Ordinance annex 2 (statuses and periods)',
  ),
  law(
    'ikusei-shuro-act',
    '出入国管理及び難民認定法及び外国人の技能実習の適正な実施及び技能実習生の保護に関する法律の一部を改正する法律（令和6年法律第60号、育成就労、2027年4月1日施行）',
    'Act No. 60 of 2024 (employment for skill development, in force 1 April 2027)',
  ),
  law(
    'special-act-status',
    '入管特例法 第3条〜第5条（特別永住者）',
    'Special Act on Immigration Control arts. 3–5 (special permanent residents)',
  ),
  {
    id: 'isa-regional-bureaus',
    kind: 'secondary',
    confidence: 'secondary',
    title: '地方出入国在留管理局（8局・7支局）と管轄区域（住居地を管轄する官署で申請）',
    titleEn:
      'Regional immigration bureaus (8 bureaus, 7 branches) and their areas (file at the office covering the address)',
    url: 'https://alivio-office.com/columns/visa-application-where-to-apply',
  },
  {
    id: 'secondary-license-not-carried',
    kind: 'secondary',
    confidence: 'secondary',
    title: '行政書士解説「マイナ免許証の情報は新たな特定在留カードに引き継がれない」',
    titleEn:
      'Practitioner commentary: the driving-licence record is not carried over to a new specified card',
    url: 'https://visa-wing.com/?p=438',
  },
];

/** All citations by id. */
export const citations: Readonly<Record<string, Citation>> = Object.freeze(
  Object.fromEntries(list.map((c) => [c.id, Object.freeze(c)])),
);

/** Looks up citations by id; an unknown id is a programming error. */
export function cite(...ids: string[]): Citation[] {
  return ids.map((id) => {
    const c = citations[id];
    if (!c) throw new Error(`unknown citation id: ${id}`);
    return c;
  });
}
