/**
 * 全国地方公共団体コード: 2-digit prefecture + 3-digit municipality + check digit. The check digit weights the
 * five digits 6,5,4,3,2 and is (11 − sum mod 11) mod 10 (総務省; specs/rules.md §5.3).
 */

/** The check digit for the first five digits of a local government code. */
export function municipalityCheckDigit(firstFive: string): number {
  const weights = [6, 5, 4, 3, 2];
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += Number(firstFive[i]) * (weights[i] as number);
  return (11 - (sum % 11)) % 10;
}

/** True when `code` is six digits, the prefecture is 01–47 and the check digit matches. */
export function isValidMunicipalityCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const pref = Number(code.slice(0, 2));
  if (pref < 1 || pref > 47) return false;
  return municipalityCheckDigit(code.slice(0, 5)) === Number(code[5]);
}
