/**
 * A chart with its legend and the same figures as a table: the drawing library is fetched only
 * when a figure is first shown, and the table is there whether or not it has arrived, for
 * screen readers and for anyone who wants the exact numbers. Colour is never the only sign:
 * every series is named in the legend (lines also by their dash) and is a column of the table.
 */
import { lazy, Suspense } from 'react';
import { useLocale, useT } from '../../i18n/i18n';
import { formatDay, formatFigure } from '../../lib/format';

const TimeChart = lazy(() => import('./time-chart'));

export interface ChartSeries {
  readonly label: string;
  /** One value per day; null where there is none (a gap, not a zero). */
  readonly values: ReadonlyArray<number | null>;
  readonly unit: 'count' | 'seconds';
  /** 'table': a column of the table only, for figures that would crowd the drawing. */
  readonly style: 'bars' | 'line' | 'table';
  readonly colour: string;
  readonly dashed?: boolean;
}

export function ChartFigure({
  title,
  days,
  series,
  empty,
  showInTable = () => true,
}: {
  title: string;
  days: readonly string[];
  /** Memoised by the caller: a new array redraws the chart. */
  series: readonly ChartSeries[];
  /** Said instead of an empty chart. */
  empty: string;
  /** Which days the table lists (e.g. only days with something in them). */
  showInTable?: (index: number) => boolean;
}) {
  const t = useT();
  const locale = useLocale();
  const hasData = series.some((s) => s.values.some((v) => v !== null && v > 0));
  const rows = days.map((_, i) => i).filter(showInTable);
  return (
    <figure className="chart">
      <figcaption className="chart-title">{title}</figcaption>
      {!hasData ? (
        <p className="empty">{empty}</p>
      ) : (
        <>
          <ul className="legend" aria-label={t('chart.legend')}>
            {series
              .filter((s) => s.style !== 'table')
              .map((s) => (
                <li key={s.label}>
                  <span
                    className={`swatch ${s.style === 'bars' ? 'square' : 'line'} ${s.dashed ? 'dashed' : ''}`}
                    style={{ color: s.colour, background: s.style === 'bars' ? s.colour : undefined }}
                    aria-hidden="true"
                  />
                  {s.label}
                </li>
              ))}
          </ul>
          <Suspense fallback={<p>{t('chart.loading')}</p>}>
            <TimeChart label={title} days={days} series={series} />
          </Suspense>
          <details className="chart-table">
            <summary>{t('chart.showTable')}</summary>
            <table className="table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('chart.day')}</th>
                  {series.map((s) => (
                    <th scope="col" key={s.label}>
                      {s.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((i) => (
                  <tr key={days[i]}>
                    <th scope="row">{formatDay(locale, days[i]!, true)}</th>
                    {series.map((s) => (
                      <td key={s.label}>{formatFigure(locale, s.unit, s.values[i])}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </figure>
  );
}
