import { isQuotaError, type StorageBackend } from '../../domain/storage/backend';

/**
 * The thin adapter over window.localStorage. Returns null when the browser refuses storage
 * (disabled, or a sandbox): the tools then work in memory and say so.
 */
export function browserBackend(): StorageBackend | null {
  let storage: Storage;
  try {
    storage = window.localStorage;
    const probe = 'kam:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
  } catch (error) {
    // A full quota still means storage exists: reads work and the store reports failed writes.
    if (!isQuotaError(error)) return null;
    storage = window.localStorage;
  }
  return {
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
    remove: (key) => storage.removeItem(key),
    keys: () => Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter((key): key is string => key !== null),
    subscribe(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.storageArea === storage) listener(event.key, event.newValue);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
