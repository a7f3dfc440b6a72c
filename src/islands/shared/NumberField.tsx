import { useEffect, useRef, useState } from 'preact/hooks';
import { parseLocaleNumber } from '../../domain/numbers';

export const NUMBER_FIELD_KEYS = ['number.empty', 'number.invalid', 'number.range', 'number.min', 'number.tooLarge'] as const;
type Key = (typeof NUMBER_FIELD_KEYS)[number];

interface Props {
  id: string;
  /** The accessible name, when no visible <label for> names the field. */
  label?: string;
  value: number | null;
  min: number;
  max: number;
  /** Whether an empty field is a valid "not entered yet" (null). */
  optional?: boolean;
  format: (value: number) => string;
  t: (key: Key, vars?: Record<string, string | number>) => string;
  onValue: (value: number | null) => void;
  class?: string;
}

/**
 * A number typed in any digit system of our locales. The text the user types stays as typed;
 * the value changes only when the text is a valid number, and an error sits right under the field.
 */
export function NumberField({ id, label, value, min, max, optional = false, format, t, onValue, class: className }: Props) {
  const shown = value === null ? '' : format(value);
  const [draft, setDraft] = useState(shown);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);

  // Follow changes made elsewhere (another tab, an import, rescaling), never while the user types.
  useEffect(() => {
    if (!focused.current && error === null) setDraft(shown);
  }, [shown]);

  const check = (text: string): { value: number | null } | { message: string } => {
    const parsed = parseLocaleNumber(text);
    if (!parsed.ok) {
      if (parsed.problem === 'empty') return optional ? { value: null } : { message: t('number.empty') };
      return { message: t(parsed.problem === 'tooLarge' ? 'number.tooLarge' : 'number.invalid') };
    }
    if (parsed.value < min || parsed.value > max) {
      return { message: max >= 1e15 ? t('number.min', { min: format(min) }) : t('number.range', { min: format(min), max: format(max) }) };
    }
    return { value: parsed.value };
  };

  const onInput = (event: Event) => {
    const text = (event.currentTarget as HTMLInputElement).value;
    setDraft(text);
    const result = check(text);
    if ('message' in result) setError(result.message);
    else {
      setError(null);
      if (result.value !== value) onValue(result.value);
    }
  };

  const errorId = `${id}-error`;
  return (
    <span class={`number-field ${className ?? ''}`}>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        value={draft}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={onInput}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          if (error === null) setDraft(shown);
        }}
      />
      {error && (
        <span class="field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
