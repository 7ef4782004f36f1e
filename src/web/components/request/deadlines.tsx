/** Every deadline of a request: due in both States' local time, time left, and the law that sets it. */
import type { RequestState } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { term } from '../../i18n/terms';
import { BothTimes, TimeLeft } from '../clock';

export function Deadlines({
  state,
  now,
  mySide,
}: {
  state: RequestState;
  now: Date;
  mySide: 'requesting' | 'requested';
}) {
  const t = useT();
  const otherZone = mySide === 'requested' ? state.timeZones.requesting : state.timeZones.requested;
  if (state.deadlines.length === 0) return <p className="empty">{t('request.noDeadlines')}</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">{t('request.deadlines')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('deadline.name')}</th>
          <th scope="col">{t('deadline.state')}</th>
          <th scope="col">{t('deadline.due')}</th>
          <th scope="col">{t('deadline.source')}</th>
        </tr>
      </thead>
      <tbody>
        {state.deadlines.map((d) => (
          <tr key={d.id}>
            <th scope="row">
              <span lang="en">{d.label}</span>
            </th>
            <td>
              {term(t, 'deadline', d.status)}
              {d.status === 'running' && d.dueAt ? (
                <>
                  {' · '}
                  <TimeLeft dueAt={d.dueAt} now={now} />
                </>
              ) : null}
            </td>
            <td>{d.dueAt ? <BothTimes at={d.dueAt} otherZone={otherZone} /> : t('deadline.noFigure')}</td>
            <td>
              <span lang="en">{d.source}</span>
              <span className={`confidence ${d.confidence}`}> · {term(t, 'confidence', d.confidence)}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
