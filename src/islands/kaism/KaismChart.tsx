import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { BubbleController, Chart, LinearScale, PointElement, Tooltip, type ChartConfiguration, type ChartDataset } from 'chart.js';
import { ACCOUNT_TYPES, type AccountType, type Portfolio } from '../../domain/kaism/compute';
import type { KaismSettings } from '../../domain/kaism/model';
import { ChartFrame } from '../shared/ChartFrame';
import { formatDate } from '../../domain/format';
import type { Kit } from './kit';
import { bubbleRadius } from '../../domain/chart/bubble-size';
import { backgroundPlugin, cssVar, matrixPlugin, type Frame } from './chart-plugins';
import { SizeLegend } from './SizeLegend';

// Only what a bubble chart needs: keeps chart.js near 50 KB gzip instead of ~71 KB for chart.js/auto.
Chart.register(BubbleController, PointElement, LinearScale, Tooltip);

/** Types differ by shape as well as colour, so the chart reads without colour vision. */
const SHAPES: Record<AccountType, 'circle' | 'rect' | 'triangle' | 'rectRot'> = {
  key: 'circle',
  development: 'triangle',
  maintenance: 'rect',
  opportunistic: 'rectRot',
};

const DARK = '(prefers-color-scheme: dark)';
/** What the chart's colours depend on: the chosen theme, and the system's when it follows that. */
const themeKey = () => `${document.documentElement.dataset.theme ?? ''} ${window.matchMedia(DARK).matches}`;

interface Props {
  portfolio: Portfolio;
  /** The portfolio's name, for the title of a downloaded picture. */
  title: string;
  settings: KaismSettings;
  indexOf: ReadonlyMap<string, number>;
  kit: Kit;
}

interface Point {
  x: number;
  y: number;
  r: number;
  name: string;
  volume: number;
}

function datasets(portfolio: Portfolio, indexOf: ReadonlyMap<string, number>, kit: Kit): ChartDataset<'bubble', Point[]>[] {
  const largest = portfolio.placed.reduce((max, entry) => Math.max(max, entry.account.volume), 0);
  return ACCOUNT_TYPES.map((type) => {
    const color = cssVar(`--type-${type}`);
    return {
      label: kit.t(`kaism.type.${type}`),
      pointStyle: SHAPES[type],
      backgroundColor: `color-mix(in srgb, ${color} 45%, transparent)`,
      borderColor: color,
      borderWidth: 2,
      data: portfolio.placed
        .filter((entry) => entry.type === type)
        .map((entry) => ({
          x: entry.position.strength,
          y: entry.position.attractiveness,
          r: bubbleRadius(entry.account.volume, largest),
          name: kit.accountLabel(entry.account.name, indexOf.get(entry.account.id) ?? 0),
          volume: entry.account.volume,
        })),
    };
  });
}

function xRange(portfolio: Portfolio, ratio: boolean): { min: number; max: number } {
  if (!ratio) return { min: 1, max: 10 };
  const strongest = portfolio.placed.reduce((max, entry) => Math.max(max, entry.position.strength), portfolio.boundaries.strength);
  return { min: 0, max: Math.max(2, Math.ceil(strongest * 1.1 * 10) / 10) };
}

function options(kit: Kit, range: { min: number; max: number }, reverseX: boolean): ChartConfiguration<'bubble'>['options'] {
  const { t, fmt, dir } = kit;
  const text = cssVar('--text');
  const grid = cssVar('--border');
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: true,
    // A phone gets a square plot: the height it has to spare is what keeps bubbles apart.
    aspectRatio: window.innerWidth < 600 ? 1 : 1.25,
    locale: kit.localeTag,
    scales: {
      x: {
        type: 'linear',
        ...range,
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
            const raw = item.raw as Point;
            return t('kaism.chart.tooltip', { account: raw.name, attractiveness: fmt(raw.y), strength: fmt(raw.x), volume: fmt(raw.volume, 0) });
          },
        },
      },
    },
  };
}

/**
 * The matrix as a bubble chart. The chart is made once and updated in place, without animation
 * and at most once per frame, so an edit among 500 accounts is drawn in the next frame.
 */
