/**
 * JSON.parse for text we did not write (stored data, imported files): reports where the text
 * broke, and refuses structures nested deeper than any real workbook file.
 */
export const MAX_DEPTH = 32;

export type SafeJsonResult =
  | { ok: true; value: unknown }
  | { ok: false; problem: 'syntax'; line: number | null; column: number | null }
  | { ok: false; problem: 'tooDeep' };

export function parseJsonSafely(text: string): SafeJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: 'syntax', ...errorPosition(text, error) };
  }
  return depthOf(value) > MAX_DEPTH ? { ok: false, problem: 'tooDeep' } : { ok: true, value };
}

/** Nesting depth, measured without recursion so a hostile file cannot overflow the stack. */
export function depthOf(root: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() as [unknown, number];
    if (value === null || typeof value !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_DEPTH) return deepest;
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function errorPosition(text: string, error: unknown): { line: number | null; column: number | null } {
  const message = error instanceof Error ? error.message : '';
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(message);
  if (position) {
    const before = text.slice(0, Number(position[1]));
    const lines = before.split('\n');
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
  }
  if (/end of (JSON|data) input|Unexpected end/i.test(message)) {
    const lines = text.split('\n');
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
  }
  return { line: null, column: null };
}
