import type { Chart, Plugin } from 'chart.js';
import { cssColor } from '../lib/css-color';
import { placeLabels, shorten, type Rect } from '../../domain/chart/label-layout';
import type { AccountType, Boundaries } from '../../domain/kaism/compute';

/** What the drawing plugins read at draw time: the latest boundaries, layout and names. */
export interface Frame {
  boundaries: Boundaries;
  reverseX: boolean;
  rtl: boolean;
  typeName: (type: AccountType) => string;
}

/** Labels shown at most: beyond this a chart of hundreds of accounts is only ink. */
const MAX_LABELS = 40;
/** Bubbles considered for a label, largest first: measuring 1,000 names would cost a frame. */
const LABEL_CANDIDATES = 120;
const LABEL_CHARS = 18;
const FONT_SIZE = 12;

export const cssVar = (name: string): string => cssColor(name);

const fontFamily = () => getComputedStyle(document.body).fontFamily;

/** "Key account (strategic partner)" → "Key account" when the full name does not fit. */
const withoutGloss = (name: string) => name.replace(/\s*[(（].*[)）]\s*$/, '');

/** Splits a name into lines no wider than `width`, by words (or by characters for Chinese). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const words = /\s/.test(text) ? text.split(/\s+/) : [...text];
  const joiner = /\s/.test(text) ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line}${joiner}${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The quadrant names in the corners, each kept within its half of the plot: the full name, else
 * without its gloss, else wrapped. Returns the boxes they take, for the bubble labels to avoid.
 */
function drawQuadrantNames(chart: Chart, frame: Frame): Rect[] {
  const { ctx, chartArea } = chart;
  const half = chartArea.width / 2 - 16;
  const lineHeight = 15;
  ctx.font = `600 13px ${fontFamily()}`;
  ctx.fillStyle = cssVar('--text');
  const highStrengthLeft = frame.reverseX;
  const corners: Array<[AccountType, 'left' | 'right', boolean]> = [
    ['key', highStrengthLeft ? 'left' : 'right', true],
    ['development', highStrengthLeft ? 'right' : 'left', true],
    ['maintenance', highStrengthLeft ? 'left' : 'right', false],
    ['opportunistic', highStrengthLeft ? 'right' : 'left', false],
  ];
  const boxes: Rect[] = [];
  for (const [type, side, top] of corners) {
    const full = frame.typeName(type);
    const name = ctx.measureText(full).width <= half ? full : withoutGloss(full);
    const lines = wrap(ctx, name, half).slice(0, 2);
    const width = Math.min(half, Math.max(...lines.map((line) => ctx.measureText(line).width)));
    const x = side === 'left' ? chartArea.left + 8 : chartArea.right - 8;
    const firstY = top ? chartArea.top + 6 : chartArea.bottom - 6 - lineHeight * lines.length;
    ctx.textAlign = side;
    ctx.textBaseline = 'top';
    lines.forEach((line, index) => ctx.fillText(line, x, firstY + index * lineHeight, half));
    boxes.push({ x: side === 'left' ? x : x - width, y: firstY, width, height: lineHeight * lines.length });
  }
  return boxes;
}

/** Dashed boundaries and quadrant names under the bubbles; names of the bubbles over them. */
export function matrixPlugin(frame: { current: Frame }): Plugin<'bubble'> {
  let quadrantBoxes: Rect[] = [];
  return {
    id: 'kaismMatrix',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea, scales } = chart;
      const x = scales['x'];
      const y = scales['y'];
      if (!x || !y) return;
      const { boundaries } = frame.current;
      ctx.save();
      const bx = x.getPixelForValue(boundaries.strength);
      const by = y.getPixelForValue(boundaries.attractiveness);
      ctx.strokeStyle = cssVar('--text');
      ctx.lineWidth = 2;
      ctx.setLineDash([6, 4]);
      ctx.beginPath();
      ctx.moveTo(bx, chartArea.top);
      ctx.lineTo(bx, chartArea.bottom);
      ctx.moveTo(chartArea.left, by);
      ctx.lineTo(chartArea.right, by);
      ctx.stroke();
      ctx.setLineDash([]);
      quadrantBoxes = drawQuadrantNames(chart, frame.current);
      ctx.restore();
    },
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      ctx.save();
      ctx.font = `${FONT_SIZE}px ${fontFamily()}`;
      const bubbles: Array<{ cx: number; cy: number; r: number; name: string; volume: number }> = [];
      chart.data.datasets.forEach((dataset, datasetIndex) => {
        const meta = chart.getDatasetMeta(datasetIndex);
        meta.data.forEach((element, index) => {
          const point = dataset.data[index] as unknown as { name: string; volume: number };
          const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
          const r = (element as unknown as { options: { radius: number } }).options.radius;
          bubbles.push({ cx: x, cy: y, r, name: point.name, volume: point.volume });
        });
      });
      const requests = [...bubbles]
        .sort((a, b) => b.volume - a.volume)
        .slice(0, LABEL_CANDIDATES)
        .map((bubble) => {
          const text = shorten(bubble.name, LABEL_CHARS);
          return { ...bubble, text, width: ctx.measureText(text).width, height: FONT_SIZE + 2, priority: bubble.volume };
        });
      const bounds = { x: chartArea.left, y: chartArea.top, width: chartArea.width, height: chartArea.height };
      // Names keep off every bubble as well as each other, so no name hides a neighbour.
      const discs = bubbles.map(({ cx, cy, r }) => ({ x: cx - r, y: cy - r, width: 2 * r, height: 2 * r }));
      const placed = placeLabels(requests, bounds, { rtl: frame.current.rtl, max: MAX_LABELS, avoid: [...quadrantBoxes, ...discs] });
      ctx.textAlign = 'left';
      ctx.textBaseline = 'top';
      ctx.lineWidth = 3;
      ctx.strokeStyle = cssVar('--bg');
      ctx.fillStyle = cssVar('--text');
      for (const label of placed) {
        const text = requests[label.index]?.text ?? '';
        // A halo in the background colour keeps names legible over grid lines and other bubbles.
        ctx.strokeText(text, label.x, label.y + 1);
        ctx.fillText(text, label.x, label.y + 1);
      }
      ctx.restore();
    },
  };
}

/** Paints the page's background under the chart, so a downloaded PNG is not transparent. */
export const backgroundPlugin: Plugin<'bubble'> = {
  id: 'kaismBackground',
  beforeDraw(chart) {
    chart.ctx.save();
    chart.ctx.fillStyle = cssVar('--bg');
    chart.ctx.fillRect(0, 0, chart.width, chart.height);
    chart.ctx.restore();
  },
};
