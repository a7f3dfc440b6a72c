import { useState } from 'preact/hooks';
import { kaismDefinition, type KaismData } from '../../domain/kaism/model';
import { carryIntoKaism, linkCarried, type Scorecard } from '../../domain/readiness/scorecard';
import { chosenCandidates } from '../../domain/readiness/scorecard-edit';
import { isKept } from '../../domain/storage/save-outcome';
import { ToolStore } from '../../domain/storage/store';
import { browserBackend } from '../lib/browser-storage';
import type { RdKit } from './kit';

interface Props {
  scorecard: Scorecard;
  kit: RdKit;
  /** The plotter's address in this language. */
  kaismHref: string;
  /** Saves a change to the latest scorecard now (not staged): the links must outlive a closed tab. */
  saveScorecard: (apply: (scorecard: Scorecard) => Scorecard) => void;
}

interface Done {
  /** What to put back on undo: the plotter's data and the scorecard before the carry. */
  kaism: KaismData;
  /** Each carried candidate's link to a plotter account before the carry. */
  links: Map<string, string | null>;
}

type Message = { kind: 'status'; words: string[] } | { kind: 'alert'; words: string[] };

/** Reads, changes and saves the plotter's own stored data, as the plotter's page would. */
function withKaism<R>(work: (store: ToolStore<KaismData>) => R): R {
  const store = new ToolStore(kaismDefinition, browserBackend());
  try {
    return work(store);
  } finally {
    store.dispose();
  }
}

/** "Put the chosen in the KAISM plotter" in one action, saying what it did, with Undo. */
export function CarryPanel({ scorecard, kit, kaismHref, saveScorecard }: Props) {
  const { t } = kit;
  const [done, setDone] = useState<Done | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const chosen = chosenCandidates(scorecard);

  const carry = () => {
    if (chosen.length === 0) return setMessage({ kind: 'alert', words: [t('rd.sc.carry.none')] });
    withKaism((store) => {
      const before = store.state;
      const result = carryIntoKaism(before, chosen);
      const outcome = result.data === before ? 'saved' : store.save(result.data, { keepOnFailure: false });
      if (!isKept(outcome)) return setMessage({ kind: 'alert', words: [t('rd.sc.carry.failed')] });
      const names = (rows: ReadonlyArray<{ name: string }>) => kit.list(rows.map((row) => row.name));
      const words = [
        result.added.length > 0 ? t('rd.sc.carry.added', { names: names(result.added) }) : t('rd.sc.carry.nothingAdded'),
        ...(result.matched.length > 0 ? [t('rd.sc.carry.matched', { names: names(result.matched) })] : []),
        ...(result.skipped.length > 0 ? [t('rd.sc.carry.skipped')] : []),
      ];
      const links = new Map(chosen.map((candidate) => [candidate.id, candidate.accountId]));
      saveScorecard((current) => linkCarried(current, result));
      setDone(result.added.length > 0 ? { kaism: before, links } : null);
      setMessage({ kind: 'status', words });
    });
  };

  const undo = () => {
    if (!done) return;
    const outcome = withKaism((store) => store.save(done.kaism, { keepOnFailure: false }));
    if (!isKept(outcome)) return setMessage({ kind: 'alert', words: [t('rd.sc.undo.failed')] });
    const { links } = done;
    saveScorecard((current) => ({
      ...current,
      candidates: current.candidates.map((candidate) => (links.has(candidate.id) ? { ...candidate, accountId: links.get(candidate.id)! } : candidate)),
    }));
    setDone(null);
    setMessage({ kind: 'status', words: [t('rd.sc.undone')] });
  };

  return (
    <div class="rd-carry">
      <p>{t('rd.sc.carry.intro')}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={carry}>
          {t('rd.sc.carry')}
        </button>
        {done && (
          <button type="button" onClick={undo}>
            {t('rd.sc.undo')}
          </button>
        )}
      </div>
      <div role="status">
        {message?.kind === 'status' && (
          <div class="notice ok">
            {message.words.map((words) => (
              <p key={words}>{words}</p>
            ))}
            <p>
              <a href={kaismHref}>{t('rd.sc.carry.open')}</a>
            </p>
          </div>
        )}
      </div>
      <div role="alert">{message?.kind === 'alert' && <p class="notice warn">{message.words.join(' ')}</p>}</div>
    </div>
  );
}
