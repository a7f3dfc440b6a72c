import { defaultFactors, defaultSettings, newId, type Account, type KaismData } from './model';

// A packaging supplier's portfolio: ten customers spread over the four quadrants, with
// attractiveness scores (volume, value and profit, financial stability, ease, growth), strength
// scores (price, quality, services, reputation, continuity) and the strongest competitor's scores.
const ROWS: Array<[string, number, number | null, number[], number[], number[]]> = [
  ['Alba Supermarkets', 4_200_000, 6_000_000, [9, 8, 8, 7, 8], [7, 8, 8, 9, 8], [7, 7, 6, 8, 7]],
  ['Borealis Dairy', 2_900_000, 4_500_000, [8, 9, 7, 6, 9], [6, 9, 7, 8, 7], [6, 8, 7, 7, 7]],
  ['Cedar Pharma', 1_800_000, 5_200_000, [7, 9, 9, 5, 9], [4, 5, 4, 5, 3], [7, 8, 7, 8, 8]],
  ['Delta Beverages', 3_100_000, 3_600_000, [8, 7, 6, 7, 7], [5, 4, 5, 4, 5], [7, 7, 6, 7, 6]],
  ['Elm Home Care', 650_000, 700_000, [4, 4, 6, 7, 3], [8, 8, 9, 8, 9], [6, 6, 6, 7, 6]],
  ['Fjord Seafood', 900_000, 950_000, [5, 4, 5, 6, 4], [7, 7, 8, 7, 8], [6, 6, 7, 6, 6]],
  ['Granite Hardware', 300_000, 350_000, [3, 3, 4, 5, 3], [3, 4, 3, 4, 4], [6, 6, 6, 6, 6]],
  ['Harbor Cosmetics', 1_200_000, 2_800_000, [6, 7, 6, 5, 8], [5, 5, 6, 5, 5], [6, 7, 6, 6, 6]],
  ['Iris Bakeries', 450_000, null, [4, 3, 3, 6, 4], [6, 7, 6, 6, 7], [5, 6, 5, 6, 5]],
  ['Juniper Pet Foods', 200_000, 260_000, [2, 3, 5, 4, 3], [4, 4, 5, 3, 4], [6, 5, 6, 6, 5]],
];

export function examplePortfolio(): KaismData {
  const accounts: Account[] = ROWS.map(([name, volume, potential, attractiveness, strength, competitor]) => ({
    id: newId('a'),
    name,
    volume,
    potential,
    attractiveness,
    strength,
    competitor,
  }));
  return { title: '', factors: defaultFactors(), accounts, settings: defaultSettings() };
}
