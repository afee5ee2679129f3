/**
 * Every legal fact the engine uses, with its source, as a typed id set: a rule names its citations by
 * `CitationId`, so a typo fails `tsc`. A law citation carries the law's e-Gov 法令ID, the article, the version
 * of the text and the URL `https://laws.e-gov.go.jp/law/{lawId}`; ISA and other pages carry their address;
 * the source article is cited by its section (①–⑧, FAQ). `confidence` follows the marks of specs/rules.md:
 * `law` (statute or official text retrieved), `official-partial` (official page, answer via secondary
 * sources), `secondary`, `unverified` (source article or one source only).
 */
import type { IsoDate } from './date.ts';
import { LAWS, type LawKey, lawUrl } from './laws.ts';

/** How far a cited fact has been checked against an official text. */
export type Confidence = 'law' | 'official-partial' | 'secondary' | 'unverified';

/** The kind of source: a statute, an ISA / ministry page, the source article, or a secondary page. */
export type CitationKind = 'law' | 'isa-page' | 'source-article' | 'secondary';

/** A citation as written in the table (the id is its key). */
interface CitationDef {
  kind: CitationKind;
  confidence: Confidence;
  title: string;
  titleEn: string;
  url: string | null;
  lawId: string | null;
  article: string | null;
  version: IsoDate | null;
  section: string | null;
}

const ISA_TOKUTEI_QA = 'https://www.moj.go.jp/isa/tokutei.html';

interface LawOptions {
  confidence?: Confidence;
  /** A different version of the text than the law table's (e.g. a provision in force later). */
  version?: IsoDate;
}

/** A provision of a law in the law table. */
function law(
  key: LawKey,
  article: string,
  articleEn: string,
  topic: string,
  topicEn: string,
  options: LawOptions = {},
): CitationDef {
  const l = LAWS[key];
  const name = l.ja.length > 30 ? l.short : l.ja;
  return {
    kind: 'law',
    confidence: options.confidence ?? 'law',
    title: `${name} ${article}（${topic}）`,
    titleEn: `${l.en}, ${articleEn} (${topicEn})`,
    url: lawUrl(l.lawId),
    lawId: l.lawId,
    article,
    version: options.version ?? l.version,
    section: null,
  };
}

/** An ISA or ministry page (or another official body's page). */
function page(title: string, titleEn: string, url: string, confidence: Confidence): CitationDef {
  return {
    kind: 'isa-page',
    confidence,
    title,
    titleEn,
    url,
    lawId: null,
    article: null,
    version: null,
    section: null,
  };
}

/** A practitioner's, municipality's or other secondary page. */
function secondary(title: string, titleEn: string, url: string): CitationDef {
  return { ...page(title, titleEn, url, 'secondary'), kind: 'secondary' };
}

/** A section of the source article (seed/000_8fa77c792d9a5c95.txt), cited by its number. */
function article(section: string, title: string, titleEn: string): CitationDef {
  return {
    kind: 'source-article',
    confidence: 'unverified',
    title: `出典記事 ${section}${title}`,
    titleEn: `Source article, section ${section} (${titleEn})`,
    url: null,
    lawId: null,
    article: null,
    version: null,
    section,
  };
}

