/**
 * Trust profiles and the `TrustStore` (DESIGN.md rule 7). `production` and `official-test` accept only the
 * ISA roots pinned in `pinned-anchors.ts`, supplied by the user as files (`--trust-anchor FILE`, PEM or DER);
 * `sandbox` trusts the sandbox CA roots and any anchor the user supplies — an integrator's own test CA, another
 * vendor's sandbox — because a sandbox verdict never means "real" anyway; the verdict names the anchor's
 * SHA-256. A sandbox anchor can never enter a production or official-test store (it is not pinned), so
 * sandbox cards can never verify as real.
 */

import { CardLibraryError } from '../errors/library-error.ts';
import { CertificateError, type ParsedCertificate, parseCertificateFile } from './certificate.ts';
import { PINNED_ANCHORS, type PinnedAnchor } from './pinned-anchors.ts';
import { isSandboxCertificate } from './sandbox-marker.ts';
import type { AnchorSource } from './verdict.ts';

/** Which roots a read trusts. */
export type TrustProfile = 'production' | 'official-test' | 'sandbox';

/** Every trust profile. */
export const TRUST_PROFILES: readonly TrustProfile[] = ['production', 'official-test', 'sandbox'];

/** The roots a verification may chain to, and the profile they were accepted under. */
export interface TrustStore {
  readonly profile: TrustProfile;
  readonly anchors: readonly ParsedCertificate[];
  /** SHA-256 of the anchors that came from the sandbox CA (the rest were supplied as files). */
  readonly sandboxCaAnchors?: ReadonlySet<string>;
}

/** A supplied anchor file: its bytes, optionally with the name to quote in errors. */
export type AnchorFile = Uint8Array | { readonly name: string; readonly bytes: Uint8Array };

/** The sandbox roots (structurally a `SandboxCa` from the issuer; verify does not import the issuer). */
export interface SandboxRoots {
  readonly gen1: { readonly root: { readonly certificate: Uint8Array } };
  readonly gen2: { readonly root: { readonly certificate: Uint8Array } };
}

/** Why a supplied anchor file was refused. */
export type TrustAnchorErrorCode = 'anchor-unreadable' | 'anchor-not-pinned';

/** A refused anchor file; names the file and (when readable) the SHA-256 of its certificate. */
export class TrustAnchorError extends CardLibraryError {
  override readonly name = 'TrustAnchorError';
  constructor(
    readonly code: TrustAnchorErrorCode,
    readonly file: string,
    readonly profile: TrustProfile,
    readonly sha256: string | undefined,
    detail: string,
  ) {
    super(`${code}: ${file}${sha256 ? ` (SHA-256 ${sha256})` : ''}: ${detail}`);
  }
}

function fileOf(file: AnchorFile, index: number): { name: string; bytes: Uint8Array } {
  return file instanceof Uint8Array ? { name: `trust anchor #${index + 1}`, bytes: file } : file;
}

function readAnchor(name: string, bytes: Uint8Array, profile: TrustProfile): ParsedCertificate {
  try {
    return parseCertificateFile(bytes);
  } catch (e) {
    const detail = e instanceof CertificateError ? e.code : 'not a certificate';
    throw new TrustAnchorError(
      'anchor-unreadable',
      name,
      profile,
      undefined,
      `not a readable certificate (${detail})`,
    );
  }
}

/**
 * Checks one supplied file against `profile`: under production/official-test its SHA-256 must be pinned
 * for that profile; under sandbox any readable certificate is accepted. Throws `TrustAnchorError` otherwise.
 */
export function acceptAnchor(
  profile: TrustProfile,
  file: AnchorFile,
  index = 0,
  pins: readonly PinnedAnchor[] = PINNED_ANCHORS,
): ParsedCertificate {
  const { name, bytes } = fileOf(file, index);
  const cert = readAnchor(name, bytes, profile);
  if (profile === 'sandbox') return cert;
  if (!pins.some((p) => p.profile === profile && p.sha256 === cert.fingerprint))
    throw new TrustAnchorError(
      'anchor-not-pinned',
      name,
      profile,
      cert.fingerprint,
      `this digest is not one of the ISA certificates pinned for the ${profile} profile (chip.md §4.8.1)`,
    );
  return cert;
}

/**
 * Builds the store for `profile`. Production/official-test: the supplied files, each pinned (nothing is
 * bundled; no files means an empty store and chains are then NOT_CHECKED). Sandbox: the sandbox roots of
 * `sandboxCa` plus any supplied files, whoever issued them. `sandboxCa` is ignored under the other profiles.
 * Duplicate certificates are kept once. Throws `TrustAnchorError` on the first refused file. `options.pins`
 * replaces the pin table (tests only; the default is chip.md §4.8.1).
 */
export function buildTrustStore(
  profile: TrustProfile,
  anchorFiles: readonly AnchorFile[] = [],
  sandboxCa?: SandboxRoots,
  options: { readonly pins?: readonly PinnedAnchor[] } = {},
): TrustStore {
  const anchors: ParsedCertificate[] = [];
  const fromCa = new Set<string>();
  const add = (cert: ParsedCertificate) => {
    if (!anchors.some((a) => a.fingerprint === cert.fingerprint)) anchors.push(cert);
  };
  if (profile === 'sandbox' && sandboxCa) {
    for (const [name, bytes] of [
      ['sandbox gen-1 root', sandboxCa.gen1.root.certificate],
      ['sandbox gen-2 root', sandboxCa.gen2.root.certificate],
    ] as const) {
      const cert = readAnchor(name, bytes, profile);
      if (!isSandboxCertificate(cert))
        throw new TrustAnchorError(
          'anchor-unreadable',
          name,
          profile,
          cert.fingerprint,
          'not a sandbox CA root',
        );
      fromCa.add(cert.fingerprint);
      add(cert);
    }
  }
  anchorFiles.forEach((f, i) => {
    add(acceptAnchor(profile, f, i, options.pins));
  });
  return Object.freeze({ profile, anchors: Object.freeze(anchors), sandboxCaAnchors: fromCa });
}

/** Where an anchor of `store` came from: the sandbox CA, a supplied file (sandbox), or a pinned ISA root. */
export function anchorSourceOf(store: TrustStore, anchor: ParsedCertificate): AnchorSource {
  if (store.profile !== 'sandbox') return 'pinned';
  return store.sandboxCaAnchors?.has(anchor.fingerprint) ? 'sandbox-ca' : 'supplied';
}

/** The pin of an anchor in a production or official-test store (undefined for sandbox anchors). */
export function pinOf(store: TrustStore, anchor: ParsedCertificate): PinnedAnchor | undefined {
  if (store.profile === 'sandbox') return undefined;
  return PINNED_ANCHORS.find((p) => p.profile === store.profile && p.sha256 === anchor.fingerprint);
}
