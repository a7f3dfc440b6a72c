import { isQuotaError, type StorageBackend } from './backend';
import { backupKey, toolKey } from './keys';
import { restore } from './restore';
import type { StoredEnvelope, ToolDefinition } from './tool-definition';

/** Something the user must be told about their data, rendered as a translated notice. */
export type StorageNotice =
  | { kind: 'corrupt'; raw: string; backupKey: string | null }
  | { kind: 'quota' }
  | { kind: 'unavailable' }
  | { kind: 'otherTab' };

export type SaveOutcome = 'saved' | 'memory' | 'quota' | 'conflict';

type Listener<T> = (state: T, notices: readonly StorageNotice[]) => void;

/**
 * The one owner of a tool's saved state. Reads validate and migrate; unreadable data is kept
 * aside, never overwritten; a full quota keeps the state in memory; another tab's newer save wins
 * over an older one instead of being overwritten.
 */
export class ToolStore<T> {
  #state: T;
  #rev = 0;
  #savedAt: string | null = null;
  #notices: StorageNotice[] = [];
  #persistent: boolean;
  readonly #listeners = new Set<Listener<T>>();
  readonly #unsubscribe: () => void;

  constructor(
    readonly definition: ToolDefinition<T>,
    private readonly backend: StorageBackend | null,
    private readonly clock: () => string = () => new Date().toISOString(),
  ) {
    this.#state = definition.empty();
    this.#persistent = backend !== null;
    this.#unsubscribe = backend?.subscribe((key, value) => this.#onExternalChange(key, value)) ?? (() => {});
    this.#load();
  }

  get state(): T {
    return this.#state;
  }

  get savedAt(): string | null {
    return this.#savedAt;
  }

  get notices(): readonly StorageNotice[] {
    return this.#notices;
  }

  /** False when nothing is kept after the page closes (storage refused, or unreadable data could not be kept aside). */
  get persistent(): boolean {
    return this.#persistent;
  }

  subscribe(listener: Listener<T>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  dismiss(kind: StorageNotice['kind']): void {
    this.#notices = this.#notices.filter((notice) => notice.kind !== kind);
    this.#emit();
  }

  dispose(): void {
    this.#unsubscribe();
    this.#listeners.clear();
  }

  /** Saves a new state; the state is kept in memory whatever happens to the write. */
  save(next: T): SaveOutcome {
    this.#state = next;
    if (!this.#persistent || !this.backend) {
      this.#emit();
      return 'memory';
    }
    const key = toolKey(this.definition.id);
    const stored = this.#readRev(key);
    if (stored !== null && stored > this.#rev) {
      // Another tab saved after we last read: show theirs rather than overwrite it.
      this.#adoptFromStorage(this.backend.get(key));
      return 'conflict';
    }
    const envelope: StoredEnvelope<T> = { v: this.definition.version, savedAt: this.clock(), rev: this.#rev + 1, data: next };
    try {
      this.backend.set(key, JSON.stringify(envelope));
    } catch (error) {
      this.#addNotice(isQuotaError(error) ? { kind: 'quota' } : { kind: 'unavailable' });
      this.#emit();
      return 'quota';
    }
    this.#rev = envelope.rev;
    this.#savedAt = envelope.savedAt;
    this.#notices = this.#notices.filter((notice) => notice.kind !== 'quota');
    this.#emit();
    return 'saved';
  }

  /** Removes the saved state (the workbook's "clear"); the tool starts empty. */
  clear(): void {
    this.#state = this.definition.empty();
    this.#savedAt = null;
    try {
      this.backend?.remove(toolKey(this.definition.id));
    } catch {
      // Removing can only fail if storage vanished; the in-memory state is already empty.
    }
    this.#rev = 0;
    this.#emit();
  }

  #load(): void {
    if (!this.backend) {
      this.#addNotice({ kind: 'unavailable' });
      return;
    }
    let raw: string | null;
    try {
      raw = this.backend.get(toolKey(this.definition.id));
    } catch {
      this.#persistent = false;
      this.#addNotice({ kind: 'unavailable' });
      return;
    }
    const result = restore(this.definition, raw);
    this.#state = result.data;
    if (result.status === 'ok' || result.status === 'migrated') {
      this.#rev = result.envelope.rev;
      this.#savedAt = result.envelope.savedAt;
    } else if (result.status === 'unreadable' && raw !== null) {
      this.#keepAside(raw);
    }
  }

  /** Copies unreadable text under a backup key before anything may overwrite it. */
  #keepAside(raw: string): void {
    const key = backupKey(this.definition.id, this.clock());
    try {
      this.backend?.set(key, raw);
      this.#addNotice({ kind: 'corrupt', raw, backupKey: key });
      // The unreadable text is safe under the backup key: clear the original so no other page
      // backs it up a second time.
      this.backend?.remove(toolKey(this.definition.id));
      this.#rev = 0;
    } catch {
      // No room for a backup: keep the original untouched and work in memory only.
      this.#persistent = false;
      this.#addNotice({ kind: 'corrupt', raw, backupKey: null });
    }
  }

  #readRev(key: string): number | null {
    try {
      const raw = this.backend?.get(key) ?? null;
      if (raw === null) return null;
      const rev = (JSON.parse(raw) as { rev?: unknown })?.rev;
      return typeof rev === 'number' && Number.isInteger(rev) ? rev : null;
    } catch {
      return null;
    }
  }

  #onExternalChange(key: string | null, value: string | null): void {
    if (key !== null && key !== toolKey(this.definition.id)) return;
    if (key === null || value === null) {
      // Cleared elsewhere (e.g. "clear everything" in another tab).
      this.#state = this.definition.empty();
      this.#rev = 0;
      this.#savedAt = null;
      this.#addNotice({ kind: 'otherTab' });
      this.#emit();
      return;
    }
    this.#adoptFromStorage(value);
  }

  #adoptFromStorage(raw: string | null): void {
    const result = restore(this.definition, raw);
    if (result.status === 'ok' || result.status === 'migrated') {
      if (result.envelope.rev <= this.#rev && raw !== null) return;
      this.#state = result.data;
      this.#rev = result.envelope.rev;
      this.#savedAt = result.envelope.savedAt;
      this.#addNotice({ kind: 'otherTab' });
      this.#emit();
    }
    // Unreadable text from another tab stays where it is; this tab's reload will keep it aside.
  }

  #addNotice(notice: StorageNotice): void {
    this.#notices = [...this.#notices.filter((existing) => existing.kind !== notice.kind), notice];
  }

  #emit(): void {
    for (const listener of this.#listeners) listener(this.#state, this.#notices);
  }
}