const TABLE = {
  // — the act that creates the system —
  'amending-act-2024-59': law(
    'amending-act-2024-59',
    '附則第1条',
    'supplementary provisions art. 1',
    '2026年6月14日施行',
    'in force 14 June 2026',
  ),
  'immigration-act-19-15-2': law(
    'immigration-act',
    '第19条の15の2',
    'art. 19-15-2',
    '特定在留カードの交付申請',
    'application for a specified residence card',
  ),
  'special-act-16-2': law(
    'special-act',
    '第16条の2',
    'art. 16-2',
    '特定特別永住者証明書',
    'specified special permanent resident certificate',
  ),
  // — who is a 中長期在留者, who is in the 住民基本台帳 —
  'immigration-act-19-3': law(
    'immigration-act',
    '第19条の3',
    'art. 19-3',
    '中長期在留者',
    'mid- to long-term residents',
  ),
  'immigration-rules-19-3-4': secondary(
    '入管法第19条の3第4号・同法施行規則（台湾日本関係協会・駐日パレスチナ総代表部の職員等の「特定活動」）',
    'Immigration Control Act art. 19-3(4) and its ordinance (designated activities of staff of the Taiwan–Japan Relations Association office and the Palestinian mission)',
    'https://lighthouse88.com/what-kind-of-people-are-mid-to-long-term-residents-who-are-subject-to-the-residence-management-system',
  ),
  'residents-basic-act-30-45': law(
    'residents-basic-act',
    '第30条の45',
    'art. 30-45',
    '外国人住民',
    'foreign residents',
  ),
  'residents-basic-act-30-46': law(
    'residents-basic-act',
    '第30条の46',
    'art. 30-46',
    '中長期在留者等が住所を定めた場合の転入届の特例（14日以内）',
    'moving-in notification of a mid- to long-term resident who first sets up an address (within 14 days)',
    { confidence: 'secondary' },
  ),
  'residents-basic-act-22': law(
    'residents-basic-act',
    '第22条',
    'art. 22',
    '転入届（転入をした日から14日以内）',
    'moving-in notification (within 14 days of moving in)',
    { confidence: 'secondary' },
  ),
  'residents-basic-act-23': law(
    'residents-basic-act',
    '第23条',
    'art. 23',
    '転居届（転居をした日から14日以内）',
    'change-of-address notification (within 14 days of the move)',
    { confidence: 'secondary' },
  ),
  'special-act-status': law(
    'special-act',
    '第3条〜第5条',
    'arts. 3–5',
    '特別永住者',
    'special permanent residents',
  ),
  // — ISA pages on the 特定在留カード —
  'isa-tokutei-qa-2-1': page(
    '出入国在留管理庁「特定在留カード等交付申請 Q&A」Q2-1（どこで申請できるか）',
    'ISA, Specified residence card Q&A, Q2-1 (where to apply)',
    ISA_TOKUTEI_QA,
    'law',
  ),
  'isa-tokutei-qa-1': page(
    '出入国在留管理庁「特定在留カード等交付申請 Q&A」Q1（対象者・任意であること）',
    'ISA, Specified residence card Q&A, Q1 (who may apply; optional)',
    ISA_TOKUTEI_QA,
    'official-partial',
  ),
  'isa-tokutei-qa-2-3': page(
    '出入国在留管理庁「特定在留カード等交付申請 Q&A」Q2-3（交付後に在留カード等を申請できるか）',
    'ISA, Specified residence card Q&A, Q2-3 (going back to an ordinary card)',
    ISA_TOKUTEI_QA,
    'official-partial',
  ),
  'isa-tokutei-qa-4-3': page(
    '出入国在留管理庁「特定在留カード等交付申請 Q&A」Q4-3（新様式の在留カード等の有効期間）',
    'ISA, Specified residence card Q&A, Q4-3 (validity of new-format cards)',
    ISA_TOKUTEI_QA,
    'official-partial',
  ),
  'isa-tokutei-qa-5-2': page(
    '出入国在留管理庁「特定在留カード等交付申請 Q&A」Q5-2（在留申請オンラインシステムとの関係）',
    'ISA, Specified residence card Q&A, Q5-2 (online residence application system)',
    ISA_TOKUTEI_QA,
    'official-partial',
  ),
  'isa-tokutei-qa-5-3': page(
    '出入国在留管理庁「特定在留カード等交付申請 Q&A」Q5-3（特例期間中のマイナンバーカード機能）',
    'ISA, Specified residence card Q&A, Q5-3 (My Number functions during the special period)',
    ISA_TOKUTEI_QA,
    'official-partial',
  ),
  'isa-tokutei-start': page(
    '出入国在留管理庁「【2026年6月14日運用開始】特定在留カード等交付申請について」（受付は翌開庁日から）',
    'ISA, Specified residence card applications (operation from 14 June 2026; counters from the next open day)',
    'https://kanridantai.net/isa-jp-20260116',
    'law',
  ),
  'isa-online-procedures': page(
    '出入国在留管理庁「在留申請のオンライン手続」Q&A（オンラインで申請できる手続：在留期間更新・在留資格変更・在留資格取得など）',
    'ISA, Online residence applications Q&A (procedures the online system takes: extension, change, acquisition of status …)',
    'https://www.moj.go.jp/isa/applications/online/onlineshinsei.html',
    'unverified',
  ),
  'secondary-online-not-accepted': secondary(
    '行政書士解説「特定在留カードはオンライン申請では当面受け付けられない」',
    'Practitioner commentary: online applications cannot include the request for the time being',
    'https://mnakamura.net/archives/4426',
  ),
  'secondary-planned-rules-appearance': secondary(
    '「特定在留カード及び特定特別永住者証明書の交付等に関する規則」案（本人出頭が原則、16歳未満・疾病のときは親族等）',
    'Planned ordinance on specified cards: in person in principle; relatives for under-16s or illness',
    'https://www.horei.co.jp/gis/index.html',
  ),
  // — the source article, by section —
  'source-article-1': article('①', '特定在留カードの概要（任意であること）', 'overview; optional'),
  'source-article-2': article('②', 'いつから、どこで申請できるのか', 'from when and where'),
  'source-article-3': article('③', '誰が申請できるのか・取得は義務か', 'who may apply; carry duty'),
  'source-article-4': article('④', '申請書類まとめ', 'documents'),
  'source-article-5': article('⑤', '券面とICチップの変更点', 'card face and chip'),
  'source-article-6': article('⑥', '企業の実務への影響', 'employers'),
  'source-article-7': article('⑦', '紛失や返納、更新時の考え方', 'loss, return, renewal'),
  'source-article-8': article(
    '⑧',
    'オンライン申請との関係とマイナ機能の有効期限',
    'online; My Number function expiry',
  ),
  'source-article-faq': article('FAQ', 'よくある質問', 'frequently asked questions'),
  // — calendars and deadlines —
  'administrative-holidays-act-1': law(
    'administrative-holidays-act',
    '第1条',
    'art. 1',
    '土日・祝日・12月29日〜1月3日',
    'weekends, holidays, 29 Dec – 3 Jan',
  ),
  'administrative-holidays-act-2': law(
    'administrative-holidays-act',
    '第2条',
    'art. 2',
    '期限が休日に当たるときは翌日',
    'a deadline on a closed day moves to the next open day',
  ),
  'national-holidays-act': law(
    'national-holidays-act',
    '第2条・第3条',
    'arts. 2 and 3',
    '祝日・振替休日・国民の休日',
    'holidays, substitute holidays, citizens’ holidays',
  ),
  'local-autonomy-act-4-2': law(
    'local-autonomy-act',
    '第4条の2',
    'art. 4-2',
    '地方公共団体の休日は条例で定め、期限が休日に当たるときは翌日',
    'municipal closing days set by ordinance; a deadline on a closing day moves to the next day',
  ),
  'civil-code-140': law('civil-code', '第140条', 'art. 140', '初日不算入', 'the first day is not counted'),
  'civil-code-143': law('civil-code', '第143条', 'art. 143', '暦による期間の計算', 'periods by the calendar'),
  // — lawful stay and the 特例期間 —
  'immigration-act-20-6': law(
    'immigration-act',
    '第20条第6項・第21条第4項',
    'arts. 20(6) and 21(4)',
    '特例期間',
    'special period while an application is pending',
  ),
  'immigration-act-21': law(
    'immigration-act',
    '第21条',
    'art. 21',
    '在留期間の更新',
    'extension of period of stay',
  ),
  'immigration-act-20': law(
    'immigration-act',
    '第20条',
    'art. 20',
    '在留資格の変更',
    'change of status of residence',
  ),
  'immigration-act-22': law('immigration-act', '第22条', 'art. 22', '永住許可', 'permanent residence'),
  'immigration-act-22-2': law(
    'immigration-act',
    '第22条の2',
    'art. 22-2',
    '在留資格の取得（出生・国籍離脱等の日から30日以内に申請、60日まで在留可）',
    'acquisition of status (apply within 30 days of birth or loss of Japanese nationality; stay up to 60 days)',
    { confidence: 'secondary' },
  ),
  'immigration-act-61-9-3': law(
    'immigration-act',
    '第61条の9の3',
    'art. 61-9-3',
    '本人の出頭義務と代理人による申請等（16歳未満・疾病のときは同居の親族等）',
    'appearance in person; a cohabiting relative acts for a person under 16 or ill',
    { confidence: 'secondary' },
  ),
  // — card validity —
  'immigration-act-19-5': law(
    'immigration-act',
    '第19条の5',
    'art. 19-5',
    '在留カードの有効期間',
    'residence card validity',
  ),
  'immigration-act-19-5-2': law(
    'immigration-act',
    '第19条の5第2項',
    'art. 19-5(2)',
    '特例期間中は在留カードの有効期間もその末日まで',
    'during the special period the card stays valid to its end',
    { confidence: 'official-partial' },
  ),
  'secondary-new-format-validity': secondary(
    '行政書士解説「新様式の在留カード等は交付の日後の10回目（18歳未満は5回目）の誕生日まで」',
    'Practitioner commentary: new-format cards run to the 10th birthday after issue (5th if under 18)',
    'https://eijuuken-shinsei.com/column/shutokugo-tetsuzuki',
  ),
  // — card procedures (入管法) —
  'immigration-act-19-7': law(
    'immigration-act',
    '第19条の7',
    'art. 19-7',
    '新規上陸後の住居地届出（14日以内）',
    'first address after landing (within 14 days)',
  ),
  'immigration-act-19-7-3': law(
    'immigration-act',
    '第19条の7第3項',
    'art. 19-7(3)',
    '住民基本台帳法第30条の46の転入届は住居地届出とみなす',
    'the moving-in notification under art. 30-46 of the Basic Resident Registration Act counts as the first address notification',
    { confidence: 'secondary' },
  ),
  'immigration-act-19-9': law(
    'immigration-act',
    '第19条の9',
    'art. 19-9',
    '住居地の変更届出（14日以内）',
    'change of address (within 14 days)',
  ),
  'immigration-act-19-9-3': law(
    'immigration-act',
    '第19条の9第3項',
    'art. 19-9(3)',
    '在留カードを提出してした転入届・転居届は住居地の届出とみなす',
    'a moving-in or change-of-address notification made with the card submitted counts as the address notification',
    { confidence: 'secondary' },
  ),
  'immigration-act-19-10': law(
    'immigration-act',
    '第19条の10',
    'art. 19-10',
    '住居地以外の記載事項の変更届出（14日以内）',
    'notification of changed particulars (within 14 days)',
  ),
  'immigration-act-19-11': law(
    'immigration-act',
    '第19条の11',
    'art. 19-11',
    '在留カードの有効期間の更新',
    'renewal of card validity',
  ),
  'immigration-act-19-12': law(
    'immigration-act',
    '第19条の12第1項',
    'art. 19-12(1)',
    '紛失等による在留カードの再交付（知った日から14日以内、国外で知ったときは再入国の日から14日以内）',
    're-issue after loss or theft (within 14 days of learning of it; from re-entry if learned abroad)',
  ),
  'immigration-act-19-13': law(
    'immigration-act',
    '第19条の13',
    'art. 19-13',
    '汚損等・交換希望による在留カードの再交付',
    're-issue of a damaged card or by request',
  ),
  'immigration-act-19-14-15': law(
    'immigration-act',
    '第19条の14・第19条の15',
    'arts. 19-14 and 19-15',
    '在留カードの失効・返納',
    'lapse and return of cards',
  ),
  'immigration-act-23': law(
    'immigration-act',
    '第23条',
    'art. 23',
    '在留カード・旅券の携帯及び提示義務、16歳未満は携帯免除',
    'carry and present the card or passport; under-16s exempt from carrying',
  ),
  'immigration-rules-annex-2': law(
    'immigration-rules',
    '別表第二',
    'annexed table 2',
    '在留期間',
    'periods of stay',
  ),
  'moj-ordinance-2025-47': secondary(
    '令和7年法務省令第47号（2025年9月30日施行：特定技能1号の在留期間を3年を超えない範囲に）',
    'MOJ Ordinance No. 47 of 2025 (from 30 September 2025: Specified Skilled Worker (i) for up to 3 years at a time)',
    'https://www.sn-hoki.co.jp/data/pickup_hourei/onct/SHUTUNYUKOKUKANRINANMINNINTEI-KISOKU20250930-47-1.html',
  ),
  'immigration-act-annex-2': law(
    'immigration-act',
    '別表第一・別表第二',
    'annexed tables 1 and 2',
    '在留資格と在留期間',
    'statuses and periods of stay',
  ),
  'ikusei-shuro-act': law(
    'ikusei-shuro-act',
    '附則第1条',
    'supplementary provisions art. 1',
    '育成就労、2027年4月1日施行',
    'employment for skill development, in force 1 April 2027',
    { confidence: 'unverified' },
  ),
  // — 入管特例法 (特別永住者証明書) —
  'special-act-9': law(
    'special-act',
    '第9条',
    'art. 9',
    '特別永住者証明書の有効期間（更新のときは満了日後の誕生日から数える）',
    'certificate validity (counted from the old expiry on renewal)',
    { confidence: 'secondary' },
  ),
  'special-act-10': law(
    'special-act',
    '第10条',
    'art. 10',
    '住居地の届出（特別永住者証明書を提出してした転入届等は届出とみなす）',
    'address notification (a moving-in notification made with the certificate counts)',
    { confidence: 'secondary' },
  ),
  'special-act-11': law(
    'special-act',
    '第11条',
    'art. 11',
    '住居地以外の記載事項の変更届出（14日以内）',
    'notification of changed particulars (within 14 days)',
    { confidence: 'secondary' },
  ),
  'special-act-12': law(
    'special-act',
    '第12条',
    'art. 12',
    '特別永住者証明書の有効期間の更新',
    'renewal of certificate validity',
    { confidence: 'secondary' },
  ),
  'special-act-13': law(
    'special-act',
    '第13条',
    'art. 13',
    '紛失等による特別永住者証明書の再交付（14日以内）',
    're-issue after loss or theft (within 14 days)',
    { confidence: 'secondary' },
  ),
  'special-act-14': law(
    'special-act',
    '第14条',
    'art. 14',
    '汚損等・交換希望による特別永住者証明書の再交付',
    're-issue of a damaged certificate or by request',
    { confidence: 'secondary' },
  ),
  'special-act-15-16': law(
    'special-act',
    '第15条・第16条',
    'arts. 15 and 16',
    '特別永住者証明書の失効・返納',
    'lapse and return of certificates',
    { confidence: 'secondary' },
  ),
  'special-act-17': law(
    'special-act',
    '第17条',
    'art. 17',
    '特別永住者証明書の提示義務、携帯義務なし',
    'present on request; no carry duty',
  ),
  // — My Number functions and e-certificates —
  'mynumber-call-centre': page(
    'マイナンバー総合フリーダイヤル 0120-95-0178（24時間365日、一時利用停止）',
    'My Number general toll-free line 0120-95-0178 (24 hours, suspension of functions)',
    'https://www.city.sendai.jp/kosekijumin/event/hunshitu-haishi.html',
    'law',
  ),
  'secondary-my-number-card-special-extension': secondary(
    '市区町村「外国人住民のマイナンバーカードの有効期間」（在留期間更新等の申請中は、1回限り満了日から2か月まで特例延長できる）',
    'Municipal pages: a foreign resident’s My Number card can be extended once, up to two months after the expiry, while an extension or change is pending',
    'https://www.city.sanyo-onoda.lg.jp/soshiki/11/kozinbangouka-dogaikokujinyuukoukigen.html',
  ),
  'jpki-certificate-validity': page(
    '地方公共団体情報システム機構（J-LIS）公的個人認証サービス「電子証明書に関するご質問」（発行の日から5回目の誕生日まで）',
    'J-LIS public personal authentication FAQ: e-certificates run to the 5th birthday after issue',
    'https://www2.jpki.go.jp/faq/digital_id.html',
    'official-partial',
  ),
  'secondary-certificate-validity-and-lapse': secondary(
    '東村山市「公的個人認証サービス（電子証明書）の有効期間」（カードの有効期間を超えない、15歳未満は署名用なし、記録内容の変更で失効）',
    'Municipal page: e-certificates never outlive the card; no signature certificate under 15; a change of the recorded name or address ends it',
    'https://www.city.higashimurayama.tokyo.jp/faq/kurashi/koseki/juki/jnet_q_005.html',
  ),
  'isa-regional-bureaus': secondary(
    '地方出入国在留管理局（8局・7支局）と管轄区域（住居地を管轄する官署で申請）',
    'Regional immigration bureaus (8 bureaus, 7 branches) and their areas (file at the office covering the address)',
    'https://alivio-office.com/columns/visa-application-where-to-apply',
  ),
  'secondary-license-not-carried': secondary(
    '行政書士解説「マイナ免許証の情報は新たな特定在留カードに引き継がれない」',
    'Practitioner commentary: the driving-licence record is not carried over to a new specified card',
    'https://visa-wing.com/?p=438',
  ),
  // — windows, photos, documents —
  'isa-extension-window': page(
    '出入国在留管理庁「在留期間更新許可申請」（6か月以上の在留期間は満了日の概ね3か月前から）',
    'ISA, Extension of period of stay (from about 3 months before expiry for periods of 6 months or more)',
    'https://www.moj.go.jp/isa/applications/procedures/16-3.html',
    'official-partial',
  ),
  'isa-card-renewal-window': secondary(
    '在留カードの有効期間更新申請（満了日の2か月前から、16歳の誕生日が満了日のときは6か月前から）',
    'Card validity renewal (from 2 months before expiry; 6 months where the expiry is the 16th birthday)',
    'https://iw-support.jp/?p=3730',
  ),
  'isa-photo-rules': secondary(
    '出入国在留管理庁「在留カードの写真」（16歳未満は写真の提出不要）',
    'ISA, Residence card photos (no photo from holders under 16)',
    'http://www.immi-moj.go.jp/newimmiact_1/point_1-2.html',
  ),
  'isa-procedure-documents': page(
    '出入国在留管理庁「各種手続」（申請書・写真・旅券・在留カードの提示）',
    'ISA, Procedures (application forms, photo, passport, presenting the card)',
    'https://www.moj.go.jp/isa/applications/procedures/index.html',
    'unverified',
  ),
  // — statuses, municipalities, employers —
  'municipality-code-check-digit': page(
    '総務省 全国地方公共団体コード（検査数字：重み6,5,4,3,2、11で割った余り）',
    'MIC nationwide local government codes (check digit: weights 6,5,4,3,2, modulus 11)',
    'https://www.soumu.go.jp/denshijiti/code.html',
    'secondary',
  ),
  'immigration-act-73-2': law(
    'immigration-act',
    '第73条の2',
    'art. 73-2',
    '不法就労助長罪（3年以下・300万円以下）',
    'facilitating illegal employment (up to 3 years, ¥3,000,000)',
  ),
  'penal-code-amendment-2022-67': law(
    'penal-code-amendment-2022-67',
    '第2条・附則',
    'art. 2 and supplementary provisions',
    '懲役・禁錮を拘禁刑に、2025年6月1日施行',
    'imprisonment becomes 拘禁刑 from 1 June 2025',
    { confidence: 'unverified' },
  ),
  'immigration-act-73-2-2027': law(
    'ikusei-shuro-act',
    '第1条（入管法第73条の2の改正）',
    'art. 1 (amending Immigration Control Act art. 73-2)',
    '不法就労助長罪を5年以下の拘禁刑・500万円以下に（施行日2027年4月1日は未確認）',
    'facilitating illegal employment: up to 5 years, ¥5,000,000 (in-force date 1 April 2027 unverified)',
    { confidence: 'unverified' },
  ),
} as const satisfies Record<string, CitationDef>;

