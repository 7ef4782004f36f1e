/**
 * Problems from the node, in the person's language: a sentence for the error's code (or its
 * kind), the node's own words beneath it, and each field's problem next to that field.
 */
import { ApiProblem, ConnectionLost, type FieldIssue } from '../api/client';
import { type MessageKey, type Translate, useT } from '../i18n/i18n';

/** Codes a person meets in the console, each said in their language; others by their kind. */
const CODE_KEYS: Record<string, MessageKey> = {
  invalid_credentials: 'error.invalid_credentials',
  totp_required: 'error.totp_required',
  invalid_totp: 'error.invalid_totp',
  account_locked: 'error.account_locked',
  too_many_login_attempts: 'error.too_many_login_attempts',
  weak_password: 'error.weak_password',
  wrong_password: 'error.wrong_password',
  password_change_required: 'error.password_change_required',
  stale_version: 'error.stale_version',
  concurrent_update: 'error.stale_version',
  illegal_transition: 'error.illegal_transition',
  wrong_side: 'error.wrong_side',
  role_not_permitted: 'error.role_not_permitted',
  reasons_required: 'error.reasons_required',
  consultation_required: 'error.consultation_required',
  refusal_ground_not_permitted: 'error.ground_not_permitted',
  postponement_ground_not_permitted: 'error.ground_not_permitted',
  unknown_ground: 'error.ground_not_permitted',
  missing_required_field: 'error.missing_required_field',
  instrument_not_available: 'error.instrument_not_available',
  no_peer_for_state: 'error.no_peer_for_state',
  screening_incomplete: 'error.screening_incomplete',
  screening_concern: 'error.screening_concern',
  item_already_decided: 'error.item_already_decided',
  hash_mismatch: 'error.hash_mismatch',
  upload_incomplete: 'error.upload_incomplete',
  payload_too_large: 'error.payload_too_large',
  federation_unavailable: 'error.federation_unavailable',
  node_not_configured: 'error.node_not_configured',
  validation_failed: 'error.validation_failed',
};

const STATUS_KEYS: Record<number, MessageKey> = {
  400: 'error.invalid',
  401: 'error.unauthenticated',
  403: 'error.forbidden',
  404: 'error.not_found',
  409: 'error.conflict',
  413: 'error.too_large',
  415: 'error.invalid',
  422: 'error.invalid',
  429: 'error.rate_limited',
  500: 'error.internal',
  503: 'error.unavailable',
};

export function problemText(t: Translate, error: unknown): string {
  if (error instanceof ConnectionLost) return t('error.connection');
  if (error instanceof ApiProblem) {
    const key = CODE_KEYS[error.code] ?? STATUS_KEYS[error.status] ?? 'error.internal';
    return t(key);
  }
  return t('error.internal');
}

/** The summary of a problem, read out when it appears. */
export function ProblemNote({ error }: { error: unknown }) {
  const t = useT();
  if (!error) return null;
  return (
    <div className="problem" role="alert">
      <p>{problemText(t, error)}</p>
      {error instanceof ApiProblem && error.detail && (
        <p className="problem-detail">
          <span>{t('error.fromNode')} </span>
          <span lang="en">{error.detail}</span>
        </p>
      )}
    </div>
  );
}

/** One field's problem, in the person's language where the rule is known. */
export function issueText(
  t: Translate,
  issue: FieldIssue & { rule?: string; limit?: string | number },
): string {
  switch (issue.rule) {
    case 'required':
      return t('field.required');
    case 'minLength':
      return t('field.minLength', { limit: Number(issue.limit ?? 1) });
    case 'maxLength':
      return t('field.maxLength', { limit: Number(issue.limit ?? 0) });
    case 'pattern':
    case 'format':
      return t('field.format');
    case 'enum':
      return t('field.oneOf', { values: String(issue.limit ?? '') });
    case 'minimum':
      return t('field.minimum', { limit: Number(issue.limit ?? 0) });
    case 'maximum':
      return t('field.maximum', { limit: Number(issue.limit ?? 0) });
    case 'unknown_field':
      return t('field.unknown');
    case 'later':
      return t('field.later');
    default:
      return t('field.invalid');
  }
}
