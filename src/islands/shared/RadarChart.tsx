import { wrapLabel } from '../../domain/chart/wrap-label';
import { afterNextPaint } from '../lib/after-paint';
import { cssColor } from '../lib/css-color';
import { useEffect, useId, useLayoutEffect, useRef } from 'preact/hooks';
import { Chart, LineElement, PointElement, RadarController, RadialLinearScale, type ChartConfiguration, type ChartDataset } from 'chart.js?radar';
import { inOrder, RADAR_DASHES, radarOrder } from '../../domain/chart/radar-order';
import type { BaseKit } from '../lib/kit';
import { ChartFrame } from './ChartFrame';

// Only a radar's parts, from the radar's own copy of chart.js (scripts/chart-copy.mjs). No legend,
// filler or tooltip plugin: the legend is HTML, and the table beside the chart gives every value to
// mouse, keyboard and screen reader alike; together they would cost the page 7 KB gzip.
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement);

/** The strings a page must ship for a radar (besides its own title and labels). */
export const RADAR_KEYS = ['radar.png'] as const;

export interface RadarAxis {
  id: string;
  label: string;
}

export interface RadarSeries {
  id: string;
  label: string;
  /** One value per axis, in the axes' order; null where there is none (the line leaves a gap). */
  values: ReadonlyArray<number | null>;
  /** Drawn thick (a mean, or the respondent shown); the others thin. */
  emphasis?: boolean;
  /** Shown in the table where this series has no value, instead of the chart's `missing`. */
  missing?: string;
}

interface Props {
  title: string;
  /** Under the title of a downloaded PNG: whose, when. */
  subtitle: string;
  /** What the chart shows, for screen readers; the table beside it gives the numbers. */
  description: string;
  axes: readonly RadarAxis[];
  /** Up to six stay legible; more are drawn but share patterns. */
  series: readonly RadarSeries[];
  min: number;
  max: number;
  fileName: string;
  /** The heading of the table's first column (e.g. "Dimension"). */
  axisHeading: string;
  /** Shown in the table where a series has no value. */
  missing: string;
  kit: Pick<BaseKit, 't' | 'fmt' | 'dir' | 'localeTag'>;
  /**
   * False when the page shows the same numbers in a table of its own next to the chart (say so in
   * `description`); the radar then leaves its table out rather than repeat it.
   */
  table?: boolean;
  class?: string;
}

/** Series colours by position, as CSS custom properties; radar.css gives the legend's keys the same. */
const COLORS = ['--accent', '--type-development', '--type-opportunistic', '--type-maintenance', '--text-soft', '--bad'];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;

/** A custom property as a colour canvas understands (light-dark() resolved for the page's scheme). */
const resolve = (host: Element, property: string) => cssColor(property, host);

const DARK = '(prefers-color-scheme: dark)';

function datasets(series: readonly RadarSeries[], order: readonly number[], host: Element): ChartDataset<'radar', (number | null)[]>[] {
  return series.map((entry, index) => {
    const color = resolve(host, COLORS[index % COLORS.length]!);
    return {
      label: entry.label,
      data: inOrder(entry.values, order),
      borderColor: color,
      backgroundColor: color,
      borderWidth: entry.emphasis ? 3 : 1.5,
      borderDash: [...RADAR_DASHES[index % RADAR_DASHES.length]!],
      pointStyle: POINTS[index % POINTS.length],
      pointRadius: entry.emphasis ? 4 : 3,
      pointBackgroundColor: color,
      pointBorderColor: color,
      spanGaps: false,
    };
  });
}

function options(props: Props, host: Element): ChartConfiguration<'radar'>['options'] {
  const { kit, min, max } = props;
  const text = resolve(host, '--text');
  const grid = resolve(host, '--border-soft');
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: true,
    aspectRatio: 1,
    locale: kit.localeTag,
    scales: {
      r: {
        min,
        max,
        ticks: {
          stepSize: 1,
          color: text,
          backdropColor: 'transparent',
          callback: (value) => kit.fmt(Number(value), 0),
        },
        pointLabels: {
          color: text,
          font: { size: window.innerWidth < 600 ? 11 : 13 },
        },
        grid: { color: grid },
        angleLines: { color: grid },
      },
    },
  };
}

