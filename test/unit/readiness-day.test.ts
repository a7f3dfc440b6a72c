import { describe, expect, it } from 'vitest';
import { formatDay } from '../../src/domain/readiness/day';

describe('formatDay', () => {
  it('shows the calendar day itself, whatever the time zone west of Greenwich', () => {
    // Read as a local time, 2026-12-15 would be the 14th in New York: a day has no time zone.
    expect(formatDay('en', '2026-12-15')).toBe('December 15, 2026');
    expect(formatDay('en', '2026-01-01')).toBe('January 1, 2026');
  });

  it('writes the day in the page language and digits', () => {
    expect(formatDay('fa', '2026-12-15')).toMatch(/[۰-۹]/u);
    expect(formatDay('it', '2026-12-15')).toBe('15 dicembre 2026');
  });

  it('leaves a value that is not a day as it is rather than showing "Invalid Date"', () => {
    expect(formatDay('en', 'soon')).toBe('soon');
  });
});
