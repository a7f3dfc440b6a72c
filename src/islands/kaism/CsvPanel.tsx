import { useState } from 'preact/hooks';
import { csvFormatFor, csvLabels, exportAccountsCsv, importAccountsCsv } from '../../domain/kaism/csv';
import { MAX_ACCOUNTS, type Account, type KaismData } from '../../domain/kaism/model';
import type { UIKey } from '../../i18n/ui/en';
import { downloadText } from '../lib/download';
import { readChosenFile } from '../lib/read-file';
import { describeCsvError } from './csv-messages';

export interface CsvPanelProps {
  /** The portfolio as saved: its factors name the columns, its accounts are exported. */
  state: KaismData;
  /** Translator over the island's strings (kaism.*, plus CSV_PANEL_KEYS from csv-messages.ts). */
  t: (key: UIKey, vars?: Record<string, string | number>) => string;
  /** Formats a number in the page's locale, as the rest of the island does. */
  fmt: (value: number, digits?: number) => string;
  /** A counted phrase in the page's language ("3 accounts imported"), through its plural rules. */
  counted: (key: string, count: number) => string;
  /** BCP 47 tag of the page; chooses the file's separator and decimal mark. */
  localeTag: string;
  /**
   * Receives the accounts of a fully valid file that fits under MAX_ACCOUNTS, to append and save.
   * The panel saves nothing itself; a refused file changes nothing and never calls this.
   */
  onAccounts: (accounts: Account[]) => void;
}

type Message = { ok: boolean; text: string } | null;

/** Export and import of the accounts as CSV: two controls, a hint, and one message region. */
export function CsvPanel({ state, t, fmt, counted, localeTag, onAccounts }: CsvPanelProps) {
  const [message, setMessage] = useState<Message>(null);
  const labels = csvLabels(t);

  const exportCsv = () => {
    const date = new Date().toISOString().slice(0, 10);
    downloadText(exportAccountsCsv(state, labels, csvFormatFor(localeTag)), `kam-kaism-accounts-${date}.csv`, 'text/csv');
  };

  const importCsv = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = await readChosenFile(file);
    if (!read.ok) {
      setMessage({ ok: false, text: read.reason === 'tooLarge' ? t('io.tooLarge', { size: `${fmt(read.bytes / 1048576)} MiB` }) : t('io.unreadable') });
      return;
    }
    const result = importAccountsCsv(read.text, state, labels);
    if (!result.ok) {
      setMessage({ ok: false, text: describeCsvError(result.error, t, fmt, counted) });
      return;
    }
    const room = MAX_ACCOUNTS - state.accounts.length;
    if (result.accounts.length > room) {
      setMessage({ ok: false, text: t('kaism.csv.error.noRoom', { count: fmt(result.accounts.length, 0), room: fmt(Math.max(room, 0), 0), max: fmt(MAX_ACCOUNTS, 0) }) });
      return;
    }
    onAccounts(result.accounts);
    setMessage({ ok: true, text: counted('kaism.csv.imported', result.accounts.length) });
  };

  const failed = message !== null && !message.ok;
  return (
    <>
      <div class="actions">
        <button type="button" onClick={exportCsv}>
          {t('kaism.csv.export')}
        </button>
        <span class="file-field">
          <label for="kaism-csv">{t('kaism.csv.import')}</label>
          <input id="kaism-csv" type="file" accept=".csv,text/csv" aria-describedby="kaism-csv-help kaism-csv-message" aria-invalid={failed ? 'true' : undefined} onChange={importCsv} />
        </span>
      </div>
      <p id="kaism-csv-help" class="hint">
        {t('kaism.csv.help')}
      </p>
      <div id="kaism-csv-message" role={failed ? 'alert' : 'status'}>
        {message && <p class={`notice ${message.ok ? 'ok' : 'error'}`}>{message.text}</p>}
      </div>
    </>
  );
}
