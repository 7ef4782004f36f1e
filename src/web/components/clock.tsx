/** A running deadline: time left (or overdue), its due instant for the officer and for the other side. */
import { formatDuration, formatInstant, timeLeft } from '../lib/format';
import { useLocale, useT } from '../i18n/i18n';

export function TimeLeft({ dueAt, now }: { dueAt: string; now: Date }) {
  const t = useT();
  const locale = useLocale();
  const left = timeLeft(now, dueAt);
  const text = left.overdue
    ? t('clock.overdue', { duration: formatDuration(locale, -left.ms) })
    : t('clock.left', { duration: formatDuration(locale, left.ms) });
  return (
    <span className={left.overdue ? 'clock overdue' : left.pressing ? 'clock pressing' : 'clock'}>
      {text}
    </span>
  );
}

/** The due instant in the officer's own zone and in the other authority's zone. */
export function BothTimes({ at, otherZone }: { at: string; otherZone: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <span className="both-times">
      <span>{t('clock.yours', { time: formatInstant(locale, at) })}</span>
      <span>{t('clock.theirs', { time: formatInstant(locale, at, otherZone) })}</span>
    </span>
  );
}
