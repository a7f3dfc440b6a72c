import { isDay, MAX_NOTE, MAX_TEXT, type ChecklistEntry } from '../../domain/readiness/model';
import { memo } from '../lib/memo';
import type { RdKit } from './kit';

interface Props {
  entry: ChecklistEntry;
  kit: RdKit;
  onChange: (id: string, patch: Partial<Omit<ChecklistEntry, 'id'>>) => void;
}

/** Under each checklist item: who sees to it, by when, and a note. Saved as typed. */
export const ItemDetails = memo(function ItemDetails({ entry, kit, onChange }: Props) {
  const { t } = kit;
  const base = `rd-${entry.id}`;
  const text = (event: Event) => (event.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;
  const onDate = (event: Event) => {
    const value = text(event);
    // An empty or half-typed date clears the target; the browser's picker only hands over whole days.
    onChange(entry.id, { due: isDay(value) ? value : null });
  };
  return (
    <div class="rd-details" role="group" aria-label={t('rd.details')}>
      <div class="field">
        <label for={`${base}-owner`}>{t('rd.owner')}</label>
        <input id={`${base}-owner`} type="text" maxLength={MAX_TEXT} autoComplete="off" value={entry.owner} onInput={(event) => onChange(entry.id, { owner: text(event) })} />
      </div>
      <div class="field">
        <label for={`${base}-due`}>{t('rd.due')}</label>
        <input id={`${base}-due`} type="date" value={entry.due ?? ''} onChange={onDate} />
      </div>
      <div class="field rd-note">
        <label for={`${base}-note`}>{t('rd.note')}</label>
        <textarea id={`${base}-note`} rows={2} maxLength={MAX_NOTE} value={entry.note} onInput={(event) => onChange(entry.id, { note: text(event) })} />
      </div>
    </div>
  );
});
