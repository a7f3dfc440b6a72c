import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SaveOutcome } from '../../domain/storage/save-outcome';
import { ToolStore, type StorageNotice } from '../../domain/storage/store';
import type { ToolDefinition } from '../../domain/storage/tool-definition';
import { afterNextPaint } from '../lib/after-paint';
import { browserBackend } from '../lib/browser-storage';

/**
 * Binds a tool's store to a component: the state, its notices, and a setter that saves and
 * returns what became of the save (the notices say it to the user as well).
 * The first render shows the empty state, exactly as the server rendered it, so hydration
 * matches; the saved state arrives right after, from the effect.
 */
export function useToolStore<T>(definition: ToolDefinition<T>) {
  const store = useMemo(() => (typeof window === 'undefined' ? null : new ToolStore(definition, browserBackend())), [definition]);
  const [state, setState] = useState<T>(() => definition.empty());
  const [notices, setNotices] = useState<readonly StorageNotice[]>([]);
  useEffect(() => {
    if (!store) return;
    setState(store.state);
    setNotices(store.notices);
    const unsubscribe = store.subscribe((next, nextNotices) => {
      setState(next);
      setNotices(nextNotices);
    });
    // A staged edit is written before the page goes away or into the background.
    const flushNow = () => store.flush();
    const flushIfHidden = () => document.visibilityState === 'hidden' && store.flush();
    window.addEventListener('pagehide', flushNow);
    document.addEventListener('visibilitychange', flushIfHidden);
    return () => {
      window.removeEventListener('pagehide', flushNow);
      document.removeEventListener('visibilitychange', flushIfHidden);
      store.flush();
      unsubscribe();
      store.dispose();
    };
  }, [store]);
  // Only event handlers use the store, and they run in the browser, where it exists.
  const save = (next: T): SaveOutcome => (store ? store.save(next) : 'memory');
  // Edits show in the next frame and are written right after it (see ToolStore.stage).
  const edit = useMemo(() => {
    let pending = false;
    return (next: T): void => {
      if (!store || store.stage(next) !== 'staged' || pending) return;
      pending = true;
      afterNextPaint(() => {
        pending = false;
        store.flush();
      });
    };
  }, [store]);
  return { store: store as ToolStore<T>, state, notices, save, edit };
}
