import { useState } from 'preact/hooks';
import { instrumentItems, type LocalizedInstrument } from '../../domain/questionnaire/bank';
import { mergeFiles, type FileOutcome, type IncomingFile } from '../../domain/self-assessment/merge';
import { today, type SelfAssessmentData } from '../../domain/self-assessment/model';
import type { BaseKit } from '../lib/kit';
import { readChosenFile } from '../lib/read-file';
import { outcomeText } from './compare-words';

interface Props {
  data: SelfAssessmentData;
  bank: LocalizedInstrument;
  kit: BaseKit;
  edit: (next: SelfAssessmentData) => void;
}

interface Line {
  ok: boolean;
  text: string;
}

/**
 * The coordinator adds colleagues' exported files, several at once. Each file is taken whole or
 * refused whole; the panel says per file what happened, refusals as an alert next to the field.
 */
export function ColleagueImport({ data, bank, kit, edit }: Props) {
  const { t } = kit;
  const [lines, setLines] = useState<Line[]>([]);

  const onChoose = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length === 0) return;
    const read = await Promise.all(chosen.map(async (file) => ({ file, read: await readChosenFile(file) })));
    const files: IncomingFile[] = [];
    const unread: Array<{ file: string; outcome: FileOutcome }> = [];
    for (const { file, read: r } of read) {
      if (r.ok) files.push({ name: file.name, text: r.text, bytes: r.bytes });
      else unread.push({ file: file.name, outcome: { ok: false, refusal: { kind: 'file', error: r.reason === 'tooLarge' ? { kind: 'tooLarge', bytes: r.bytes } : { kind: 'notJson', line: null, column: null } } } });
    }
    const context = { bankVersion: bank.version, itemIds: new Set(instrumentItems(bank).map((item) => item.id)), today: today() };
    const merged = mergeFiles(data, files, context);
    if (merged.data !== data) edit(merged.data);
    setLines([...merged.outcomes, ...unread].map(({ file, outcome }) => ({ ok: outcome.ok, text: outcomeText(kit, file, outcome) })));
  };

  const refused = lines.filter((line) => !line.ok);
  const done = lines.filter((line) => line.ok);
  return (
    <section class="sa-import no-print" aria-labelledby="sa-import-title">
      <h3 id="sa-import-title">{t('sa.import.title')}</h3>
      <p id="sa-import-help" class="hint">
        {t('sa.import.intro')}
      </p>
      <span class="file-field no-print">
        <label for="sa-import-files">{t('sa.import.choose')}</label>
        <input
          id="sa-import-files"
          type="file"
          multiple
          accept=".json,application/json"
          aria-describedby={refused.length ? 'sa-import-help sa-import-refused' : 'sa-import-help'}
          aria-invalid={refused.length ? 'true' : undefined}
          onChange={onChoose}
        />
      </span>
      <div role="alert" id="sa-import-refused">
        {refused.length > 0 && (
          <ul class="notice error">
            {refused.map((line, index) => (
              <li key={index}>{line.text}</li>
            ))}
          </ul>
        )}
      </div>
      <div role="status">
        {done.length > 0 && (
          <ul class="notice ok">
            {done.map((line, index) => (
              <li key={index}>{line.text}</li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
