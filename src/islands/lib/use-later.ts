import { useEffect, useState } from 'preact/hooks';
import { afterNextPaint } from './after-paint';

/**
 * A value computed after the frame that shows an edit, not before it: for results that are slow at
 * a large size and secondary to what the user just changed (the robustness check runs the whole
 * portfolio forty times). Until it is ready the previous value stays, so nothing flickers.
 */
export function useLater<T>(compute: () => T, initial: T, deps: readonly unknown[]): T {
  const [value, setValue] = useState(initial);
  useEffect(() => afterNextPaint(() => setValue(compute())), deps);
  return value;
}
