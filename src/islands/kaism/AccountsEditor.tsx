import { useEffect } from 'preact/hooks';
import type { Account, KaismData } from '../../domain/kaism/model';
import { AccountRow, NUMBER_HINT_ID, type RowEditor } from './AccountRow';
import { NumberHint } from '../shared/NumberField';
import type { Kit, ScoreColumn } from './kit';
import { Pager, usePage } from '../shared/Pager';

/** Rows on one page of the table: enough to work in, few enough that an edit stays within a frame. */
export const PAGE_SIZE = 25;

interface Props {
  accounts: Account[];
  factors: KaismData['factors'];
  columns: ScoreColumn[];
  kit: Kit;
  editor: RowEditor;
  /** The account to show and focus, e.g. one just added; null once done. */
  focusId: string | null;
  onFocused: () => void;
}

/** The accounts as a table of inputs, a page at a time, with factor columns grouped by axis. */
export function AccountsEditor({ accounts, factors, columns, kit, editor, focusId, onFocused }: Props) {
  const { t, fmt } = kit;
  const { page: current, pages, from, shown, setPage } = usePage(accounts, PAGE_SIZE);

  useEffect(() => {
    if (focusId === null) return;
    const at = accounts.findIndex((account) => account.id === focusId);
    if (at < 0) return;
    const target = Math.floor(at / PAGE_SIZE);
    if (target !== current) {
      setPage(target);
      return;
    }
    document.querySelector<HTMLInputElement>(`[data-account-name="${focusId}"]`)?.focus();
    onFocused();
  }, [focusId, current, accounts]);

  if (accounts.length === 0) return <p>{t('kaism.accounts.empty')}</p>;
  const groups = [
    { list: 'attractiveness', span: factors.attractiveness.length, label: t('kaism.table.attractiveness') },
    { list: 'strength', span: factors.strength.length, label: t('kaism.table.strength') },
    { list: 'competitor', span: columns.length - factors.attractiveness.length - factors.strength.length, label: t('kaism.account.competitor') },
  ].filter((group) => group.span > 0);

  return (
    <>
      <div id={NUMBER_HINT_ID} class="hint">
        <p>{t('kaism.score.hint')}</p>
        <NumberHint id="accounts-number-format" t={t} localeTag={kit.localeTag} />
      </div>
      <div class="table-scroll accounts-scroll" tabIndex={0} role="region" aria-labelledby="accounts-caption">
        <table class="accounts-table">
          <caption id="accounts-caption" class="visually-hidden">
            {t('kaism.accounts.table')}
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} class="sticky-col">
                {t('kaism.account.name')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('kaism.account.volume')}
              </th>
              <th scope="col" rowSpan={2}>
                {t('kaism.account.potential')}
              </th>
              {groups.map((group) => (
                <th scope="colgroup" colSpan={group.span} key={group.list} class={`group col-${group.list}`}>
                  {group.label}
                </th>
              ))}
              <td rowSpan={2} />
            </tr>
            <tr>
              {columns.map((column) => (
                <th scope="col" key={`${column.list}-${column.factor.id}`} class={`col-${column.list}`}>
                  {kit.factorName(column.factor)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((account, offset) => (
              <AccountRow key={account.id} account={account} index={from + offset} columns={columns} kit={kit} editor={editor} />
            ))}
          </tbody>
        </table>
      </div>
      <Pager
        page={current}
        pages={pages}
        range={t('kaism.accounts.range', { from: fmt(from + 1), to: fmt(from + shown.length), total: fmt(accounts.length) })}
        label={t('kaism.accounts.pages')}
        previous={t('kaism.accounts.previous')}
        next={t('kaism.accounts.next')}
        onPage={setPage}
      />
    </>
  );
}
