/** Replacing a file so that readers see either the old or the new content, never half of it. */
import {
  accessSync,
  closeSync,
  constants,
  fchmodSync,
  fsyncSync,
  openSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Replaces the existing file `path` by `data`: writes a new file beside it, flushes it to disk,
 * then renames it over `path`. The new file keeps the original's permission bits; a file we may
 * not write is refused (a rename would bypass its read-only bit). On failure the temporary file is
 * removed, the original is untouched and the error is rethrown.
 */
export function writeFileAtomic(path: string, data: Uint8Array): void {
  accessSync(path, constants.W_OK);
  const mode = statSync(path).mode;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(temp, 'wx', 0o600);
    fchmodSync(fd, mode & 0o7777); // exactly the original's bits, whatever the umask
    for (let written = 0; written < data.length;) {
      written += writeSync(fd, data, written, data.length - written);
    }
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
  } catch (err) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created, or is already gone
    }
    throw err;
  }
}
