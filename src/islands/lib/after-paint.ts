/**
 * Runs a task after the browser has painted the next frame: a frame callback runs just before that
 * paint, and a task queued from it runs after. Returns a cancel function.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer = 0;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
