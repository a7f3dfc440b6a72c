import { isQuotaError, type StorageBackend } from './backend';
import { keepAside } from './backups';
import { toolKey } from './keys';
import { withNotice, withoutNotices, type StorageNotice } from './notices';
import { restore } from './restore';
import type { SaveOutcome } from './save-outcome';
import type { StoredEnvelope, ToolDefinition } from './tool-definition';

export type { SaveOutcome } from './save-outcome';
export type { StorageNotice } from './notices';

export interface SaveOptions {
  /** True (edits): a failed write keeps the new state on the page. False (clear, import): the page stays as stored. */
  keepOnFailure?: boolean;
}

type Listener<T> = (state: T, notices: readonly StorageNotice[]) => void;

/**
 * The one owner of a tool's saved state. Reads validate and migrate; unreadable data is kept
 * aside, never overwritten; data of a newer version is left alone and never written over; every
 * save re-reads the stored revision and never writes over a higher one; the revision only climbs.
 */
export class ToolStore<T> {
  #state: T;
  #rev = 0;
  #savedAt: string | null = null;
  /** The text this page last wrote. */
  #written: string | null = null;
  #notices: StorageNotice[] = [];
  #persistent: boolean;
  #newer: number | null = null;
  /** A staged edit is on the page but not yet written. */
  #unsaved = false;
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

  /** The version of the site that saved this tool's data, when it is newer than this page; the page is then read-only. */
  get newerVersion(): number | null {
    return this.#newer;
  }

  /** True while an edit is shown but not yet written: the page flushes it after its next paint and before it goes away. */
  get hasUnsaved(): boolean {
    return this.#unsaved;
  }

  /**
   * Shows an edit at once and writes it at the next flush, so serialising and writing a large
   * state stays out of the time between the user's input and the frame that shows it.
   */
  stage(next: T): 'staged' | 'newer' {
    if (this.#newer !== null) {
      this.#notices = [...this.#notices];
      this.#emit();
      return 'newer';
    }
    this.#state = next;
    this.#unsaved = true;
    this.#emit();
    return 'staged';
  }

  /** Writes the staged edit, if any; null when there was nothing to write. */
  flush(): SaveOutcome | null {
    return this.#unsaved ? this.save(this.#state) : null;
  }

  subscribe(listener: Listener<T>): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  dismiss(kind: StorageNotice['kind']): void {
    this.#drop((notice) => notice.kind === kind);
    this.#emit();
  }

  dispose(): void {
    this.#unsubscribe();
    this.#listeners.clear();
  }

  /** Saves a new state, compare-then-write on the stored revision. */
  save(next: T, { keepOnFailure = true }: SaveOptions = {}): SaveOutcome {
    // A save writes the whole state, so it supersedes any staged edit.
    this.#unsaved = false;
    if (this.#newer !== null) {
      // Refused; a fresh notices list re-renders the page, so controls show the unchanged state.
      this.#notices = [...this.#notices];
      this.#emit();
      return 'newer';
    }
    if (!this.#persistent || !this.backend) {
      this.#state = next;
      this.#emit();
      return 'memory';
    }
    const key = toolKey(this.definition.id);
    let raw: string | null;
    try {
      raw = this.backend.get(key);
    } catch {
      return this.#failed(next, keepOnFailure, 'unavailable');
    }
    // Unchanged since this page wrote it (the usual case): no need to parse and validate it again.
    if (raw !== this.#written) {
      const stored = restore(this.definition, raw);
      if (stored.status === 'newer') {
        this.#enterNewer(stored.version);
        this.#emit();
        return 'newer';
      }
      if ((stored.status === 'ok' || stored.status === 'migrated') && stored.envelope.rev > this.#rev) {
        // Another tab saved after we last read: show theirs rather than overwrite it.
        this.#adopt(stored.data, stored.envelope.rev, stored.envelope.savedAt);
        this.#drop((notice) => notice.kind === 'saved' || notice.kind === 'quota' || notice.kind === 'unavailable');
        this.#addNotice({ kind: 'conflict' });
        this.#emit();
        return 'conflict';
      }
      if (stored.status === 'unreadable' && raw !== null) {
        this.#keepAside(raw);
        if (!this.#persistent) return this.save(next);
      }
    }
    const envelope: StoredEnvelope<T> = { v: this.definition.version, savedAt: this.clock(), rev: this.#rev + 1, data: next };
    const text = JSON.stringify(envelope);
    try {
      this.backend.set(key, text);
    } catch (error) {
      return this.#failed(next, keepOnFailure, isQuotaError(error) ? 'quota' : 'unavailable');
    }
    this.#written = text;
    this.#state = next;
    this.#rev = envelope.rev;
    this.#savedAt = envelope.savedAt;
    this.#drop((notice) => notice.kind === 'quota' || (notice.kind === 'unavailable' && notice.during === 'save'));
    this.#addNotice({ kind: 'saved', at: envelope.savedAt });
    this.#emit();
    return 'saved';
  }

  /**
   * Clears the tool by saving its empty state with the next revision (a tombstone) instead of
   * removing the key: a missing key has no revision, so a stale tab's next save would win.
   */
  clear(): SaveOutcome {
    return this.save(this.definition.empty(), { keepOnFailure: false });
  }

  #failed(next: T, keep: boolean, outcome: 'quota' | 'unavailable'): SaveOutcome {
    if (keep) this.#state = next;
    this.#drop((notice) => notice.kind === 'saved');
    this.#addNotice(outcome === 'quota' ? { kind: 'quota' } : { kind: 'unavailable', during: 'save' });
    this.#emit();
    return outcome;
  }

  #load(): void {
    if (!this.backend) {
      this.#addNotice({ kind: 'unavailable', during: 'load' });
      return;
    }
    let raw: string | null;
    try {
      raw = this.backend.get(toolKey(this.definition.id));
    } catch {
      this.#persistent = false;
      this.#addNotice({ kind: 'unavailable', during: 'load' });
      return;
    }
    const result = restore(this.definition, raw);
    this.#state = result.data;
    if (result.status === 'ok' || result.status === 'migrated') {
      this.#rev = result.envelope.rev;
      this.#savedAt = result.envelope.savedAt;
    } else if (result.status === 'newer') {
      this.#enterNewer(result.version);
    } else if (result.status === 'unreadable' && raw !== null) {
      this.#keepAside(raw);
    }
  }

