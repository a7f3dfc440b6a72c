import { describe, expect, it } from 'vitest';
import { withoutVerdict } from '../../src/domain/quiz';

describe('withoutVerdict', () => {
  it('drops a verdict the page already prints, so it is not read twice', () => {
    expect(withoutVerdict('Correct. Being forced by competitors is reactive.', 'Correct.')).toBe('Being forced by competitors is reactive.');
    expect(withoutVerdict('درست است. مدیریت مشتریان کلیدی…', 'درست است.')).toBe('مدیریت مشتریان کلیدی…');
  });

  it('keeps feedback that only resembles the verdict, or is nothing but it', () => {
    expect(withoutVerdict('Correctly chosen suppliers matter.', 'Correct.')).toBe('Correctly chosen suppliers matter.');
    expect(withoutVerdict('Right. Customers hand over more work.', 'Correct.')).toBe('Right. Customers hand over more work.');
    expect(withoutVerdict('Correct.', 'Correct.')).toBe('Correct.');
  });
});
