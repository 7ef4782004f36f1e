/**
 * The on-call roster of the person's authority: who is on call now (in escalation order), the
 * shifts in each person's own time zone, and — for the 24/7 desk and administrators — adding
 * and removing shifts. Dates and times are entered with locale-aware fields that know the
 * chosen time zone (no hand-made date arithmetic).
 */
import { type ZonedDateTime, now as nowIn, parseAbsolute } from '@internationalized/date';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, DateField, DateInput, DateSegment, Form, Label } from 'react-aria-components';
import { api, call } from '../api/client';
import type { Person, Roster as RosterView } from '../api/types';
import { useLocale, useT } from '../i18n/i18n';
import { formatInstant } from '../lib/format';
import { Choice, Field } from './fields';
import { useMe } from './me';
import { ProblemNote } from './problem';

type Shift = RosterView['shifts'][number];

export function Roster({ authorityId }: { authorityId: string }) {
  const t = useT();
  const locale = useLocale();
  const { can } = useMe();
  const client = useQueryClient();
  const roster = useQuery({
    queryKey: ['oncall', authorityId],
    queryFn: () =>
      call(api.GET('/api/register/authorities/{id}/oncall', { params: { path: { id: authorityId } } })),
  });
  const people = useQuery({
    queryKey: ['people', authorityId],
    enabled: can('oncall.manage'),
    queryFn: () =>
      call(api.GET('/api/register/authorities/{id}/people', { params: { path: { id: authorityId } } })),
  });
  const replace = useMutation({
    mutationFn: (shifts: Array<Pick<Shift, 'userId' | 'position' | 'startsAt' | 'endsAt' | 'timezone'>>) =>
      call(
        api.PUT('/api/register/authorities/{id}/oncall', {
          params: { path: { id: authorityId } },
          body: { shifts },
        }),
      ),
    onSuccess: (next) => client.setQueryData(['oncall', authorityId], next),
  });
  if (roster.error) return <ProblemNote error={roster.error} />;
  if (!roster.data) return <p>{t('shell.loading')}</p>;
  const current = Date.now();
  const upcoming = roster.data.shifts.filter((s) => Date.parse(s.endsAt) > current);
  const keep = (except?: string) =>
    upcoming
      .filter((s) => s.id !== except)
      .map(({ userId, position, startsAt, endsAt, timezone }) => ({
        userId,
        position,
        startsAt,
        endsAt,
        timezone,
      }));
  return (
    <>
      <h3>{t('roster.now')}</h3>
      {roster.data.onCall.length === 0 ? (
        <p className="warning">{t('desk.nobodyOnCall')}</p>
      ) : (
        <ol className="on-call-list">
          {roster.data.onCall.map((o) => (
            <li key={`${o.userId}-${o.position}`}>
              <strong>{o.displayName}</strong> · {t('roster.position', { position: o.position })} ·{' '}
              {t('roster.until', { time: formatInstant(locale, o.until) })} ·{' '}
              {t('roster.theirTime', { time: o.localTime })}
            </li>
          ))}
        </ol>
      )}
      <h3>{t('roster.shifts')}</h3>
      {roster.data.shifts.length === 0 ? (
        <p className="empty">{t('roster.noShifts')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('roster.shifts')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('case.person')}</th>
              <th scope="col">{t('roster.positionCol')}</th>
              <th scope="col">{t('roster.starts')}</th>
              <th scope="col">{t('roster.ends')}</th>
              {can('oncall.manage') && <th scope="col">{t('desk.col.action')}</th>}
            </tr>
          </thead>
          <tbody>
            {roster.data.shifts.map((s) => (
              <tr key={s.id} className={Date.parse(s.endsAt) <= current ? 'past' : undefined}>
                <th scope="row">{s.displayName}</th>
                <td>{s.position}</td>
                <td>{formatInstant(locale, s.startsAt, s.timezone)}</td>
                <td>{formatInstant(locale, s.endsAt, s.timezone)}</td>
                {can('oncall.manage') && (
                  <td>
                    {Date.parse(s.endsAt) > current && (
                      <Button
                        className="link-button"
                        onPress={() => replace.mutate(keep(s.id))}
                        isDisabled={replace.isPending}
                      >
                        {t('roster.remove', { name: s.displayName })}
                      </Button>
                    )}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ProblemNote error={replace.error} />
      {can('oncall.manage') && people.data && (
        <AddShift
          people={people.data}
          onAdd={(shift) => replace.mutateAsync([...keep(), shift])}
          busy={replace.isPending}
        />
      )}
    </>
  );
}

function AddShift({
  people,
  onAdd,
  busy,
}: {
  people: Person[];
  onAdd(shift: {
    userId: string;
    position: number;
    startsAt: string;
    endsAt: string;
    timezone: string;
  }): Promise<unknown>;
  busy: boolean;
}) {
  const t = useT();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const [timezone, setTimezone] = useState(zone);
  const [userId, setUserId] = useState<string | null>(null);
  const [position, setPosition] = useState('0');
  const [starts, setStarts] = useState<ZonedDateTime | null>(() =>
    nowIn(zone).set({ second: 0, millisecond: 0 }),
  );
  const [ends, setEnds] = useState<ZonedDateTime | null>(() =>
    nowIn(zone).add({ hours: 12 }).set({ second: 0, millisecond: 0 }),
  );
  const [problem, setProblem] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMissing(!userId);
    if (!userId || !starts || !ends) return;
    setProblem(null);
    try {
      await onAdd({
        userId,
        position: Number(position) || 0,
        startsAt: starts.toAbsoluteString(),
        endsAt: ends.toAbsoluteString(),
        timezone,
      });
      setUserId(null);
    } catch (error) {
      setProblem(error);
    }
  };
  // A zone change keeps the instants and shows them in the new zone.
  const rezone = (next: string) => {
    setTimezone(next);
    try {
      if (starts) setStarts(parseAbsolute(starts.toAbsoluteString(), next));
      if (ends) setEnds(parseAbsolute(ends.toAbsoluteString(), next));
    } catch {
      // An unknown zone is reported by the node when the shift is sent.
    }
  };
  return (
    <Form onSubmit={(e) => void submit(e)} className="form" aria-label={t('roster.add')}>
      <h3>{t('roster.add')}</h3>
      <Choice
        name="userId"
        label={t('case.person')}
        options={people.map((p) => ({ id: p.id, label: p.displayName }))}
        value={userId}
        onChange={setUserId}
        required
        missing={missing}
        problem={problem}
      />
      <Field
        name="position"
        label={t('roster.positionCol')}
        description={t('roster.positionHelp')}
        type="number"
        value={position}
        onChange={setPosition}
        problem={problem}
      />
      <Field
        name="timezone"
        label={t('roster.timezone')}
        value={timezone}
        onChange={rezone}
        problem={problem}
      />
      <DateField
        className="field"
        value={starts}
        onChange={setStarts}
        granularity="minute"
        hideTimeZone={false}
        isRequired
      >
        <Label>{t('roster.starts')}</Label>
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} />}</DateInput>
      </DateField>
      <DateField
        className="field"
        value={ends}
        onChange={setEnds}
        granularity="minute"
        hideTimeZone={false}
        isRequired
      >
        <Label>{t('roster.ends')}</Label>
        <DateInput className="date-input">{(segment) => <DateSegment segment={segment} />}</DateInput>
      </DateField>
      <ProblemNote error={problem} />
      <Button type="submit" className="secondary" isDisabled={busy}>
        {t('roster.add')}
      </Button>
    </Form>
  );
}
