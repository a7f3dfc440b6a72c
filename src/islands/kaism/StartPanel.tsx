import { setTitle } from '../../domain/kaism/edit';
import { MAX_NAME_LENGTH, type Account, type KaismData } from '../../domain/kaism/model';
import { CsvPanel } from './CsvPanel';
import type { Kit } from './kit';

interface Props {
  state: KaismData;
  kit: Kit;
  change: (edit: (data: KaismData) => KaismData) => void;
  onExample: () => void;
  onAddAccount: () => void;
  onClear: () => void;
  onImported: (accounts: Account[]) => void;
}

/** The ways to begin, above the fold: a name for the report, the example, an empty start, a spreadsheet. */
export function StartPanel({ state, kit, change, onExample, onAddAccount, onClear, onImported }: Props) {
  const { t, fmt } = kit;
  return (
    <section class="start-panel no-print" aria-labelledby="start-title">
      <h2 id="start-title">{t('kaism.start')}</h2>
      <p>{t('kaism.start.intro')}</p>
      <div class="field">
        <label for="kaism-title">{t('kaism.title.label')}</label>
        <input
          id="kaism-title"
          type="text"
          value={state.title}
          maxLength={MAX_NAME_LENGTH}
          aria-describedby="kaism-title-hint"
          onInput={(e) => change((d) => setTitle(d, (e.currentTarget as HTMLInputElement).value))}
        />
        <p id="kaism-title-hint" class="hint">
          {t('kaism.title.hint')}
        </p>
      </div>
      <div class="actions">
        <button type="button" class="primary" onClick={onExample}>
          {t('kaism.example')}
        </button>
        {/* Once there are accounts, the accounts step has this button under its table. */}
        {state.accounts.length === 0 && (
          <button type="button" onClick={onAddAccount}>
            {t('kaism.account.add')}
          </button>
        )}
        <button type="button" disabled={state.accounts.length === 0} onClick={onClear}>
          {t('kaism.clear')}
        </button>
      </div>
      <CsvPanel state={state} t={t} fmt={fmt} counted={kit.counted} localeTag={kit.localeTag} onAccounts={onImported} />
    </section>
  );
}
