import { useEffect, useRef, useState } from 'preact/hooks';
import { fieldNumberExample, formatFieldNumber, numberSymbols, parseFieldNumber, parseLocaleNumber, type ParsedFieldNumber } from '../../domain/numbers';

export const NUMBER_FIELD_KEYS = [
  'number.empty',
  'number.invalid',
  'number.range',
  'number.min',
  'number.tooLarge',
  'number.notNumber',
  'number.grouping',
  'number.hint',
  'number.hint.whole',
] as const;
type Key = (typeof NUMBER_FIELD_KEYS)[number];
type T = (key: Key, vars?: Record<string, string | number>) => string;

/** Decimals a field holds unless it says otherwise: scores, weights and volumes alike. */
export const DEFAULT_FRACTION_DIGITS = 2;

interface Props {
  id: string;
  /** The accessible name, when no visible <label for> names the field. */
  label?: string;
  value: number | null;
  min: number;
  max: number;
  /** Whether an empty field is a valid "not entered yet" (null). */
  optional?: boolean;
  /**
   * The page's BCP 47 tag (LOCALE_INFO[locale].tag): the field shows and reads numbers the way
   * this locale writes them, so what it shows reads back as the same number. Without it the field
   * takes the page's <html lang> once mounted (server render and first paint use `format`).
   */
  localeTag?: string;
  /** Decimals the field holds; typed decimals beyond are rounded (the hint says so). */
  fractionDigits?: number;
  /** Only before a locale is known (server render without localeTag): how to show the value. */
  format?: (value: number) => string;
  /** The id of a hint shown once for many fields (<NumberHint>); otherwise the field describes itself. */
  hintId?: string;
  t: T;
  onValue: (value: number | null) => void;
  class?: string;
}

/** How to type a number in this locale: "Example: 26,000.5. “,” separates thousands, …". */
export function numberHint(t: T, localeTag: string, fractionDigits = DEFAULT_FRACTION_DIGITS): string {
  const { group, decimal } = numberSymbols(localeTag);
  const example = fieldNumberExample(localeTag, fractionDigits);
  if (fractionDigits === 0) return t('number.hint.whole', { example, group });
  return t('number.hint', { example, group, decimal, digits: formatFieldNumber(fractionDigits, localeTag, 0) });
}

/** The hint as visible text, for a page that shows it once above many fields (pass its id as hintId). */
export function NumberHint({ id, t, localeTag, fractionDigits, class: className }: { id: string; t: T; localeTag: string; fractionDigits?: number; class?: string }) {
  return (
    <p id={id} class={`field-hint ${className ?? ''}`}>
      {numberHint(t, localeTag, fractionDigits)}
    </p>
  );
}

/** The given tag, or else the page's <html lang>, read after mount so hydration matches the server render. */
function usePageLocaleTag(given: string | undefined): string | undefined {
  const [pageTag, setPageTag] = useState<string | undefined>(undefined);
  useEffect(() => {
    if (!given) setPageTag(document.documentElement.lang || undefined);
  }, [given]);
  return given ?? pageTag;
}

/**
 * A number typed in any digit system of our locales. The text the user types stays as typed;
 * the value changes only when the text is a valid number, and an error sits right under the field,
 * with the hint on how to type numbers in this language.
 */
export function NumberField(props: Props) {
  const localeTag = usePageLocaleTag(props.localeTag);
  const { id, label, value, min, max, optional = false, fractionDigits = DEFAULT_FRACTION_DIGITS, hintId, t, onValue, class: className } = props;
  const show = (n: number) => (localeTag ? formatFieldNumber(n, localeTag, fractionDigits) : (props.format ?? String)(n));
  const shown = value === null ? '' : show(value);
  const [draft, setDraft] = useState(shown);
  const [problem, setError] = useState<string | null>(null);
  // A problem is told once the user leaves the field (or presses Enter), not at the first keystroke
  // of a number still being typed; once told, it follows the typing until it is fixed.
  const [told, setTold] = useState(false);
  const error = told ? problem : null;
  const focused = useRef(false);

  // Follow changes made elsewhere (another tab, an import, rescaling), never while the user types.
  useEffect(() => {
    if (!focused.current && problem === null) setDraft(shown);
  }, [shown]);

  const problemText = (parsed: Exclude<ParsedFieldNumber, { ok: true }>): string => {
    if (parsed.problem === 'tooLarge') return t('number.tooLarge');
    if (parsed.problem === 'grouping' && localeTag) {
      const example = formatFieldNumber(1.5, localeTag, 1);
      return t('number.grouping', { separator: parsed.separator, decimal: numberSymbols(localeTag).decimal, example });
    }
    return t(localeTag ? 'number.notNumber' : 'number.invalid');
  };

  const check = (text: string): { value: number | null } | { message: string } => {
    const parsed = localeTag ? parseFieldNumber(text, localeTag, fractionDigits) : parseLocaleNumber(text);
    if (!parsed.ok) {
      if (parsed.problem === 'empty') return optional ? { value: null } : { message: t('number.empty') };
      return { message: problemText(parsed) };
    }
    if (parsed.value < min || parsed.value > max) {
      return { message: max >= 1e15 ? t('number.min', { min: show(min) }) : t('number.range', { min: show(min), max: show(max) }) };
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
      setTold(false);
      if (result.value !== value) onValue(result.value);
    }
  };

  const errorId = `${id}-error`;
  // The field's own hint: read with the field by screen readers, shown under an error.
  const ownHintId = localeTag && !hintId ? `${id}-hint` : undefined;
  const describedBy = [hintId ?? ownHintId, error ? errorId : undefined].filter(Boolean).join(' ');
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
        aria-describedby={describedBy || undefined}
        onInput={onInput}
        onFocus={() => {
          focused.current = true;
        }}
        onBlur={() => {
          focused.current = false;
          if (problem === null) setDraft(shown);
          else setTold(true);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && problem !== null) setTold(true);
        }}
      />
      {error && (
        <span class="field-error" id={errorId} role="alert">
          {error}
        </span>
      )}
      {ownHintId && localeTag && (
        <span id={ownHintId} class={error ? 'field-hint' : 'visually-hidden'}>
          {numberHint(t, localeTag, fractionDigits)}
        </span>
      )}
    </span>
  );
}
