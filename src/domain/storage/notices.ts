/** Something the user must be told about their data, rendered as a translated notice. */
export type StorageNotice =
  | { kind: 'corrupt'; raw: string; backupKey: string | null }
  | { kind: 'quota' }
  /** 'load': the browser refuses storage altogether; 'save': it refused the latest write. */
  | { kind: 'unavailable'; during: 'load' | 'save' }
  /** Another tab saved, and this page followed. */
  | { kind: 'otherTab' }
  /** This page's latest change lost to newer work from another tab, which it now shows. */
  | { kind: 'conflict' }
  /** A newer version of the site saved this tool; this page only reads, and asks for a reload. */
  | { kind: 'newer'; version: number }
  /** The latest save succeeded, at this time (a quiet status, replaced by each save). */
  | { kind: 'saved'; at: string };

/** The notices a page shows: at most one of each kind, the newest last. */
export function withNotice(notices: readonly StorageNotice[], notice: StorageNotice): StorageNotice[] {
  return [...notices.filter((existing) => existing.kind !== notice.kind), notice];
}

export function withoutNotices(notices: readonly StorageNotice[], which: (notice: StorageNotice) => boolean): StorageNotice[] {
  return notices.filter((notice) => !which(notice));
}
