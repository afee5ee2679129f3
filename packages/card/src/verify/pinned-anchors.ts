/**
 * The ISA trust anchors zairyu accepts under the production and official-test profiles, pinned by the
 * SHA-256 of their DER certificate (chip.md §4.8.1). The certificates themselves are never bundled: users
 * supply the files published by ISA and zairyu refuses any file whose digest is not listed here.
 */

/** A trust profile that only accepts pinned ISA certificates. */
export type PinnedProfile = 'production' | 'official-test';

/** One pinned ISA root. */
export interface PinnedAnchor {
  readonly profile: PinnedProfile;
  /** 1 = "ZairyuCard CA" (gen-1 cards); 2 = "ZairyuCard CA2" (gen-2 and 特定 cards). */
  readonly generation: 1 | 2;
  readonly label: string;
  /** Validity as published, `YYYY-MM-DD`. */
  readonly notBefore: string;
  readonly notAfter: string;
  /** SHA-256 of the DER certificate, lowercase hex. */
  readonly sha256: string;
  /** The ISA archive that carries the certificate. */
  readonly archive: string;
  readonly citation: string;
}

const GEN1_PAGE = 'moj.go.jp/isa/applications/disclosure/120424_01.html; chip.md §4.8.1';
const GEN2_PAGE = 'moj.go.jp/isa/publications/resources/120424_01_00003.html; chip.md §4.8.1, §5.6';

/** Every pinned anchor (chip.md §4.8.1, digests from eringoio/zairyu-card-reader docs/official-certificates.md). */
export const PINNED_ANCHORS: readonly PinnedAnchor[] = Object.freeze([
  {
    profile: 'production',
    generation: 1,
    label: 'ZairyuCard CA (2015)',
    notBefore: '2015-06-06',
    notAfter: '2025-09-05',
    sha256: '97f37c5967af5f3cd84e6ed694b09539abb7f8e7e76b6f7496a060008982983d',
    archive: '001460774.zip (930001756.crt)',
    citation: GEN1_PAGE,
  },
  {
    profile: 'production',
    generation: 1,
    label: 'ZairyuCard CA (2018)',
    notBefore: '2018-04-07',
    notAfter: '2028-07-06',
    sha256: 'ff02323cea7b8c3dfc0dc2de79d46e78514af587368523086b188e9690aec861',
    archive: '001460775.zip (930001757.crt)',
    citation: GEN1_PAGE,
  },
  {
    profile: 'production',
    generation: 1,
    label: 'ZairyuCard CA (2021)',
    notBefore: '2021-05-27',
    notAfter: '2031-08-27',
    sha256: '6f50161aa80f7ff7c630505faf472906f7b101d5083e327a6182c82cd7985e67',
    archive: '001460776.zip (001353372.crt)',
    citation: GEN1_PAGE,
  },
  {
    profile: 'production',
    generation: 1,
    label: 'ZairyuCard CA (2024)',
    notBefore: '2024-05-08',
    notAfter: '2034-08-08',
    sha256: 'bf854466ed9abf61f559c39bf8790546f8acdab99b51fd2330563669ce4a71b2',
    archive: '001460777.zip (001421582.crt)',
    citation: GEN1_PAGE,
  },
  {
    profile: 'production',
    generation: 2,
    label: 'ZairyuCard CA2',
    notBefore: '2026-04-20',
    notAfter: '2039-07-20',
    sha256: '11e6ad8b8e64f0cdb1d8ba9e3689926c80e8479a2f098616f674a23582bec13b',
    archive: '001462221.zip',
    citation: GEN2_PAGE,
  },
  {
    profile: 'official-test',
    generation: 2,
    label: 'ZairyuCard CA2 (official test, for ISA sample cards)',
    notBefore: '2026-03-19',
    notAfter: '2039-06-19',
    sha256: '1846b815d31f04fe93d57450a6d8a8c351eac3d8c444a2375d95734df7dd1057',
    archive: '001460788.zip',
    citation: GEN2_PAGE,
  },
] satisfies PinnedAnchor[]);

/** The pinned entry for `sha256` under `profile`, if any. */
export function findPinnedAnchor(profile: PinnedProfile, sha256: string): PinnedAnchor | undefined {
  const digest = sha256.toLowerCase();
  return PINNED_ANCHORS.find((a) => a.profile === profile && a.sha256 === digest);
}
