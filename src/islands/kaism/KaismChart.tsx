import { useEffect, useRef } from 'preact/hooks';
import { BubbleController, Chart, LinearScale, PointElement, Tooltip, type ChartConfiguration, type Plugin } from 'chart.js';
import { ACCOUNT_TYPES, type AccountType, type Portfolio } from '../../domain/kaism/compute';
import type { Account, KaismData } from '../../domain/kaism/model';
import { downloadBlob } from '../lib/download';

// Only what a bubble chart needs: keeps chart.js near 50 KB gzip instead of ~71 KB for chart.js/auto.
Chart.register(BubbleController, PointElement, LinearScale, Tooltip);

/** Types differ by shape as well as colour, so the chart reads without colour vision. */
const SHAPES: Record<AccountType, 'circle' | 'rect' | 'triangle' | 'rectRot'> = {
  key: 'circle',
  development: 'triangle',
  maintenance: 'rect',
  opportunistic: 'rectRot',
};
const MAX_RADIUS = 28;
const MIN_RADIUS = 3;

interface Props {
  state: KaismData;
  portfolio: Portfolio;
  t: (key: string, vars?: Record<string, string | number>) => string;
  fmt: (value: number, digits?: number) => string;
  dir: 'ltr' | 'rtl';
  accountName: (account: Account) => string;
  typeName: (type: AccountType) => string;
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#000';
}

/** Bubble area, not radius, is proportional to volume. */
export function bubbleRadius(volume: number, largest: number): number {
  if (largest <= 0) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(volume / largest));
}

export function KaismChart({ state, portfolio, t, fmt, dir, accountName, typeName }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bubble'> | null>(null);
  const ratio = state.settings.strengthMode === 'ratio';
  // Classic DPM: strength runs high → low from the reading start. Mirrored for right-to-left pages.
  const reverseX = state.settings.classicLayout !== (dir === 'rtl');

  useEffect(() => {
    if (!canvas.current) return;
    const largest = Math.max(0, ...portfolio.placed.map((entry) => entry.account.volume));
    const strengths = portfolio.placed.map((entry) => entry.position.strength);
    const xMax = ratio ? Math.max(2, Math.ceil(Math.max(...strengths, portfolio.boundaries.strength) * 1.1 * 10) / 10) : 10;
    const xMin = ratio ? 0 : 1;
    const text = cssVar('--text');
    const grid = cssVar('--border');
    const quadrantNames: Record<AccountType, string> = {
      key: typeName('key'),
      development: typeName('development'),
      maintenance: typeName('maintenance'),
      opportunistic: typeName('opportunistic'),
    };

    const quadrants: Plugin<'bubble'> = {
      id: 'kaismQuadrants',
      beforeDraw(instance) {
        const { ctx, chartArea, scales } = instance;
        const x = scales['x'];
        const y = scales['y'];
        if (!x || !y) return;
        ctx.save();
        ctx.fillStyle = cssVar('--bg');
        ctx.fillRect(0, 0, instance.width, instance.height);
        const bx = x.getPixelForValue(portfolio.boundaries.strength);
        const by = y.getPixelForValue(portfolio.boundaries.attractiveness);
        ctx.strokeStyle = text;
        ctx.lineWidth = 2;
        ctx.setLineDash([6, 4]);
        ctx.beginPath();
        ctx.moveTo(bx, chartArea.top);
        ctx.lineTo(bx, chartArea.bottom);
        ctx.moveTo(chartArea.left, by);
        ctx.lineTo(chartArea.right, by);
        ctx.stroke();
        ctx.setLineDash([]);
        // Quadrant names in the corners: high strength is on the side where x is high.
        const highStrengthLeft = reverseX;
        const leftX = chartArea.left + 8;
        const rightX = chartArea.right - 8;
        ctx.fillStyle = text;
        ctx.font = `600 13px ${getComputedStyle(document.body).fontFamily}`;
        const label = (name: string, side: 'left' | 'right', top: boolean) => {
          ctx.textAlign = side;
          ctx.textBaseline = top ? 'top' : 'bottom';
          ctx.fillText(name, side === 'left' ? leftX : rightX, top ? chartArea.top + 6 : chartArea.bottom - 6);
        };
        label(quadrantNames.key, highStrengthLeft ? 'left' : 'right', true);
        label(quadrantNames.development, highStrengthLeft ? 'right' : 'left', true);
        label(quadrantNames.maintenance, highStrengthLeft ? 'left' : 'right', false);
        label(quadrantNames.opportunistic, highStrengthLeft ? 'right' : 'left', false);
        ctx.restore();
      },
    };

    const config: ChartConfiguration<'bubble'> = {
      type: 'bubble',
      data: {
        datasets: ACCOUNT_TYPES.map((type) => {
          const color = cssVar(`--type-${type}`);
          const entries = portfolio.placed.filter((entry) => entry.type === type);
          return {
            label: typeName(type),
            pointStyle: SHAPES[type],
            backgroundColor: `color-mix(in srgb, ${color} 45%, transparent)`,
            borderColor: color,
            borderWidth: 2,
            data: entries.map((entry) => ({
              x: entry.position.strength,
              y: entry.position.attractiveness,
              r: bubbleRadius(entry.account.volume, largest),
              name: accountName(entry.account),
              volume: entry.account.volume,
            })),
          };
        }),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: true,
        aspectRatio: 1.25,
        locale: document.documentElement.lang,
        scales: {
          x: {
            type: 'linear',
            min: xMin,
            max: xMax,
            reverse: reverseX,
            title: { display: true, text: t('kaism.axis.strength'), color: text },
            ticks: { color: text, callback: (value) => fmt(Number(value), 1) },
            grid: { color: grid },
          },
          y: {
            type: 'linear',
            min: 1,
            max: 10,
            title: { display: true, text: t('kaism.axis.attractiveness'), color: text },
            ticks: { color: text, callback: (value) => fmt(Number(value), 1) },
            grid: { color: grid },
          },
        },
        plugins: {
          tooltip: {
            rtl: dir === 'rtl',
            textDirection: dir,
            callbacks: {
              label: (item) => {
                const raw = item.raw as { x: number; y: number; name: string; volume: number };
                return t('kaism.chart.tooltip', { account: raw.name, attractiveness: fmt(raw.y), strength: fmt(raw.x), volume: fmt(raw.volume, 0) });
              },
            },
          },
        },
      },
      plugins: [quadrants],
    };
    chart.current?.destroy();
    chart.current = new Chart(canvas.current, config);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [state, portfolio, dir]);

  const downloadPng = () => {
    canvas.current?.toBlob((blob) => {
      if (blob) downloadBlob(blob, `kam-kaism-${new Date().toISOString().slice(0, 10)}.png`);
    }, 'image/png');
  };

  return (
    <figure class="kaism-chart">
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={t('kaism.chart.alt', { count: fmt(portfolio.placed.length, 0) })} />
      </div>
      <figcaption>
        <ul class="chart-legend">
          {ACCOUNT_TYPES.map((type) => (
            <li key={type}>
              <span class={`type-mark type-${type}`} aria-hidden="true" /> {typeName(type)}: {t(`kaism.strategy.${type}`)}
            </li>
          ))}
        </ul>
        <button type="button" onClick={downloadPng}>
          {t('kaism.chart.png')}
        </button>
      </figcaption>
    </figure>
  );
}
