import { cite } from '../provenance.js';
import type { Instrument } from '../regimes/pack-schema.js';
import type { Finding } from './finding.js';

/** What the request asks about confidentiality and user non-notification, against what the instrument provides. */
export function checkConfidentiality(
  instrument: Instrument,
  fields: Readonly<Record<string, unknown>>,
): Finding[] {
  const out: Finding[] = [];
  if (fields['confidentialityRequested'] === true) {
    const p = instrument.requestConfidentiality;
    out.push(
      p?.value
        ? {
            code: 'keep_confidential',
            severity: 'info',
            path: '/fields/confidentialityRequested',
            message:
              'keep the fact and substance of the request confidential; tell the requesting State at once if that is impossible',
            provision: cite(p),
          }
        : {
            code: 'confidentiality_not_provided',
            severity: 'warning',
            path: '/fields/confidentialityRequested',
            message: 'the instrument provides no confidentiality undertaking; agree it bilaterally',
            ...(p ? { provision: cite(p) } : {}),
          },
    );
  }
  if (fields['userNonNotification'] === true) {
    const p = instrument.userNonNotification;
    out.push(
      p?.value
        ? {
            code: 'do_not_notify_user',
            severity: 'info',
            path: '/fields/userNonNotification',
            message: 'do not notify the user or account holder; instruct the provider accordingly',
            provision: cite(p),
          }
        : {
            code: 'non_notification_not_provided',
            severity: 'warning',
            path: '/fields/userNonNotification',
            message: 'the instrument does not provide for user non-notification; domestic law decides',
            ...(p ? { provision: cite(p) } : {}),
          },
    );
  }
  return out;
}
