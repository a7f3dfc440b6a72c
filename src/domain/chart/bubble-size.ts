/** Bubble radii in pixels: area, not radius, is proportional to the value. */
export const MAX_RADIUS = 28;
export const MIN_RADIUS = 3;

export function bubbleRadius(value: number, largest: number): number {
  if (largest <= 0) return MIN_RADIUS;
  return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(value / largest));
}
