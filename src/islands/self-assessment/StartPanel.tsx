import { useState } from 'preact/hooks';
import type { Who } from '../../domain/self-assessment/edit';
import type { SaKit } from './kit';

interface Props {
  /** The names as saved; empty before the user has started. */
  who: Who;
  started: boolean;
  kit: SaKit;
  onStart: (who: Who) => void;
  /** After the start, each field is saved as it is typed. */
  onChange: (who: Partial<Who>) => void;
}

/**
 * Who answers, asked first: the company, the respondent's name and role. Before the start it is a
 * form with one button; after it, the same fields edit the saved names.
 */
export function StartPanel({ who, started, kit, onStart, onChange }: Props) {
  const { t } = kit;
  const [draft, setDraft] = useState<Who>(who);
  const [missingName, setMissingName] = useState(false);
  const value = started ? who : draft;
  const set = (field: keyof Who) => (event: Event) => {
    const text = (event.currentTarget as HTMLInputElement).value;
    if (started) onChange({ [field]: text });
    else setDraft({ ...draft, [field]: text });
    if (field === 'name' && text.trim()) setMissingName(false);
  };
  const submit = (event: Event) => {
    event.preventDefault();
    if (!draft.name.trim()) {
      setMissingName(true);
      document.getElementById('sa-name')?.focus();
      return;
    }
    onStart({ company: draft.company.trim(), name: draft.name.trim(), role: draft.role.trim() });
  };
  const field = (id: keyof Who, label: string, extra?: { hint?: string; error?: boolean }) => (
    <div class="field">
      <label for={`sa-${id}`}>{label}</label>
      {extra?.hint && (
        <p class="field-hint" id={`sa-${id}-hint`}>
          {extra.hint}
        </p>
      )}
      <input
        id={`sa-${id}`}
        type="text"
        maxLength={120}
        autoComplete={id === 'name' ? 'name' : id === 'company' ? 'organization' : 'organization-title'}
        value={value[id]}
        onInput={set(id)}
        aria-invalid={extra?.error ? 'true' : undefined}
        aria-describedby={[extra?.hint ? `sa-${id}-hint` : '', extra?.error ? 'sa-name-error' : ''].filter(Boolean).join(' ') || undefined}
      />
      {id === 'name' && (
        <div role="alert" id="sa-name-error">
          {extra?.error && <p class="field-error">{t('sa.name.required')}</p>}
        </div>
      )}
    </div>
  );
  const fields = (
    <>
      {field('company', t('sa.company'))}
      {field('name', t('sa.name'), { error: missingName })}
      {field('role', t('sa.role'), { hint: t('sa.role.hint') })}
    </>
  );
  if (started) {
    return (
      <details class="sa-details no-print">
        <summary>{t('sa.details', { name: who.name })}</summary>
        <div class="sa-fields">{fields}</div>
      </details>
    );
  }
  return (
    <section class="sa-start no-print" aria-labelledby="sa-start-title">
      <h2 id="sa-start-title">{t('sa.start.title')}</h2>
      <p>{t('sa.start.intro')}</p>
      <form onSubmit={submit} noValidate>
        <div class="sa-fields">{fields}</div>
        <div class="actions">
          <button type="submit" class="primary">
            {t('sa.start')}
          </button>
        </div>
      </form>
    </section>
  );
}