  /** Keeps unreadable text under a backup key before anything may overwrite it. */
  #keepAside(raw: string): void {
    const key = this.backend ? keepAside(this.backend, this.definition.id, raw, this.clock()) : null;
    // No room for a backup: the original stays untouched and the page works in memory only.
    if (key === null) this.#persistent = false;
    this.#addNotice({ kind: 'corrupt', raw, backupKey: key });
  }

  #enterNewer(version: number): void {
    this.#newer = version;
    this.#drop((notice) => notice.kind === 'saved');
    this.#addNotice({ kind: 'newer', version });
  }

  /** Shows what another tab stored; the revision never goes down. */
  #adopt(data: T, rev: number, savedAt: string | null): void {
    if (this.#unsaved) {
      // An edit shown here but not yet written loses to what another tab wrote meanwhile: say so.
      this.#unsaved = false;
      this.#addNotice({ kind: 'conflict' });
    }
    this.#state = data;
    this.#rev = Math.max(this.#rev, rev);
    this.#savedAt = savedAt;
    this.#newer = null;
    this.#drop((notice) => notice.kind === 'newer');
  }

  #onExternalChange(key: string | null, value: string | null): void {
    if (key !== null && key !== toolKey(this.definition.id)) return;
    if (key === null || value === null) {
      // Removed elsewhere (an older build's clear, or the browser's own clearing). The page shows
      // the empty state; the revision keeps climbing from where it was.
      this.#adopt(this.definition.empty(), this.#rev, null);
      this.#addNotice({ kind: 'otherTab' });
      this.#emit();
      return;
    }
    const result = restore(this.definition, value);
    if (result.status === 'newer') {
      // Keep what the page shows (the user can still export it), but write nothing from now on.
      this.#enterNewer(result.version);
      this.#emit();
    } else if ((result.status === 'ok' || result.status === 'migrated') && (result.envelope.rev > this.#rev || this.#newer !== null)) {
      this.#adopt(result.data, result.envelope.rev, result.envelope.savedAt);
      this.#addNotice({ kind: 'otherTab' });
      this.#emit();
    }
    // Unreadable text from another tab, or an older revision arriving late, is left alone here;
    // the next save or load handles it.
  }

  #drop(which: (notice: StorageNotice) => boolean): void {
    this.#notices = withoutNotices(this.#notices, which);
  }

  #addNotice(notice: StorageNotice): void {
    this.#notices = withNotice(this.#notices, notice);
  }

  #emit(): void {
    for (const listener of this.#listeners) listener(this.#state, this.#notices);
  }
}
