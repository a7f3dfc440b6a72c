import { MAX_IMPORT_BYTES } from '../../domain/storage/file-format';

export type ReadFileResult = { ok: true; text: string; bytes: number } | { ok: false; reason: 'tooLarge'; bytes: number } | { ok: false; reason: 'unreadable' };

/** Reads a chosen file as text, refusing anything over 1 MiB before reading a byte of it. */
export async function readChosenFile(file: File): Promise<ReadFileResult> {
  if (file.size > MAX_IMPORT_BYTES) return { ok: false, reason: 'tooLarge', bytes: file.size };
  try {
    return { ok: true, text: await file.text(), bytes: file.size };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
