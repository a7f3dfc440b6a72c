import type { StorageBackend } from '../../../src/domain/storage/backend';

type Listener = (key: string | null, value: string | null) => void;

/**
 * One localStorage shared by several simulated tabs: a write in one tab reaches the others as a
 * storage event, as in a browser. A tab can hold its events back (a frozen or slow tab) and can be
 * made to refuse writes (full quota, storage switched off).
 */
export class SharedStorage {
  readonly items = new Map<string, string>();
  readonly #tabs: Tab[] = [];

  tab(): Tab {
    const tab = new Tab(this);
    this.#tabs.push(tab);
    return tab;
  }

  broadcast(from: Tab | null, key: string, value: string | null): void {
    for (const tab of this.#tabs) if (tab !== from) tab.receive(key, value);
  }
}

export class Tab implements StorageBackend {
  readonly #listeners = new Set<Listener>();
  readonly #held: Array<[string, string | null]> = [];
  holding = false;
  /** The DOMException name the next writes throw, or null to write normally. */
  refuseWith: string | null = null;

  constructor(private readonly shared: SharedStorage) {}

  get(key: string): string | null {
    return this.shared.items.get(key) ?? null;
  }

  set(key: string, value: string): void {
    if (this.refuseWith) throw new DOMException('refused', this.refuseWith);
    this.shared.items.set(key, value);
    this.shared.broadcast(this, key, value);
  }

  remove(key: string): void {
    this.shared.items.delete(key);
    this.shared.broadcast(this, key, null);
  }

  keys(): string[] {
    return [...this.shared.items.keys()];
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  receive(key: string, value: string | null): void {
    if (this.holding) this.#held.push([key, value]);
    else for (const listener of this.#listeners) listener(key, value);
  }

  /** Delivers the events held back, in order. */
  release(): void {
    this.holding = false;
    for (const [key, value] of this.#held.splice(0)) this.receive(key, value);
  }
}
