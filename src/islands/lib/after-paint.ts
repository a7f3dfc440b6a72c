/**
 * Runs a task once the browser has painted the next frame and has a moment to spare: a frame
 * callback runs just before that paint; from it the task waits for idle time (at most `within`
 * milliseconds), so work the user is not waiting for (saving, secondary results) neither delays
 * the frame nor the handling of the next key. Browsers without idle callbacks get a short timer.
 * Returns a cancel function.
 */
export function afterNextPaint(task: () => void, within = 300): () => void {
  let idle = 0;
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: within });
    else timer = window.setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
    clearTimeout(timer);
  };
}
