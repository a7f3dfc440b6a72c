import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * WCAG AA contrast of the design tokens (src/styles/tokens.css), in the light and the dark theme:
 * 4.5:1 for text on the surfaces it is used on, 3:1 for the edges of controls, the focus ring,
 * the progress fill and chart marks (WCAG 1.4.3 and 1.4.11).
 */
const css = readFileSync('src/styles/tokens.css', 'utf8');
const tokens = new Map<string, [string, string]>();
for (const match of css.matchAll(/--([\w-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/gi)) tokens.set(match[1]!, [match[2]!, match[3]!]);

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

function ratio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const TEXT: [string, string][] = [
  ...['bg', 'bg-soft', 'bg-strong', 'surface', 'accent-soft', 'info-bg', 'ok-bg', 'warn-bg', 'bad-bg'].map((bg): [string, string] => ['text', bg]),
  ...['bg', 'bg-soft', 'surface'].map((bg): [string, string] => ['text-soft', bg]),
  ...['bg', 'bg-soft', 'surface'].map((bg): [string, string] => ['link', bg]),
  ...['bg', 'bg-soft', 'surface'].map((bg): [string, string] => ['link-visited', bg]),
  ['accent', 'bg'],
  ['accent', 'bg-soft'],
  ['accent', 'accent-soft'],
  ['accent-text', 'accent'],
  ['accent-text', 'accent-hover'],
  ['info', 'info-bg'],
  ['ok', 'ok-bg'],
  ['ok', 'surface'],
  ['warn', 'warn-bg'],
  ['bad', 'bad-bg'],
  ['bad', 'bg'],
  ['bg', 'ok'],
];
const NON_TEXT: [string, string][] = [
  ['border', 'bg'],
  ['border', 'bg-soft'],
  ['border', 'surface'],
  ['focus', 'bg'],
  ['focus', 'bg-soft'],
  ['focus', 'surface'],
  ['bad', 'bad-bg'],
  ['accent', 'bg-strong'],
  ...['type-key', 'type-development', 'type-maintenance', 'type-opportunistic'].map((type): [string, string] => [type, 'bg']),
];

describe('colour tokens meet WCAG AA', () => {
  it('reads every token it checks', () => {
    for (const [a, b] of [...TEXT, ...NON_TEXT]) {
      expect(tokens.has(a), a).toBe(true);
      expect(tokens.has(b), b).toBe(true);
    }
  });

  for (const [theme, index] of [['light', 0], ['dark', 1]] as const) {
    it(`${theme}: text 4.5:1, control edges and marks 3:1`, () => {
      const failing: string[] = [];
      const check = (pairs: [string, string][], minimum: number) => {
        for (const [fg, bg] of pairs) {
          const value = ratio(tokens.get(fg)![index], tokens.get(bg)![index]);
          if (value < minimum) failing.push(`${fg} on ${bg}: ${value.toFixed(2)} < ${minimum}`);
        }
      };
      check(TEXT, 4.5);
      check(NON_TEXT, 3);
      expect(failing).toEqual([]);
    });
  }
});
