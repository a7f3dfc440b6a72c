import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { overlaps, placeLabels, shorten, type LabelRequest } from '../../src/domain/chart/label-layout';

const bounds = { x: 0, y: 0, width: 400, height: 300 };

describe('bubble labels', () => {
  it('puts a lone label after its bubble in reading order, and before it in right-to-left', () => {
    const label: LabelRequest = { cx: 100, cy: 100, r: 10, width: 50, height: 12, priority: 1 };
    expect(placeLabels([label], bounds)).toEqual([{ index: 0, x: 113, y: 94 }]);
    expect(placeLabels([label], bounds, { rtl: true })).toEqual([{ index: 0, x: 37, y: 94 }]);
  });

  it('moves a label to another side when the first is taken, and keeps it inside the plot', () => {
    const big: LabelRequest = { cx: 100, cy: 100, r: 10, width: 80, height: 12, priority: 2 };
    const near: LabelRequest = { cx: 130, cy: 100, r: 5, width: 60, height: 12, priority: 1 };
    const placed = placeLabels([big, near], bounds);
    expect(placed).toHaveLength(2);
    const edge: LabelRequest = { cx: 395, cy: 150, r: 4, width: 60, height: 12, priority: 1 };
    expect(placeLabels([edge], bounds)[0]?.x).toBeLessThan(395);
  });

  it('never lets two labels overlap or leave the plot, whatever the bubbles', () => {
    const request = fc.record({
      cx: fc.integer({ min: 0, max: 400 }),
      cy: fc.integer({ min: 0, max: 300 }),
      r: fc.integer({ min: 3, max: 28 }),
      width: fc.integer({ min: 10, max: 120 }),
      height: fc.constant(12),
      priority: fc.double({ min: 0, max: 1e6, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(request, { maxLength: 60 }), fc.boolean(), (labels, rtl) => {
        const placed = placeLabels(labels, bounds, { rtl });
        const boxes = placed.map((p) => ({ x: p.x, y: p.y, width: labels[p.index]!.width, height: labels[p.index]!.height }));
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b)).toBe(false)));
        for (const box of boxes) expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= 400 && box.y + box.height <= 300).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('labels the largest bubbles first when not all fit', () => {
    const crowd = Array.from({ length: 30 }, (_, i) => ({ cx: 200, cy: 150, r: 5, width: 100, height: 12, priority: i }));
    const placed = placeLabels(crowd, bounds);
    expect(placed.length).toBeLessThan(30);
    expect(placed[0]?.index).toBe(29);
  });

  it('shortens long names by whole characters, Arabic and Chinese included', () => {
    expect(shorten('Alba Supermarkets', 20)).toBe('Alba Supermarkets');
    expect(shorten('Borealis Dairy and Cheese Cooperative', 12)).toBe('Borealis Da…');
    expect(shorten('مجموعة الخليج للتجزئة والتوزيع', 10)).toHaveLength(10);
    expect(shorten('北方乳业集团有限公司华东分公司', 8)).toBe('北方乳业集团有…');
  });
});
