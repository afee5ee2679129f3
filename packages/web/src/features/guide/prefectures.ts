/**
 * The 47 prefectures (JIS X 0401 codes, the first two digits of a 全国地方公共団体コード) and the immigration
 * offices that serve residents living in each (the rules' bureau table). Names are in the catalogs.
 */
import { BUREAU_OFFICES, type BureauOffice } from '@zairyu/rules';

/** 01 北海道 … 47 沖縄県. */
export const PREFECTURE_CODES: readonly string[] = Array.from({ length: 47 }, (_, i) =>
  String(i + 1).padStart(2, '0'),
);

/** The offices serving residents of a prefecture: its 本局, then a 支局 covering it. */
export function officesFor(prefecture: string): BureauOffice[] {
  return BUREAU_OFFICES.filter((o) => o.prefectures.includes(prefecture)).sort((a, b) =>
    a.level === b.level ? 0 : a.level === 'branch' ? -1 : 1,
  );
}
