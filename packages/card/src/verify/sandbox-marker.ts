/**
 * How sandbox material is recognised: every sandbox certificate's subject carries `OU=SANDBOX`, so a sandbox
 * card can never verify under the production or official-test trust profiles (issue 3 §4).
 */

import type { NameAttribute, ParsedCertificate } from './certificate.ts';

/** The organisational-unit value every sandbox subject carries. */
export const SANDBOX_MARKER = 'SANDBOX';

/** True when a name carries the sandbox marker (`OU=SANDBOX`). */
export function isSandboxName(attributes: readonly NameAttribute[]): boolean {
  return attributes.some((a) => a.type === 'OU' && a.value === SANDBOX_MARKER);
}

/** True when a certificate's subject or issuer is marked sandbox. */
export function isSandboxCertificate(cert: ParsedCertificate): boolean {
  return isSandboxName(cert.subjectAttributes) || isSandboxName(cert.issuerAttributes);
}
