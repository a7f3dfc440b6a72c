import { useState } from 'preact/hooks';
import { exportAccountsCsv, importAccountsCsv, type ColumnNames, type CsvError } from '../../domain/kaism/csv';
import { SCORE_MAX, SCORE_MIN, type Account, type KaismData } from '../../domain/kaism/model';
import { downloadText } from '../lib/download';
import { readChosenFile } from '../lib/read-file';
import type { Kit } from './kit';

interface Props {
  state: KaismData;
  kit: Kit;
  /** Receives the accounts read from a valid file; says what became of them. */
  onAccounts: (accounts: Account[]) => string;
}

/** Accounts to and from a spreadsheet. */
export function CsvPanel({ state, kit, onAccounts }: Props) {
  const { t, fmt, factorName } = kit;
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const columns: ColumnNames = {
    name: ['name', t('kaism.account.name')],
    volume: ['volume', t('kaism.account.volume')],
    potential: ['potential', t('kaism.account.potential')],
    factor: factorName,
  };
  const errorText = (error: CsvError): string => {
    switch (error.kind) {
      case 'empty':
        return t('kaism.csv.error.empty');
      case 'header':
        return t('kaism.csv.error.header');
      case 'quote':
        return t('kaism.csv.error.quote', { row: fmt(error.row) });
      case 'tooMany':
        return t('kaism.csv.error.tooMany', { max: fmt(error.max) });
      case 'unknownColumn':
        return t('kaism.csv.error.unknownColumn', { column: error.column });
      case 'row': {
        const problem =
          error.problem === 'range' ? t('number.range', { min: fmt(SCORE_MIN), max: fmt(SCORE_MAX) }) : error.problem === 'empty' ? t('kaism.account.nameEmpty') : t(error.problem === 'tooLarge' ? 'number.tooLarge' : 'number.invalid');
        return t('kaism.csv.error.row', { row: fmt(error.row), column: error.column, problem });
      }
    }
  };
  const onFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readChosenFile(file);
    if (!read.ok) {
      setMessage({ ok: false, text: read.reason === 'tooLarge' ? t('io.tooLarge', { size: fmt(read.bytes / 1048576) + ' MiB' }) : t('io.unreadable') });
      return;
    }
    const result = importAccountsCsv(read.text, state, columns);
    setMessage(result.ok ? { ok: true, text: onAccounts(result.accounts) } : { ok: false, text: errorText(result.error) });
  };
  return (
    <>
      <div class="actions">
        <button type="button" onClick={() => downloadText(exportAccountsCsv(state, columns), `kam-kaism-accounts-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv')}>
          {t('kaism.csv.export')}
        </button>
        <span class="file-field">
          <label for="kaism-csv">{t('kaism.csv.import')}</label>
          <input id="kaism-csv" type="file" accept=".csv,text/csv" aria-describedby="kaism-csv-help kaism-csv-message" onChange={onFile} />
        </span>
      </div>
      <p id="kaism-csv-help" class="hint">
        {t('kaism.csv.help')}
      </p>
      <div id="kaism-csv-message" role={message && !message.ok ? 'alert' : 'status'}>
        {message && <p class={`notice ${message.ok ? 'ok' : 'error'}`}>{message.text}</p>}
      </div>
    </>
  );
}
