import { useEffect, useState } from 'preact/hooks';

/**
 * A value computed after the frame that shows an edit, not before it: for results that are slow at
 * a large size and secondary to what the user just changed (the robustness check runs the whole
 * portfolio forty times). Until it is ready the previous value stays, so nothing flickers.
 */
export function useLater<T>(compute: () => T, initial: T, deps: readonly unknown[]): T {
  const [value, setValue] = useState(initial);
  useEffect(() => {
    // A frame callback runs before the next paint; a task queued from it runs after that paint.
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setValue(compute()), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, deps);
  return value;
}
