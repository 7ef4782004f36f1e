/** The request's event log, oldest first: what happened, when, by which side and role. */
import type { RequestEvent } from '../../api/types';
import { useLocale, useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { formatInstant } from '../../lib/format';

export function Timeline({ events }: { events: readonly RequestEvent[] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <ol className="timeline">
      {events.map((e, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the event log is append-only; a position never changes
        <li key={`${e.type}-${i}`}>
          <time dateTime={e.at}>{formatInstant(locale, e.at)}</time>
          <span className="event">{term(t, 'event', e.type)}</span>
          <span className="muted">
            {t('timeline.by', {
              side: e.actor.side === 'requesting' ? t('side.requesting') : t('side.requested'),
              role: term(t, 'role', e.actor.role),
            })}
            {e.actor.automatic ? ` · ${t('timeline.automatic')}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
