import * as fs from 'fs';
import * as path from 'path';

/** The file is no longer what was read: another program wrote it in between. Nothing was written. */
export class FileChangedError extends Error {
  constructor() {
    super('not fixed: it changed on disk while it was being checked (another program wrote it) and was left as that program wrote it; run again to fix it');
    this.name = 'FileChangedError';
  }
}

/**
 * Replaces the content of `file` with `text`, all or nothing: the new text goes to a temporary file in the same
 * folder (so that the rename stays on one file system), is flushed to the disk, gets the original's permissions
 * (and owner, where allowed), and is renamed over the original. Before the rename the file is read again: if it is
 * no longer `original` (the bytes that were checked), nothing is written and FileChangedError is thrown. On a
 * full disk, an I/O error or a kill at any moment, the original stays whole; the temporary file is removed on errors
 * (after a kill it may remain, named `.<name>.connect-flow-lint-<pid>.tmp`). A symbolic link is followed: its
 * target is replaced and the link stays a link.
 */
export function replaceFile(file: string, text: string, original: Buffer): void {
  const target = fs.realpathSync(file);
  const stat = fs.statSync(target);
  const dir = path.dirname(target);
  const temporary = path.join(dir, `.${path.basename(target)}.connect-flow-lint-${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`);
  const mode = stat.mode & 0o7777;
  let fd: number | undefined = fs.openSync(temporary, 'wx', mode);
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += fs.writeSync(fd, bytes, offset, bytes.length - offset);
    fs.fsyncSync(fd);
    // openSync's mode is reduced by the umask: set it exactly. The owner only a privileged process can keep.
    fs.fchmodSync(fd, mode);
    try {
      fs.fchownSync(fd, stat.uid, stat.gid);
    } catch {
      // not allowed: the file becomes the current user's, as any editor's save would make it
    }
    fs.closeSync(fd);
    fd = undefined;
    if (!fs.readFileSync(target).equals(original)) throw new FileChangedError();
    fs.renameSync(temporary, target);
  } catch (error) {
    if (fd !== undefined) {
      try {
        fs.closeSync(fd);
      } catch {
        // already closed
      }
    }
    try {
      fs.unlinkSync(temporary);
    } catch {
      // already gone
    }
    throw error;
  }
  // Make the rename itself durable where the platform allows a directory to be flushed.
  try {
    const dirFd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  } catch {
    // not supported here (Windows): the data itself is flushed
  }
}
