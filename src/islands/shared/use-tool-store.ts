import { useEffect, useMemo, useState } from 'preact/hooks';
import type { SaveOutcome } from '../../domain/storage/save-outcome';
import { ToolStore, type StorageNotice } from '../../domain/storage/store';
import type { ToolDefinition } from '../../domain/storage/tool-definition';
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
    return () => {
      unsubscribe();
      store.dispose();
    };
  }, [store]);
  // Only event handlers use the store, and they run in the browser, where it exists.
  const save = (next: T): SaveOutcome => (store ? store.save(next) : 'memory');
  return { store: store as ToolStore<T>, state, notices, save };
}
