import { useEffect, useMemo, useState } from 'preact/hooks';
import { ToolStore, type StorageNotice } from '../../domain/storage/store';
import type { ToolDefinition } from '../../domain/storage/tool-definition';
import { browserBackend } from '../lib/browser-storage';

/** Binds a tool's store to a component: the state, its notices, and a setter that saves. */
export function useToolStore<T>(definition: ToolDefinition<T>) {
  const store = useMemo(() => new ToolStore(definition, typeof window === 'undefined' ? null : browserBackend()), [definition]);
  const [state, setState] = useState<T>(store.state);
  const [notices, setNotices] = useState<readonly StorageNotice[]>(store.notices);
  useEffect(() => {
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
  return { store, state, notices, save: (next: T) => store.save(next) };
}