/**
 * A radar in the workbook's chart frame: the chart, an HTML legend telling series apart by line
 * pattern as well as colour, the data table (the accessible equivalent) and a PNG download. Made
 * once and updated in place; right to left, the axes go round the other way.
 */
export function RadarChart(props: Props) {
  const { title, subtitle, description, axes, series, fileName, axisHeading, missing, kit } = props;
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'radar', (number | null)[], string | string[]> | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const captionId = `radar-${useId()}`;

  const draw = useRef(() => {});
  draw.current = () => {
    const host = canvas.current?.parentElement;
    if (!host || !canvas.current) return;
    const now = latest.current;
    const order = radarOrder(now.axes.length, now.kit.dir);
    // Long names go on two or three lines (by words; Chinese by characters), so none is cut off at the edge of a phone.
    const labels = order.map((index) => wrapLabel(now.axes[index]!.label, window.innerWidth < 600 ? 12 : 22));
    if (chart.current) {
      chart.current.data.labels = labels;
      chart.current.data.datasets = datasets(now.series, order, host);
      chart.current.options = options(now, host) ?? {};
      chart.current.update('none');
    } else {
      chart.current = new Chart(canvas.current, {
        type: 'radar',
        data: { labels, datasets: datasets(now.series, order, host) },
        options: options(now, host),
        plugins: [
          {
            id: 'radarBackground',
            beforeDraw(instance) {
              instance.ctx.save();
              instance.ctx.fillStyle = resolve(host, '--bg');
              instance.ctx.fillRect(0, 0, instance.width, instance.height);
              instance.ctx.restore();
            },
          },
        ],
      });
    }
  };

  // Drawn just after the next paint, once for a burst of changes: the tables and legend around it
  // show first (a file of fifty colleagues), and the radar follows a frame later.
  const pending = useRef<(() => void) | null>(null);
  useLayoutEffect(() => {
    pending.current ??= afterNextPaint(() => {
      pending.current = null;
      draw.current();
    }, 50);
  }, [axes, series, props.min, props.max]);

  useEffect(() => {
    const redraw = () => draw.current();
    const themeObserver = new MutationObserver(redraw);
    themeObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['data-theme'],
    });
    const dark = window.matchMedia(DARK);
    dark.addEventListener('change', redraw);
    return () => {
      pending.current?.();
      themeObserver.disconnect();
      dark.removeEventListener('change', redraw);
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);

  const value = (entry: number | null | undefined, own?: string) => (entry == null ? (own ?? missing) : kit.fmt(entry, 1));
  const table = props.table !== false;
  return (
    <div class={`radar ${table ? 'radar-with-table' : ''} ${props.class ?? ''}`}>
      <ChartFrame class="radar-chart" canvas={canvas} description={description} title={title} subtitle={subtitle} pngLabel={kit.t('radar.png')} fileName={fileName}>
        <ul class="chart-legend radar-legend">
          {series.map((entry, index) => (
            <li key={entry.id} class={entry.emphasis ? 'emphasis' : undefined}>
              <svg class={`radar-key radar-key-${index % COLORS.length}`} viewBox="0 0 32 10" aria-hidden="true" focusable="false">
                <line x1="1" y1="5" x2="31" y2="5" stroke-width={entry.emphasis ? 3 : 2} stroke-dasharray={RADAR_DASHES[index % RADAR_DASHES.length]!.join(' ') || undefined} />
              </svg>{' '}
              {entry.label}
            </li>
          ))}
        </ul>
      </ChartFrame>
      {table && (
        <div class="table-scroll" tabIndex={0} role="region" aria-labelledby={captionId}>
          <table class="radar-table">
            <caption id={captionId}>{title}</caption>
            <thead>
              <tr>
                <th scope="col" class="sticky-col">
                  {axisHeading}
                </th>
                {series.map((entry) => (
                  <th key={entry.id} scope="col">
                    {entry.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {axes.map((axis, row) => (
                <tr key={axis.id}>
                  <th scope="row" class="sticky-col">
                    {axis.label}
                  </th>
                  {series.map((entry) => (
                    <td key={entry.id}>{value(entry.values[row], entry.missing)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
