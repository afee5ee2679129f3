/**
 * PEM armour for certificates and keys (RFC 7468), so trust anchors can be supplied as PEM or DER.
 */

/** True when `bytes` look like PEM text (after optional whitespace or a UTF-8 BOM). */
export function isPem(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1')
    .decode(bytes.subarray(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  return head.startsWith('-----BEGIN ');
}

/** The DER bytes of every `label` block in PEM text (all blocks when `label` is omitted). */
export function fromPem(text: string | Uint8Array, label?: string): Uint8Array[] {
  const s = typeof text === 'string' ? text : new TextDecoder('latin1').decode(text);
  const out: Uint8Array[] = [];
  const re = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;
  for (const m of s.matchAll(re)) {
    if (label !== undefined && m[1] !== label) continue;
    const b64 = (m[2] as string).replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) continue;
    out.push(new Uint8Array(Buffer.from(b64, 'base64')));
  }
  return out;
}

/** PEM text for `der` under `label` (64-character lines, trailing newline). */
export function toPem(der: Uint8Array, label: string): string {
  const b64 = Buffer.from(der).toString('base64');
  const lines = b64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}
