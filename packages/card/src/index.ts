/**
 * @zairyu/card — read and verify residence cards (1st generation, 2nd generation, 特定) over any transport,
 * plus a faithful software card and a sandbox issuer. Layers: bytes → apdu → transport → protocol/SM;
 * tlv → files → verify; reader.ts composes them.
 */
export { CardError } from './apdu/card-error.ts';
export { concat, equal, fromHex, HexFormatError, toHex } from './bytes.ts';
export { KeyError, type KeyErrorCode, readPublicKey, requireRsaKey } from './crypto/keys.ts';
export {
  type ChipFile,
  type ChipImage,
  ChipImageError,
  type ChipImageErrorCode,
  chipImageFromJson,
  chipImageToJson,
} from './emulator/chip-image.ts';
export { ResidenceCardEmulator } from './emulator/residence-card-emulator.ts';
export { CardLibraryError, isCardLibraryError } from './errors/library-error.ts';
export { CARD_TYPES, type CardType, isCardType } from './files/card-type.ts';
export {
  CHIP_ONLY_FIELD_NAMES,
  type ChipOnlyField,
  type ChipOnlyFieldName,
  type ChipOnlyPresence,
  PRESENCE_LABELS,
} from './files/chip-only-fields.ts';
export { FIELD_LABELS, type FieldLabel, type LabelledField } from './files/field-labels.ts';
export { SANDBOX_PERMISSION_TYPES, SANDBOX_STATUS_CODES } from './files/sandbox-codes.ts';
export { ImageError } from './images/image-error.ts';
export { cardImageToPng } from './images/image-to-png.ts';
export { createSandboxCa, type SandboxCa } from './issuer/ca/sandbox-ca.ts';
export {
  exportSandboxCaPublic,
  loadSandboxCa,
  SandboxCaError,
  saveSandboxCa,
} from './issuer/ca/sandbox-ca-files.ts';
export { issueCard, SANDBOX_MY_NUMBER_PIN } from './issuer/issue-card.ts';
export { fieldsFromSeed, type IssueFields, IssueFieldsError, mergeFields } from './issuer/issue-fields.ts';
export { CARD_NUMBER_PATTERN, CardNumberFormatError, normalizeCardNumber } from './protocol/card-number.ts';
export type { Transcript } from './reader/apdu-channel.ts';
export {
  type CardFields,
  type CardImages,
  japanDate,
  type ReadOptions,
  type ReadResult,
  readCard,
} from './reader.ts';
export { CommandTransport } from './transport/command-transport.ts';
export { answerHexLine } from './transport/hex-lines.ts';
export { MemoryTransport } from './transport/memory-transport.ts';
export { openPcsc } from './transport/pcsc-transport.ts';
export { serveHexLines } from './transport/stdio-server.ts';
export {
  type ApduProcessor,
  type Transport,
  TransportError,
  type TransportErrorCode,
} from './transport/transport.ts';
export { connectVpcd, VPCD_DEFAULT_PORT, type VpcdConnection } from './transport/vpcd-client.ts';
export { parseCertificateFile } from './verify/certificate.ts';
export {
  HttpRevocationLookup,
  type HttpRevocationLookupOptions,
  RevocationConfigError,
} from './verify/http-revocation-lookup.ts';
export {
  REVOCATION_REASONS,
  type RevocationAnswer,
  type RevocationLookup,
  type RevocationQuery,
  type RevocationReason,
} from './verify/revocation.ts';
export {
  buildTrustStore,
  TRUST_PROFILES,
  TrustAnchorError,
  type TrustProfile,
  type TrustStore,
} from './verify/trust.ts';
export {
  CHECK_NAMES,
  type CheckName,
  type CheckStatus,
  type Verdict,
  type VerdictEntry,
} from './verify/verdict.ts';
