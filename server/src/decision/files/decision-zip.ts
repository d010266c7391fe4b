import { strToU8, unzipSync, zipSync } from 'fflate';
import { AdrFileError } from './adr-file-error';

/** What one import may unpack: a zip bomb stops at these, before anything is inflated. */
export const ZIP_LIMITS = {
  entries: 1_000,
  entryBytes: 1024 * 1024,
  totalBytes: 20 * 1024 * 1024,
} as const;

export interface TextFile {
  name: string;
  text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A file's bytes as UTF-8 text, or an error naming the file. */
export function textOf(name: string, bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new AdrFileError(name, 'is not UTF-8 text');
  }
}

/** Folders, macOS resource forks and dotfiles of a zip: not decision records. */
const isNoise = (path: string) => path.endsWith('/') || path.split('/').some((part) => part.startsWith('.') || part === '__MACOSX');

/** The index and template files of log4brains and others: kept in an ADR folder, not decisions. */
const NOT_A_RECORD = /^(readme|index|template|adr-template|0000-template)\.md$/i;

/** Whether a file of an upload or a zip is a decision record to read. */
export function isRecordName(name: string): boolean {
  const base = name.split('/').pop() ?? name;
  return /\.md$/i.test(base) && !NOT_A_RECORD.test(base);
}

/**
 * The Markdown files in a zip (any folder), as text. The sizes the zip declares are checked
 * before inflating (fflate inflates no further than the declared size), so a bomb costs nothing.
 */
export function markdownInZip(zipName: string, zip: Uint8Array): TextFile[] {
  let entries = 0;
  let total = 0;
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(zip, {
      filter: (file) => {
        if (isNoise(file.name) || !isRecordName(file.name)) return false;
        entries += 1;
        total += file.originalSize;
        if (entries > ZIP_LIMITS.entries) throw new AdrFileError(zipName, `holds more than ${ZIP_LIMITS.entries} Markdown files`);
        if (file.originalSize > ZIP_LIMITS.entryBytes)
          throw new AdrFileError(`${zipName}/${file.name}`, `is larger than ${ZIP_LIMITS.entryBytes / 1024} KiB unpacked`);
        if (total > ZIP_LIMITS.totalBytes)
          throw new AdrFileError(zipName, `unpacks to more than ${ZIP_LIMITS.totalBytes / 1024 / 1024} MiB`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AdrFileError) throw error;
    throw new AdrFileError(zipName, `is not a readable zip file (${(error as Error).message})`);
  }
  return Object.entries(unzipped)
    .map(([name, bytes]) => ({ name: name.split('/').pop() ?? name, text: textOf(`${zipName}/${name}`, bytes) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** A zip of text files (deflated), in the order given. */
export function zipOf(files: TextFile[]): Buffer {
  // A fixed time: the same decisions export to the same bytes.
  const mtime = new Date('2000-01-01T00:00:00Z');
  return Buffer.from(zipSync(Object.fromEntries(files.map((file) => [file.name, [strToU8(file.text), { mtime }]])), { level: 6 }));
}

/** Whether the bytes are a zip (its local file header), whatever the upload's name says. */
export const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
