import { MAX_RADIUS, bubbleRadius } from '../../domain/chart/bubble-size';
import type { Kit } from './kit';

interface Props {
  volumes: number[];
  kit: Kit;
}

/** What bubble size means: three reference circles for the largest volume, a quarter and a sixteenth. */
export function SizeLegend({ volumes, kit }: Props) {
  const largest = volumes.reduce((max, volume) => Math.max(max, volume), 0);
  if (largest <= 0) return null;
  const steps = [largest, largest / 4, largest / 16];
  const size = MAX_RADIUS * 2 + 4;
  return (
    <div class="size-legend">
      <p>{kit.t('kaism.chart.sizeLegend')}</p>
      <ul>
        {steps.map((volume) => {
          const r = bubbleRadius(volume, largest);
          return (
            <li key={volume}>
              <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
                <circle cx={size / 2} cy={size - r - 2} r={r} fill="none" stroke="currentColor" stroke-width="1.5" />
              </svg>
              <span>{kit.fmt(volume, 0)}</span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
