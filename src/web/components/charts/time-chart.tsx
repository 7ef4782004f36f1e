/**
 * A chart of figures per day, drawn by uPlot (fetched only with this file, by the screens that
 * show a chart). Time runs left to right in every language, as on a calendar's timeline. By
 * keyboard: focus the chart, the arrows step from day to day, Home and End jump to the ends,
 * and the day's figures are read out beside it. The same figures are always in the table the
 * chart's figure holds, for anyone who would rather read.
 */
import { type KeyboardEvent, useEffect, useId, useMemo, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useLocale, useT } from '../../i18n/i18n';
import { dayStart } from '../../lib/charts';
import { formatDay, formatFigure, formatList } from '../../lib/format';
import type { ChartSeries } from './chart-figure';

const HEIGHT = 220;
const DAY = 86_400;
const FONT = '12px "Noto Sans", system-ui, sans-serif';
const AXIS = { stroke: '#4f5863', font: FONT, grid: { stroke: '#e4e7eb', width: 1 }, ticks: { show: false } };

export default function TimeChart({
  label,
  days,
  series,
}: {
  label: string;
  days: readonly string[];
  series: readonly ChartSeries[];
}) {
  const t = useT();
  const locale = useLocale();
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const readoutId = useId();
  const [at, setAt] = useState<number | null>(null);
  const drawn = useMemo(() => series.filter((s) => s.style !== 'table'), [series]);
  const unit = drawn[0]?.unit ?? 'count';

  useEffect(() => {
    if (!box.current) return;
    const first = dayStart(days[0] ?? '1970-01-01');
    const last = dayStart(days.at(-1) ?? '1970-01-01');
    const bars = drawn.filter((s) => s.style === 'bars').length;
    let bar = 0;
    const options: uPlot.Options = {
      width: box.current.clientWidth || 600,
      height: HEIGHT,
      legend: { show: false },
      // Days are UTC days: the ticks fall on UTC midnights whatever the browser's zone.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: {
        // Half a day of margin each side, and at least a week shown, so one day is not a sliver.
        // (Taken from the days themselves: for a single point uPlot proposes a thousand days.)
        x: { time: true, range: () => [Math.min(first, last - 6 * DAY) - DAY / 2, last + DAY / 2] },
        y: {
          range: (_u, _min, max) => [
            0,
            unit === 'count' ? Math.max(1, Math.ceil(max * 1.1)) : max * 1.1 || 1,
          ],
        },
      },
      axes: [
        {
          ...AXIS,
          // Whole days only: a tick every twelve hours would name each day twice.
          incrs: [1, 2, 7, 14, 28, 56, 91, 182, 364].map((d) => d * DAY),
          values: (_u, splits) =>
            splits.map((s) => formatDay(locale, new Date(s * 1000).toISOString().slice(0, 10))),
        },
        {
          ...AXIS,
          size: 64,
          values: (_u, splits) =>
            splits.map((s) =>
              unit === 'count' && !Number.isInteger(s) ? '' : formatFigure(locale, unit, s),
            ),
        },
      ],
      series: [
        {},
        ...drawn.map((s): uPlot.Series => {
          const isBars = s.style === 'bars';
          const align = isBars && bars > 1 ? ((bar++ === 0 ? -1 : 1) as -1 | 1) : 0;
          return {
            label: s.label,
            stroke: s.colour,
            width: isBars ? 1 : 2,
            dash: s.dashed ? [6, 4] : undefined,
            fill: isBars ? s.colour : undefined,
            spanGaps: false,
            points: { show: !isBars && days.length < 40, size: 5, fill: s.colour },
            paths: isBars ? uPlot.paths.bars!({ size: [bars > 1 ? 0.4 : 0.7, 40], align }) : undefined,
          };
        }),
      ],
      cursor: { drag: { x: false, y: false }, points: { show: true } },
      hooks: { setCursor: [(u) => setAt(u.cursor.idx ?? null)] },
    };
    // A zero bar is drawn as none: a hairline on every quiet day reads as traffic.
    const data: uPlot.AlignedData = [
      days.map(dayStart),
      ...drawn.map((s) => s.values.map((v) => (v === null || (v === 0 && s.style === 'bars') ? null : v))),
    ];
    const instance = new uPlot(options, data, box.current);
    plot.current = instance;
    const resize = new ResizeObserver(() => {
      if (box.current) instance.setSize({ width: box.current.clientWidth, height: HEIGHT });
    });
    resize.observe(box.current);
    return () => {
      resize.disconnect();
      instance.destroy();
      plot.current = null;
    };
  }, [days, drawn, locale, unit]);

  /** Puts the cursor on a day, as hovering would, so the readout says its figures. */
  const moveTo = (index: number) => {
    const u = plot.current;
    if (!u || days.length === 0) return;
    const i = Math.max(0, Math.min(days.length - 1, index));
    const first = drawn[0]?.values[i] ?? 0;
    u.setCursor({ left: u.valToPos(dayStart(days[i]!), 'x'), top: u.valToPos(first ?? 0, 'y') });
    setAt(i);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const step: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, ArrowUp: 1, ArrowDown: -1 };
    if (e.key in step) moveTo((at ?? -1) + step[e.key]!);
    else if (e.key === 'Home') moveTo(0);
    else if (e.key === 'End') moveTo(days.length - 1);
    else return;
    e.preventDefault();
  };

  const readout =
    at === null || days[at] === undefined
      ? t('chart.hint')
      : `${formatDay(locale, days[at], true)}: ${formatList(
          locale,
          drawn.map((s) => `${s.label} ${formatFigure(locale, s.unit, s.values[at])}`),
        )}`;
  return (
    <div className="time-chart">
      <div
        ref={box}
        className="chart-canvas"
        dir="ltr"
        role="application"
        aria-label={label}
        aria-describedby={readoutId}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the arrows step through the days
        tabIndex={0}
        onKeyDown={onKeyDown}
      />
      <p className="chart-readout" id={readoutId} aria-live="polite">
        {readout}
      </p>
    </div>
  );
}
