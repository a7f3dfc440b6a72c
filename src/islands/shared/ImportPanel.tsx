import { useRef, useState } from 'preact/hooks';
import type { ImportError, ImportResult } from '../../domain/storage/file-format';
import type { SaveOutcome } from '../../domain/storage/save-outcome';
import { SAVE_REASON_KEYS, saveFailureReason } from '../lib/describe-save-outcome';
import { readChosenFile } from '../lib/read-file';

export const IMPORT_PANEL_KEYS = [
  'io.export',
  'io.import',
  'io.import.choose',
  'io.confirm.title',
  'io.confirm.text',
  'io.confirm.replace',
  'io.imported',
  'io.imported.memory',
  'io.notSaved',
  'io.undo',
  'io.undone',
  'io.undoNotSaved',
  'workbook.cancel',
  ...SAVE_REASON_KEYS,
] as const;
type Key = (typeof IMPORT_PANEL_KEYS)[number];

interface Props<Incoming, Snapshot> {
  /** Distinguishes the ids of several panels on one page. */
  idPrefix: string;
  t: (key: Key, vars?: Record<string, string | number>) => string;
  exportLabel?: string;
  importLabel?: string;
  onExport: () => void;
  parse: (text: string, bytes: number) => ImportResult<Incoming>;
  describeError: (error: ImportError) => string;
  /** One line on what is saved now; null when there is nothing to lose. */
  describeCurrent: () => string | null;
  describeIncoming: (incoming: Incoming) => string;
  /** Saves the incoming work and says what became of it; only 'saved' and 'memory' count as done. */
  apply: (incoming: Incoming) => SaveOutcome;
  snapshot: () => Snapshot;
  restore: (snapshot: Snapshot) => SaveOutcome;
}

type Phase<Incoming, Snapshot> =
  | { step: 'idle' }
  | { step: 'error'; message: string }
  | { step: 'confirm'; incoming: Incoming; current: string }
  | { step: 'done'; previous: Snapshot; kept: 'saved' | 'memory' }
  | { step: 'notSaved'; message: string }
  | { step: 'undone' };

/**
 * Export and import for one page. A bad file shows its error next to the file field and changes
 * nothing; a good one asks before replacing existing work; a done import can be undone.
 */
export function ImportPanel<Incoming, Snapshot>(props: Props<Incoming, Snapshot>) {
  const { idPrefix, t } = props;
  const [phase, setPhase] = useState<Phase<Incoming, Snapshot>>({ step: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const inputId = `${idPrefix}-import`;
  const errorId = `${idPrefix}-import-error`;

  const applyNow = (incoming: Incoming) => {
    const previous = props.snapshot();
    const outcome = props.apply(incoming);
    const reason = saveFailureReason(outcome, t);
    if (reason === null) setPhase({ step: 'done', previous, kept: outcome === 'memory' ? 'memory' : 'saved' });
    else setPhase({ step: 'notSaved', message: t('io.notSaved', { reason }) });
  };
  const undo = (previous: Snapshot) => {
    const reason = saveFailureReason(props.restore(previous), t);
    setPhase(reason === null ? { step: 'undone' } : { step: 'notSaved', message: t('io.undoNotSaved', { reason }) });
  };

  const onChoose = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    const read = await readChosenFile(file);
    if (input.current) input.current.value = '';
    if (!read.ok) {
      const error: ImportError = read.reason === 'tooLarge' ? { kind: 'tooLarge', bytes: read.bytes } : { kind: 'notJson', line: null, column: null };
      setPhase({ step: 'error', message: props.describeError(error) });
      return;
    }
    const result = props.parse(read.text, read.bytes);
    if (!result.ok) {
      setPhase({ step: 'error', message: props.describeError(result.error) });
      return;
    }
    const current = props.describeCurrent();
    if (current === null) applyNow(result.value);
    else setPhase({ step: 'confirm', incoming: result.value, current });
  };

  return (
    <div class="import-panel">
      <div class="actions">
        <button type="button" onClick={props.onExport}>
          {props.exportLabel ?? t('io.export')}
        </button>
        <span class="file-field">
          <label for={inputId}>{props.importLabel ?? t('io.import')}</label>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept=".json,application/json"
            title={t('io.import.choose')}
            aria-describedby={phase.step === 'error' ? errorId : undefined}
            aria-invalid={phase.step === 'error' ? 'true' : undefined}
            onChange={onChoose}
          />
        </span>
      </div>
      <div role="alert" id={errorId}>
        {(phase.step === 'error' || phase.step === 'notSaved') && <p class="notice error">{phase.message}</p>}
      </div>
      {phase.step === 'confirm' && (
        <div class="notice warn" role="group" aria-labelledby={`${idPrefix}-confirm-title`}>
          <p id={`${idPrefix}-confirm-title`}>
            <strong>{t('io.confirm.title')}</strong>
          </p>
          <p>{t('io.confirm.text', { current: phase.current, incoming: props.describeIncoming(phase.incoming) })}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => applyNow(phase.incoming)}>
              {t('io.confirm.replace')}
            </button>
            <button type="button" onClick={() => setPhase({ step: 'idle' })}>
              {t('workbook.cancel')}
            </button>
          </div>
        </div>
      )}
      <div role="status">
        {phase.step === 'done' && (
          <p class="notice ok">
            {t(phase.kept === 'memory' ? 'io.imported.memory' : 'io.imported')}{' '}
            <button type="button" onClick={() => undo(phase.previous)}>
              {t('io.undo')}
            </button>
          </p>
        )}
        {phase.step === 'undone' && <p class="notice ok">{t('io.undone')}</p>}
      </div>
    </div>
  );
}
