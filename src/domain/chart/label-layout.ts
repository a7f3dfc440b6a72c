/**
 * Where to write each bubble's name so that names neither overlap each other nor leave the plot:
 * a greedy placement, largest bubbles first, trying the four sides of each bubble in turn. A name
 * that fits nowhere is left off the chart (the table and the tooltip still name it). Pure
 * geometry in pixels, so it is tested without a canvas; the caller measures the text.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelRequest {
  /** Bubble centre and radius, in pixels. */
  cx: number;
  cy: number;
  r: number;
  /** The measured size of the text to place. */
  width: number;
  height: number;
  /** Larger first: the most important bubbles get their labels. */
  priority: number;
}

export interface PlacedLabel {
  index: number;
  /** Top-left corner of the text box. */
  x: number;
  y: number;
}

const GAP = 3;

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const inside = (box: Rect, bounds: Rect) =>
  box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;

/** The four candidate boxes around a bubble: after it, before it, above, below (reading order). */
function candidates(label: LabelRequest, rtl: boolean): Rect[] {
  const { cx, cy, r, width, height } = label;
  const after = { x: cx + r + GAP, y: cy - height / 2, width, height };
  const before = { x: cx - r - GAP - width, y: cy - height / 2, width, height };
  const above = { x: cx - width / 2, y: cy - r - GAP - height, width, height };
  const below = { x: cx - width / 2, y: cy + r + GAP, width, height };
  return rtl ? [before, after, above, below] : [after, before, above, below];
}

export function placeLabels(labels: readonly LabelRequest[], bounds: Rect, options: { rtl?: boolean; max?: number; avoid?: readonly Rect[] } = {}): PlacedLabel[] {
  const order = labels.map((label, index) => ({ label, index })).sort((a, b) => b.label.priority - a.label.priority);
  const taken: Rect[] = [...(options.avoid ?? [])];
  const placed: PlacedLabel[] = [];
  const max = options.max ?? Number.POSITIVE_INFINITY;
  for (const { label, index } of order) {
    if (placed.length >= max) break;
    const box = candidates(label, options.rtl ?? false).find((candidate) => inside(candidate, bounds) && !taken.some((other) => overlaps(candidate, other)));
    if (!box) continue;
    taken.push(box);
    placed.push({ index, x: box.x, y: box.y });
  }
  return placed;
}

let graphemes: Intl.Segmenter | null = null;

/** A name cut to at most `max` characters (by grapheme), with an ellipsis: the full name is in the table. */
export function shorten(name: string, max: number): string {
  // A name of at most `max` code units has at most `max` graphemes: most names stop here.
  if (name.length <= max) return name;
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const characters = [...graphemes.segment(name)].map((part) => part.segment);
  return characters.length <= max ? name : `${characters.slice(0, Math.max(1, max - 1)).join('').trimEnd()}…`;
}
