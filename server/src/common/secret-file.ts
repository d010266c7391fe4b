import { writeFileSync } from 'node:fs';

/**
 * Writes `text` to a new owner-only (0600) file unless one exists: two processes starting
 * together agree on the first one written. Returns whether this call wrote it.
 */
export function createSecretFileOnce(path: string, text: string): boolean {
  try {
    writeFileSync(path, text, { mode: 0o600, flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  }
}