/** A citation id: one of the keys of the table (a typo fails `tsc`). */
export type CitationId = keyof typeof TABLE;

/** A dated, checkable reference that a reason, a step or a date rests on. */
export interface Citation {
  id: CitationId;
  kind: CitationKind;
  confidence: Confidence;
  /** Japanese title, e.g. 出入国管理及び難民認定法 第19条の15の2（特定在留カードの交付申請） */
  title: string;
  /** English title. */
  titleEn: string;
  /** Where to read it: `https://laws.e-gov.go.jp/law/{lawId}` for laws, the page for pages, null for the source article. */
  url: string | null;
  /** e-Gov 法令ID for laws, else null. */
  lawId: string | null;
  /** The article (条・項), for laws. */
  article: string | null;
  /** The version of the law text cited (in force from this day), for laws. */
  version: IsoDate | null;
  /** The section of the source article (①–⑧, FAQ), for the source article. */
  section: string | null;
}

/** Every citation id, in table order. */
export const CITATION_IDS = Object.keys(TABLE) as [CitationId, ...CitationId[]];

/** All citations by id (frozen constants). */
export const citations: Readonly<Record<CitationId, Citation>> = Object.freeze(
  Object.fromEntries(
    Object.entries(TABLE).map(([id, def]) => [id, Object.freeze({ id, ...def } as Citation)]),
  ) as Record<CitationId, Citation>,
);

/** True when `id` is a known citation id (for untyped input such as YAML cases). */
export function isCitationId(id: string): id is CitationId {
  return Object.hasOwn(citations, id);
}

const cache = new Map<string, readonly Citation[]>();

/**
 * The citations for some ids, as a frozen array shared by every caller with the same ids (rules cite
 * constants, so the serializer can splice their JSON once).
 */
export function cite(...ids: CitationId[]): Citation[] {
  const key = ids.join('|');
  const hit = cache.get(key);
  if (hit) return hit as Citation[];
  const list = Object.freeze(
    ids.map((id) => {
      const c = citations[id];
      if (!c) throw new Error(`unknown citation id: ${id}`);
      return c;
    }),
  );
  cache.set(key, list);
  return list as Citation[];
}
