/**
 * The regional immigration bureaus (地方出入国在留管理局) and the 支局 that take residence procedures, with the
 * prefectures each covers. Procedures are filed at the office covering the holder's 住居地 (specs/rules.md
 * §5.4, sources S41/S41c/S41d/S41e; secondary). A 本局 covers every prefecture of its region; a 支局 covers the
 * prefecture named for it. The airport 支局 mainly do port work: no residence jurisdiction is assigned to them
 * here (unverified; docs/rules-open-questions.md). The 61 出張所 are not modelled.
 * Prefectures are JIS X 0401 codes, the first two digits of a 全国地方公共団体コード.
 */
import type { CitationId } from './citations.ts';

/** One bureau or branch office. */
export interface BureauOffice {
  /** Stable code, e.g. `tokyo-bureau`, `yokohama-branch`. */
  code: string;
  ja: string;
  en: string;
  /** `bureau` (本局) or `branch` (支局). */
  level: 'bureau' | 'branch';
  /** The 本局 a branch belongs to (itself for a bureau). */
  bureau: string;
  /** JIS X 0401 prefecture codes whose residents it serves (empty: port work only). */
  prefectures: readonly string[];
  citations: readonly CitationId[];
}

const CITE: readonly CitationId[] = ['isa-regional-bureaus'];
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, '0'));

function office(
  code: string,
  ja: string,
  en: string,
  bureau: string,
  prefectures: readonly string[],
): BureauOffice {
  return {
    code,
    ja,
    en,
    level: code === bureau ? 'bureau' : 'branch',
    bureau,
    prefectures: Object.freeze([...prefectures]),
    citations: CITE,
  };
}

/** The offices, 本局 first in the order of the table in specs/rules.md §5.4. */
export const BUREAU_OFFICES: readonly BureauOffice[] = Object.freeze([
  office(
    'sapporo-bureau',
    '札幌出入国在留管理局',
    'Sapporo Regional Immigration Services Bureau',
    'sapporo-bureau',
    ['01'],
  ),
  office(
    'sendai-bureau',
    '仙台出入国在留管理局',
    'Sendai Regional Immigration Services Bureau',
    'sendai-bureau',
    [...range(2, 7)],
  ),
  office(
    'tokyo-bureau',
    '東京出入国在留管理局',
    'Tokyo Regional Immigration Services Bureau',
    'tokyo-bureau',
    [...range(8, 15), '19', '20'],
  ),
  office(
    'nagoya-bureau',
    '名古屋出入国在留管理局',
    'Nagoya Regional Immigration Services Bureau',
    'nagoya-bureau',
    ['16', '17', '18', ...range(21, 24)],
  ),
  office(
    'osaka-bureau',
    '大阪出入国在留管理局',
    'Osaka Regional Immigration Services Bureau',
    'osaka-bureau',
    [...range(25, 30)],
  ),
  office(
    'hiroshima-bureau',
    '広島出入国在留管理局',
    'Hiroshima Regional Immigration Services Bureau',
    'hiroshima-bureau',
    [...range(31, 35)],
  ),
  office(
    'takamatsu-bureau',
    '高松出入国在留管理局',
    'Takamatsu Regional Immigration Services Bureau',
    'takamatsu-bureau',
    [...range(36, 39)],
  ),
  office(
    'fukuoka-bureau',
    '福岡出入国在留管理局',
    'Fukuoka Regional Immigration Services Bureau',
    'fukuoka-bureau',
    [...range(40, 47)],
  ),
  office(
    'yokohama-branch',
    '東京出入国在留管理局 横浜支局',
    'Yokohama District Immigration Office',
    'tokyo-bureau',
    ['14'],
  ),
  office('kobe-branch', '大阪出入国在留管理局 神戸支局', 'Kobe District Immigration Office', 'osaka-bureau', [
    '28',
  ]),
  office(
    'naha-branch',
    '福岡出入国在留管理局 那覇支局',
    'Naha District Immigration Office',
    'fukuoka-bureau',
    ['47'],
  ),
  office(
    'narita-airport-branch',
    '東京出入国在留管理局 成田空港支局',
    'Narita Airport District Immigration Office',
    'tokyo-bureau',
    [],
  ),
  office(
    'haneda-airport-branch',
    '東京出入国在留管理局 羽田空港支局',
    'Haneda Airport District Immigration Office',
    'tokyo-bureau',
    [],
  ),
  office(
    'chubu-airport-branch',
    '名古屋出入国在留管理局 中部空港支局',
    'Chubu Airport District Immigration Office',
    'nagoya-bureau',
    [],
  ),
  office(
    'kansai-airport-branch',
    '大阪出入国在留管理局 関西空港支局',
    'Kansai Airport District Immigration Office',
    'osaka-bureau',
    [],
  ),
]);

const byCode = new Map(BUREAU_OFFICES.map((o) => [o.code, o]));

/** The office of a code, or null. */
export function bureauOffice(code: string): BureauOffice | null {
  return byCode.get(code) ?? null;
}

/** The JIS X 0401 prefecture code of a 全国地方公共団体コード (its first two digits). */
export function prefectureOf(municipalityCode: string): string {
  return municipalityCode.slice(0, 2);
}

/** True when the office serves residents whose 住居地 is in the municipality. */
export function bureauServes(officeCode: string, municipalityCode: string): boolean {
  return bureauOffice(officeCode)?.prefectures.includes(prefectureOf(municipalityCode)) ?? false;
}

/** The offices serving a municipality's residents: its 本局 first, then a 支局 covering it. */
export function bureausFor(municipalityCode: string): BureauOffice[] {
  const pref = prefectureOf(municipalityCode);
  return BUREAU_OFFICES.filter((o) => o.prefectures.includes(pref));
}
