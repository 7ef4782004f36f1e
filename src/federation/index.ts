/**
 * Public surface of the federation crypto and wire format (docs/FEDERATION.md). The outbox and
 * inbox build on these functions; nothing here touches storage or the network.
 */
export { b64u, fromB64u } from './crypto/base64url.js';
export { KeySecretError, SealedKeyFormatError } from './crypto/errors.js';
export {
  type OkpCurve,
  type OkpPublicJwk,
  isOkpPublicJwk,
  jwkThumbprint,
  toPublicJwk,
} from './crypto/jwk.js';
export {
  DEFAULT_SCRYPT,
  type ScryptParams,
  type SealedKey,
  decrypterFromSealedKey,
  openSealedKey,
  sealPrivateKey,
  signerFromSealedKey,
} from './crypto/key-at-rest.js';
export { type KeyPair, fromPrivateKey, generateKeyPair, keyPairFromSeed, seedOf } from './crypto/key-pair.js';
export {
  type KeyRecord,
  type KeyStatus,
  type KeyUse,
  currentKey,
  isKeyValidAt,
  keyValidAt,
} from './crypto/key-record.js';
export { type Decrypter, type Signer, localDecrypter, localSigner } from './crypto/signer.js';
export { envelopeDigest } from './envelope/digest.js';
export { type OpenEnvelopeOptions, type OuterHeader, openEnvelope, peekEnvelope } from './envelope/open.js';
export {
  MESSAGE_TYPE_PATTERN,
  type SealEnvelopeInput,
  type SealedEnvelope,
  UUID_PATTERN,
  sealEnvelope,
} from './envelope/seal.js';
export {
  DEFAULT_ENVELOPE_TTL_MS,
  DEFAULT_MAX_ENVELOPE_BYTES,
  DEFAULT_MAX_SKEW_MS,
  ENVELOPE_TYP,
  ENVELOPE_VERSION,
  type EnvelopeHeader,
  MESSAGE_TYP,
  type OpenEnvelopeFailure,
  type OpenEnvelopeResult,
  type PartyRef,
  sameParty,
} from './envelope/types.js';
export { contentDigest, contentDigestMatches } from './http-signature/content-digest.js';
export type { HttpMessage } from './http-signature/message.js';
export {
  COVERED_COMPONENTS,
  DEFAULT_SIGNATURE_TTL_SECONDS,
  MAX_SIGNATURE_TTL_SECONDS,
  SIGNATURE_ALG,
  SIGNATURE_LABEL,
  SIGNATURE_TAG,
} from './http-signature/profile.js';
export {
  type SignRequestOptions,
  type SignatureHeaders,
  signRequest,
  signatureHeaders,
} from './http-signature/sign.js';
export {
  type HttpSignatureFailure,
  type VerifyRequestOptions,
  type VerifyRequestResult,
  verifyRequest,
} from './http-signature/verify.js';
export {
  KEY_ROTATION_TYP,
  type KeyRotation,
  type VerifyKeyRotationResult,
  announceKeyRotation,
  verifyKeyRotation,
} from './crypto/key-rotation.js';
export { type NodeKeys, type PartyKeys, generateNodeKeys, publicKeyRecords } from './crypto/node-keys.js';
export {
  type HostedAuthority,
  PEER_CARD_TYP,
  PEER_CARD_VERSION,
  type PeerCard,
  type PeerCardFailure,
  type VerifyPeerCardOptions,
  type VerifyPeerCardResult,
  fingerprint,
  fingerprintOfKid,
  signPeerCard,
  verifyPeerCard,
} from './peers/peer-card.js';
export {
  type BuildReceiptInput,
  RECEIPT_TYP,
  RECEIPT_TYPES,
  type Receipt,
  type ReceiptType,
  type VerifyReceiptFailure,
  type VerifyReceiptOptions,
  type VerifyReceiptResult,
  buildReceipt,
  receiptRank,
  verifyReceipt,
} from './receipts/receipt.js';
