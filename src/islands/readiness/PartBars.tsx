import type { Readiness } from '../../domain/readiness/result';
import type { RdKit } from './kit';

interface Props {
  parts: Record<string, Readiness>;
  overall: Readiness;
  kit: RdKit;
}

/** Readiness per part and overall: a bar each, with the figure in words beside it. */
export function PartBars({ parts, overall, kit }: Props) {
  const { t } = kit;
  const row = (id: string, label: string, value: Readiness, strong = false) => {
    const labelId = `rd-bar-${id}`;
    const shown = value.readiness === null ? t('rd.readiness.none') : kit.percent(value.readiness);
    const counts = t('rd.readiness.counts', {
      done: kit.fmt(value.done, 0),
      partly: kit.fmt(value.partly, 0),
      notYet: kit.fmt(value.notYet, 0),
      na: kit.fmt(value.notApplicable, 0),
      open: kit.fmt(value.unanswered, 0),
    });
    return (
      <li key={id} class={strong ? 'rd-bar rd-bar-overall' : 'rd-bar'}>
        <span class="rd-bar-label" id={labelId}>
          {label}
        </span>
        <meter class="rd-meter" min={0} max={1} low={0.5} high={0.75} optimum={1} value={value.readiness ?? 0} aria-labelledby={labelId} aria-valuetext={shown} />
        <span class="rd-bar-value">{shown}</span>
        <span class="rd-bar-counts">{counts}</span>
      </li>
    );
  };
  return (
    <ul class="rd-bars">
      {kit.instrument.sections.map((section) => row(section.id, kit.part(section.id), parts[section.id]!))}
      {row('overall', t('rd.readiness.overall'), overall, true)}
    </ul>
  );
}
