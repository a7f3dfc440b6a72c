import { describe, expect, it } from 'vitest';
import { examplePortfolio } from '../../src/domain/kaism/example';
import { LOCALES } from '../../src/i18n/locales';

const numbers = (locale: (typeof LOCALES)[number]) =>
  examplePortfolio(locale).accounts.map(({ volume, potential, attractiveness, strength, competitor }) => ({ volume, potential, attractiveness, strength, competitor }));

describe('the example portfolio', () => {
  it.each(LOCALES.filter((l) => l !== 'en'))('in %s names its ten accounts for that market, with the same numbers as in English', (locale) => {
    const english = examplePortfolio('en').accounts.map((a) => a.name);
    const own = examplePortfolio(locale).accounts.map((a) => a.name);
    expect(own).toHaveLength(10);
    expect(new Set(own).size).toBe(10);
    for (const name of own) expect(english, name).not.toContain(name);
    expect(numbers(locale)).toEqual(numbers('en'));
  });

  it('is English without a locale, as the tool registry samples it', () => {
    expect(examplePortfolio().accounts[0]?.name).toBe('Alba Supermarkets');
  });
});