export function KaismChart({ portfolio, title, settings, indexOf, kit }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bubble', Point[]> | null>(null);
  const pending = useRef(0);
  const ratio = settings.strengthMode === 'ratio';
  // Classic DPM: strength runs high → low from the reading start. Mirrored for right-to-left pages.
  const reverseX = settings.classicLayout !== (kit.dir === 'rtl');
  const typeName = (type: AccountType) => kit.t(`kaism.type.${type}`);
  const frame = useRef<Frame>({ boundaries: portfolio.boundaries, reverseX, rtl: kit.dir === 'rtl', typeName });
  frame.current = { boundaries: portfolio.boundaries, reverseX, rtl: kit.dir === 'rtl', typeName };

  // The drawing reads the latest props, so a frame already scheduled draws the newest state.
  const latest = useRef({ portfolio, indexOf, ratio, reverseX });
  latest.current = { portfolio, indexOf, ratio, reverseX };

  // Out of view the chart waits: an edit in the accounts table does not pay for a drawing nobody
  // sees. It draws as it scrolls into view, and before printing.
  const inView = useRef(true);
  const stale = useRef(false);
  const optionsKey = useRef('');

  const draw = useRef(() => {});
  draw.current = () => {
    pending.current = 0;
    const now = latest.current;
    if (chart.current && !inView.current && !window.matchMedia('print').matches) {
      stale.current = true;
      return;
    }
    stale.current = false;
    const range = xRange(now.portfolio, now.ratio);
    // Options are resolved afresh only when what they hold changes: chart.js caches the resolved
    // ones, and replacing them costs more than drawing 500 bubbles.
    const key = `${range.min} ${range.max} ${now.reverseX} ${themeKey()}`;
    if (chart.current) {
      chart.current.data.datasets = datasets(now.portfolio, now.indexOf, kit);
      if (key !== optionsKey.current) chart.current.options = options(kit, range, now.reverseX) ?? {};
      chart.current.update('none');
    } else if (canvas.current) {
      chart.current = new Chart(canvas.current, {
        type: 'bubble',
        data: { datasets: datasets(now.portfolio, now.indexOf, kit) },
        options: options(kit, range, now.reverseX),
        plugins: [backgroundPlugin, matrixPlugin(frame)],
      });
    }
    optionsKey.current = key;
  };

  useLayoutEffect(() => {
    if (!chart.current) draw.current();
    else if (!pending.current) pending.current = requestAnimationFrame(() => draw.current());
  }, [portfolio, indexOf, ratio, reverseX]);

  useEffect(() => {
    const observer = new IntersectionObserver(([entry]) => {
      inView.current = entry?.isIntersecting ?? true;
      if (inView.current && stale.current) draw.current();
    });
    if (canvas.current) observer.observe(canvas.current);
    // `beforeprint` for the print dialog; the media query for emulated print (PDF export, tests).
    const beforePrint = () => stale.current && draw.current();
    const print = window.matchMedia('print');
    window.addEventListener('beforeprint', beforePrint);
    print.addEventListener('change', beforePrint);
    // A change of theme redraws in the new colours.
    const dark = window.matchMedia(DARK);
    const themeChanged = () => draw.current();
    const themeObserver = new MutationObserver(themeChanged);
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    dark.addEventListener('change', themeChanged);
    return () => {
      observer.disconnect();
      themeObserver.disconnect();
      dark.removeEventListener('change', themeChanged);
      window.removeEventListener('beforeprint', beforePrint);
      print.removeEventListener('change', beforePrint);
      cancelAnimationFrame(pending.current);
      chart.current?.destroy();
      chart.current = null;
    };
  }, []);

  const today = new Date().toISOString();
  return (
    <ChartFrame
      class="kaism-chart"
      canvas={canvas}
      description={kit.counted('kaism.chart.alt', portfolio.placed.length)}
      title={`${kit.t('kaism.report.title')}: ${title.trim() || kit.t('kaism.report.untitled')}`}
      subtitle={formatDate(kit.localeTag, today)}
      pngLabel={kit.t('kaism.chart.png')}
      fileName={`kam-kaism-${today.slice(0, 10)}.png`}
    >
      <SizeLegend volumes={portfolio.placed.map((entry) => entry.account.volume)} kit={kit} />
      <ul class="chart-legend">
        {ACCOUNT_TYPES.map((type) => (
          <li key={type}>
            <span class={`type-mark type-${type}`} aria-hidden="true" /> {kit.t(`kaism.type.${type}`)}: {kit.t(`kaism.strategy.${type}`)}
          </li>
        ))}
      </ul>
    </ChartFrame>
  );
}
