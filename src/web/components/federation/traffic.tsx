/**
 * Traffic with one peer over the last days, as two charts with their tables: messages per day
 * (queued here for the peer, and received from it) and how long delivery took (median and
 * 95th percentile of the day's delivered messages). What was refused or still waits is in the
 * table, beside the day it was queued.
 */
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { api, call } from '../../api/client';
import type { Get } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ChartFigure, type ChartSeries } from '../charts/chart-figure';
import { Choice } from '../fields';
import { ProblemNote } from '../problem';

type Traffic = Get<'/api/federation/peers/{nodeId}/traffic'>;
const SPANS = [7, 30, 90] as const;

export function PeerTraffic({ nodeId }: { nodeId: string }) {
  const t = useT();
  const [span, setSpan] = useState<(typeof SPANS)[number]>(30);
  const traffic = useQuery({
    queryKey: ['federation', 'traffic', nodeId, span],
    queryFn: () =>
      call(
        api.GET('/api/federation/peers/{nodeId}/traffic', {
          params: { path: { nodeId }, query: { days: span } },
        }),
      ),
    refetchInterval: 60_000,
  });
  return (
    <div className="traffic">
      <Choice
        name={`span-${nodeId}`}
        label={t('traffic.span')}
        value={String(span)}
        onChange={(v) => setSpan(SPANS.find((s) => String(s) === v) ?? 30)}
        options={SPANS.map((s) => ({ id: String(s), label: t('traffic.days', { count: s }) }))}
      />
      <ProblemNote error={traffic.error} />
      {!traffic.data && !traffic.error && <p>{t('shell.loading')}</p>}
      {traffic.data && <TrafficCharts traffic={traffic.data} />}
    </div>
  );
}

function TrafficCharts({ traffic }: { traffic: Traffic }) {
  const t = useT();
  const days = useMemo(() => traffic.days.map((d) => d.day), [traffic]);
  const messages = useMemo((): ChartSeries[] => {
    const column = (label: string, pick: (d: Traffic['days'][number]) => number): ChartSeries => ({
      label,
      values: traffic.days.map(pick),
      unit: 'count',
      style: 'table',
      colour: '',
    });
    return [
      { ...column(t('traffic.sent'), (d) => d.sent), style: 'bars', colour: '#1a5fb4' },
      { ...column(t('traffic.received'), (d) => d.received), style: 'bars', colour: '#b35900' },
      column(t('traffic.delivered'), (d) => d.delivered),
      column(t('traffic.rejected'), (d) => d.rejected),
      column(t('traffic.waiting'), (d) => d.waiting),
    ];
  }, [traffic, t]);
  const times = useMemo((): ChartSeries[] => {
    const of = (pick: (x: { median: number; p95: number; max: number }) => number) =>
      traffic.days.map((d) => (d.deliveryTimes ? pick(d.deliveryTimes) : null));
    return [
      {
        label: t('traffic.median'),
        values: of((x) => x.median),
        unit: 'seconds',
        style: 'line',
        colour: '#1a5fb4',
      },
      {
        label: t('traffic.p95'),
        values: of((x) => x.p95),
        unit: 'seconds',
        style: 'line',
        colour: '#b35900',
        dashed: true,
      },
      { label: t('traffic.max'), values: of((x) => x.max), unit: 'seconds', style: 'table', colour: '' },
    ];
  }, [traffic, t]);
  return (
    <>
      <ChartFigure
        title={t('traffic.messagesTitle', { peer: traffic.peer })}
        days={days}
        series={messages}
        empty={t('traffic.noMessages')}
        showInTable={(i) => {
          const d = traffic.days[i];
          return d !== undefined && d.sent + d.received > 0;
        }}
      />
      <ChartFigure
        title={t('traffic.timesTitle', { peer: traffic.peer })}
        days={days}
        series={times}
        empty={t('traffic.noDeliveries')}
        showInTable={(i) => traffic.days[i]?.deliveryTimes !== null}
      />
    </>
  );
}
