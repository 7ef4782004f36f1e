/** `GET …/status/{id}/`: the outcome of one of the caller's own POSTs (TAXII 2.1 §4.3). */
import type { Principal } from '../../core/accounts/roles.js';
import { NotFoundError } from '../../core/errors.js';
import type { Reader } from '../../storage/database.js';
import { readStatus, type TaxiiStatusRecord } from '../../storage/taxii/status-rows.js';
import { STATUS_KEPT_DAYS } from './post-objects.js';

/** Someone else's status, or one past its keeping, is answered as unknown (404), never 403. */
export async function statusFor(
  db: Reader,
  principal: Principal,
  id: string,
  now: Date,
): Promise<TaxiiStatusRecord> {
  const status = await readStatus(db, id);
  const keptSince = new Date(now.getTime() - STATUS_KEPT_DAYS * 86_400_000).toISOString();
  if (!status || status.userId !== principal.userId || status.requestTimestamp < keptSince)
    throw new NotFoundError('taxii_status', id);
  return status;
}
