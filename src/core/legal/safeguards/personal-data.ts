import { DAY } from '../../clock.js';
import type { Finding } from './finding.js';
import type { ReceivedDataItem } from './onward-transfer.js';

/** Retention deadlines of held data: past due must be erased; close to due or unbounded gets a warning. */
export function checkRetention(items: readonly ReceivedDataItem[], now: Date, warnDays = 30): Finding[] {
  const t = now.getTime();
  return items.flatMap((item): Finding[] => {
    const c = item.conditions;
    const provision = { source: c.source, confidence: c.confidence };
    if (c.retentionUntil === null)
      return c.personalDataCategories.length > 0
        ? [
            {
              code: 'no_retention_limit',
              severity: 'warning',
              path: `/items/${item.id}`,
              message: `personal data (${c.personalDataCategories.join(', ')}) held without a retention limit`,
              provision,
            },
          ]
        : [];
    const until = Date.parse(c.retentionUntil);
    if (until < t)
      return [
        {
          code: 'retention_expired',
          severity: 'blocking',
          path: `/items/${item.id}`,
          message: `retention ended ${c.retentionUntil}: erase the item and tell peers that hold copies`,
          provision,
        },
      ];
    if (until - t < warnDays * DAY)
      return [
        {
          code: 'retention_ending',
          severity: 'warning',
          path: `/items/${item.id}`,
          message: `retention ends ${c.retentionUntil}`,
          provision,
        },
      ];
    return [];
  });
}
