import { describe, expect, it } from 'vitest';
import { inOrder, RADAR_DASHES, radarOrder } from '../../src/domain/chart/radar-order';
import { wrapLabel } from '../../src/domain/chart/wrap-label';

describe('radar axis order', () => {
  it('keeps the order left to right: clockwise from the top', () => {
    expect(radarOrder(5, 'ltr')).toEqual([0, 1, 2, 3, 4]);
  });

  it('goes the other way round right to left, the first axis still on top', () => {
    expect(radarOrder(5, 'rtl')).toEqual([0, 4, 3, 2, 1]);
    expect(radarOrder(2, 'rtl')).toEqual([0, 1]);
    expect(radarOrder(0, 'rtl')).toEqual([]);
  });

  it('puts values in drawing order, a missing one as a gap', () => {
    expect(inOrder([1, null, 3, 4], radarOrder(4, 'rtl'))).toEqual([1, 4, 3, null]);
    expect(inOrder([1], [0, 1])).toEqual([1, null]);
  });

  it('has six distinct line patterns, solid first', () => {
    expect(RADAR_DASHES).toHaveLength(6);
    expect(RADAR_DASHES[0]).toEqual([]);
    expect(new Set(RADAR_DASHES.map((dash) => dash.join(','))).size).toBe(6);
  });
});

describe('axis names on the radar', () => {
  it('go on several lines at spaces, or by characters without spaces, and stay whole when short', () => {
    expect(wrapLabel('Strategy', 12)).toBe('Strategy');
    expect(wrapLabel('Selection of key accounts', 12)).toEqual(['Selection of', 'key accounts']);
    expect(wrapLabel('اختيار الحسابات الرئيسية', 12)).toEqual(['اختيار', 'الحسابات', 'الرئيسية']);
    expect(wrapLabel('大客户的选择与评估标准', 6)).toEqual(['大客户的选择', '与评估标准']);
  });
});
