/** What the storage module needs from a key-value store; the browser adapter wraps localStorage. */
export interface StorageBackend {
  get(key: string): string | null;
  /** Throws when the store refuses, e.g. a full quota. */
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
  /** Changes made elsewhere (another tab); returns an unsubscribe function. */
  subscribe(listener: (key: string | null, value: string | null) => void): () => void;
}

/** In-memory backend: used by tests, and by the tools when the browser refuses storage. */
export class MemoryBackend implements StorageBackend {
  readonly #items = new Map<string, string>();
  readonly #listeners = new Set<(key: string | null, value: string | null) => void>();
  /** Total characters allowed, to imitate a full quota in tests. */
  constructor(private readonly quota = Number.POSITIVE_INFINITY) {}

  get(key: string): string | null {
    return this.#items.get(key) ?? null;
  }

  set(key: string, value: string): void {
    const used = [...this.#items].reduce((sum, [k, v]) => (k === key ? sum : sum + k.length + v.length), 0);
    if (used + key.length + value.length > this.quota) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    this.#items.set(key, value);
  }

  remove(key: string): void {
    this.#items.delete(key);
  }

  keys(): string[] {
    return [...this.#items.keys()];
  }

  subscribe(listener: (key: string | null, value: string | null) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Test helper: a write by "another tab", announced to subscribers like a storage event. */
  writeFromElsewhere(key: string, value: string | null): void {
    if (value === null) this.#items.delete(key);
    else this.#items.set(key, value);
    for (const listener of this.#listeners) listener(key, value);
  }
}

export function isQuotaError(error: unknown): boolean {
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) {
    return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
  }
  return error instanceof Error && /quota/i.test(error.message);
}
