/**
 * How the incident grew: its objects, and among them its indicators and observables, day by
 * day since the first was added here — with whatever filter the analyst has set on the
 * objects. Only what this person may see is counted (the rest never reached the page).
 */
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n';
import { growthOf } from '../../lib/charts';
import type { ObjectRow } from '../../lib/stix';
import { ChartFigure, type ChartSeries } from '../charts/chart-figure';

export function IncidentGrowth({ rows }: { rows: readonly ObjectRow[] }) {
  const t = useT();
  const growth = useMemo(() => growthOf(rows), [rows]);
  const days = useMemo(() => growth.map((g) => g.day), [growth]);
  const series = useMemo(
    (): ChartSeries[] => [
      {
        label: t('growth.objects'),
        values: growth.map((g) => g.objects),
        unit: 'count',
        style: 'line',
        colour: '#1a5fb4',
      },
      {
        label: t('growth.observables'),
        values: growth.map((g) => g.observables),
        unit: 'count',
        style: 'line',
        colour: '#b35900',
        dashed: true,
      },
      {
        label: t('growth.added'),
        values: growth.map((g) => g.added),
        unit: 'count',
        style: 'table',
        colour: '',
      },
      {
        label: t('growth.addedObservables'),
        values: growth.map((g) => g.addedObservables),
        unit: 'count',
        style: 'table',
        colour: '',
      },
    ],
    [growth, t],
  );
  return (
    <ChartFigure
      title={t('growth.title')}
      days={days}
      series={series}
      empty={t('growth.empty')}
      showInTable={(i) => (growth[i]?.added ?? 0) > 0}
    />
  );
}
