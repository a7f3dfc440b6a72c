import { cssColor } from '../lib/css-color';
import type { ComponentChildren, RefObject } from 'preact';
import { downloadBlob } from '../lib/download';

interface Props {
  /** The chart's canvas, drawn by the island that owns the chart. */
  canvas: RefObject<HTMLCanvasElement>;
  /** What the chart shows, for screen readers; the data table beside it gives the numbers. */
  description: string;
  /** Written above the chart in a downloaded PNG: what it is, whose, when. */
  title: string;
  subtitle: string;
  pngLabel: string;
  fileName: string;
  /** Legends and notes shown under the chart. */
  children?: ComponentChildren;
  class?: string;
}

/**
 * The frame every chart of the workbook sits in: the canvas, its legends, and a PNG download that
 * carries the chart's title and date, so a picture taken into a meeting says what it shows.
 */
export function ChartFrame({ canvas, description, title, subtitle, pngLabel, fileName, children, class: className }: Props) {
  const download = () => {
    const chart = canvas.current;
    if (!chart) return;
    const scale = chart.width / Math.max(1, chart.clientWidth);
    const heading = Math.round(56 * scale);
    const image = document.createElement('canvas');
    image.width = chart.width;
    image.height = chart.height + heading;
    const ctx = image.getContext('2d');
    if (!ctx) return;
    const style = getComputedStyle(chart);
    ctx.fillStyle = cssColor('--bg', chart);
    ctx.fillRect(0, 0, image.width, image.height);
    ctx.fillStyle = style.color;
    ctx.direction = style.direction === 'rtl' ? 'rtl' : 'ltr';
    ctx.textAlign = 'start';
    const x = ctx.direction === 'rtl' ? image.width - 12 * scale : 12 * scale;
    ctx.font = `700 ${Math.round(18 * scale)}px ${style.fontFamily}`;
    ctx.fillText(title, x, 24 * scale);
    ctx.font = `${Math.round(13 * scale)}px ${style.fontFamily}`;
    ctx.fillText(subtitle, x, 46 * scale);
    ctx.drawImage(chart, 0, heading);
    image.toBlob((blob) => blob && downloadBlob(blob, fileName), 'image/png');
  };
  return (
    <figure class={`chart-frame ${className ?? ''}`}>
      <div class="chart-box">
        <canvas ref={canvas} role="img" aria-label={description} />
      </div>
      <figcaption>
        {children}
        <button type="button" class="no-print" onClick={download}>
          {pngLabel}
          {/* Which chart: a page may hold two, and each button must say which it saves. */}
          <span class="visually-hidden"> ({title})</span>
        </button>
      </figcaption>
    </figure>
  );
}
