import { useState } from 'preact/hooks';
import { MAX_NAME_LENGTH, MAX_VOLUME, SCORE_MAX, SCORE_MIN, type Account } from '../../domain/kaism/model';
import type { ScoreList } from '../../domain/kaism/edit';
import { memo } from '../lib/memo';
import { NumberField } from '../shared/NumberField';
import type { Kit, ScoreColumn } from './kit';

/** One visible hint above the table explains how to type numbers, for every field in it. */
export const NUMBER_HINT_ID = 'accounts-number-hint';

/** The edits a row can make, by account id: one stable object for every row of the table. */
export interface RowEditor {
  rename(id: string, name: string): void;
  volume(id: string, volume: number): void;
  potential(id: string, potential: number | null): void;
  score(id: string, list: ScoreList, index: number, score: number | null): void;
  remove(id: string): void;
}

interface Props {
  account: Account;
  /** Position in the whole portfolio, for "Account 7" while the name is empty. */
  index: number;
  columns: ScoreColumn[];
  kit: Kit;
  editor: RowEditor;
}

/** One account's inputs. Memoised: it renders again only when its own account changes. */
export const AccountRow = memo(function AccountRow({ account, index, columns, kit, editor }: Props) {
  const { t, fmt, factorName, accountLabel } = kit;
  const [left, setLeft] = useState(false);
  const label = accountLabel(account.name, index);
  const nameError = left && account.name.trim() === '';
  const errorId = `${account.id}-name-error`;
  return (
    <tr>
      <th scope="row" class="sticky-col">
        <input
          type="text"
          aria-label={t('kaism.account.nameOf', { n: fmt(index + 1) })}
          value={account.name}
          maxLength={MAX_NAME_LENGTH}
          data-account-name={account.id}
          aria-invalid={nameError ? 'true' : undefined}
          aria-describedby={nameError ? errorId : undefined}
          onInput={(e) => editor.rename(account.id, (e.currentTarget as HTMLInputElement).value)}
          onBlur={() => setLeft(true)}
        />
        {nameError && (
          <span class="field-error" id={errorId}>
            {t('kaism.account.nameEmpty')}
          </span>
        )}
      </th>
      <td>
        <NumberField id={`${account.id}-volume`} label={`${t('kaism.account.volume')}: ${label}`} value={account.volume} min={0} max={MAX_VOLUME} localeTag={kit.localeTag} hintId={NUMBER_HINT_ID} format={fmt} t={t} onValue={(v) => editor.volume(account.id, v ?? 0)} class="volume" />
      </td>
      <td>
        <NumberField id={`${account.id}-potential`} label={`${t('kaism.account.potential')}: ${label}`} value={account.potential} optional min={0} max={MAX_VOLUME} localeTag={kit.localeTag} hintId={NUMBER_HINT_ID} format={fmt} t={t} onValue={(v) => editor.potential(account.id, v)} class="volume" />
      </td>
      {columns.map((column) => (
        <td key={`${column.list}-${column.factor.id}`} class={`col-${column.list}`}>
          <NumberField
            id={`${account.id}-${column.list}-${column.factor.id}`}
            label={t(column.list === 'competitor' ? 'kaism.account.competitorScore' : 'kaism.account.score', { factor: factorName(column.factor), account: label })}
            value={account[column.list][column.index] ?? null}
            optional
            min={SCORE_MIN}
            max={SCORE_MAX}
            localeTag={kit.localeTag} hintId={NUMBER_HINT_ID}
            format={fmt}
            t={t}
            onValue={(v) => editor.score(account.id, column.list, column.index, v)}
            class="score"
          />
        </td>
      ))}
      <td>
        <button type="button" aria-label={t('kaism.account.remove', { account: label })} onClick={() => editor.remove(account.id)}>
          ×
        </button>
      </td>
    </tr>
  );
});
