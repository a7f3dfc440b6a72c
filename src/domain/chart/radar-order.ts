/**
 * The order a radar's axes are drawn in. chart.js always goes clockwise from the top; a
 * right-to-left reader expects the second axis on the left of the first, so the axes after the
 * first are reversed: [a, b, c, d] → [a, d, c, b]. Returns indices into the original axes.
 */
export function radarOrder(count: number, dir: 'ltr' | 'rtl'): number[] {
  const indices = Array.from({ length: count }, (_, index) => index);
  return dir === 'rtl' && count > 2 ? [0, ...indices.slice(1).reverse()] : indices;
}

/** A series' values in drawing order; what is missing stays null (the line leaves a gap). */
export function inOrder<T>(values: readonly T[], order: readonly number[]): Array<T | null> {
  return order.map((index) => values[index] ?? null);
}

/** Line patterns that tell up to six series apart without colour: solid first, for the emphasis. */
export const RADAR_DASHES: readonly (readonly number[])[] = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4], [1, 5]];
