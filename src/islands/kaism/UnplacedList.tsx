import type { UnplacedAccount } from '../../domain/kaism/compute';
import type { KaismData } from '../../domain/kaism/model';
import type { Kit } from './kit';

interface Props {
  unplaced: UnplacedAccount[];
  factors: KaismData['factors'];
  indexOf: ReadonlyMap<string, number>;
  kit: Kit;
}

/** Accounts that are not on the chart, each with what it still lacks, so none disappears unseen. */
export function UnplacedList({ unplaced, factors, indexOf, kit }: Props) {
  const { t, factorName, accountLabel } = kit;
  if (unplaced.length === 0) return null;
  const listName = { attractiveness: t('kaism.table.attractiveness'), strength: t('kaism.table.strength'), competitor: t('kaism.account.competitor') };
  const reasonOf = (entry: UnplacedAccount): string => {
    switch (entry.reason.kind) {
      case 'weights':
        return t('kaism.unplaced.weights');
      case 'competitorZero':
        return t('kaism.unplaced.competitorZero');
      case 'scores': {
        const names = entry.reason.missing.map((missing) => {
          const factor = factors[missing.list === 'attractiveness' ? 'attractiveness' : 'strength'].find((f) => f.id === missing.factorId);
          return `${listName[missing.list]}: ${factor ? factorName(factor) : ''}`;
        });
        return t('kaism.unplaced.scores', { scores: new Intl.ListFormat(kit.localeTag, { type: 'conjunction' }).format(names) });
      }
    }
  };
  return (
    <section class="unplaced" aria-labelledby="unplaced-title">
      <h3 id="unplaced-title">{t('kaism.unplaced.title')}</h3>
      <ul>
        {unplaced.slice(0, 100).map((entry) => (
          <li key={entry.account.id}>
            <strong>{accountLabel(entry.account.name, indexOf.get(entry.account.id) ?? 0)}</strong>: {reasonOf(entry)}
          </li>
        ))}
      </ul>
      {unplaced.length > 100 && <p>{t('kaism.unplaced.more', { count: kit.fmt(unplaced.length - 100) })}</p>}
    </section>
  );
}
