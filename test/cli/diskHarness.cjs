// Preloaded into the CLI (node -r diskHarness.cjs dist/cli.js ...) by robustness.test.ts, to make writes fail the
// way a full disk or a kill makes them fail, at a chosen byte, for files in one folder (CONNECT_FLOW_TEST_DIR):
//   CONNECT_FLOW_TEST_FULL_AFTER=N   every file opened for writing there takes N bytes, then write() fails ENOSPC
//   CONNECT_FLOW_TEST_KILL_AFTER=N   after N bytes written to such a file, the process is killed (SIGKILL)
//   CONNECT_FLOW_TEST_OTHER_WRITER=F and CONNECT_FLOW_TEST_OTHER_TEXT=T
//                                    when a file there is first opened for writing, "another program" writes T to F
// fs.writeFileSync is replaced by what Node does inside it (open with truncation, then write() until done), so that
// the old in-place write meets the same failures. Nothing else is changed.
'use strict';
const fs = require('fs');
const path = require('path');
const DIR = process.env.CONNECT_FLOW_TEST_DIR && path.resolve(process.env.CONNECT_FLOW_TEST_DIR);
const FULL_AFTER = process.env.CONNECT_FLOW_TEST_FULL_AFTER ? Number(process.env.CONNECT_FLOW_TEST_FULL_AFTER) : undefined;
const KILL_AFTER = process.env.CONNECT_FLOW_TEST_KILL_AFTER ? Number(process.env.CONNECT_FLOW_TEST_KILL_AFTER) : undefined;
const OTHER = process.env.CONNECT_FLOW_TEST_OTHER_WRITER;
let otherDone = false;
const written = new Map(); // fd -> bytes written so far

const original = { openSync: fs.openSync, writeSync: fs.writeSync, writeFileSync: fs.writeFileSync };
const inDir = (p) => DIR !== undefined && typeof p === 'string' && path.resolve(p).startsWith(DIR + path.sep);
const forWriting = (flags) => typeof flags === 'string' ? /[wa+]/.test(flags) : typeof flags === 'number' && (flags & (fs.constants.O_WRONLY | fs.constants.O_RDWR)) !== 0;

fs.openSync = function (p, flags, _mode) {
  if (inDir(p) && forWriting(flags) && OTHER && !otherDone) {
    otherDone = true;
    original.writeFileSync(OTHER, process.env.CONNECT_FLOW_TEST_OTHER_TEXT ?? '');
  }
  const fd = original.openSync.apply(fs, arguments);
  if (inDir(p) && forWriting(flags)) written.set(fd, 0);
  return fd;
};

fs.writeSync = function (fd, buffer, offset, length, position) {
  if (!written.has(fd) || typeof buffer === 'string') return original.writeSync.apply(fs, arguments);
  offset = offset ?? 0;
  length = length ?? buffer.length - offset;
  const sofar = written.get(fd);
  const limit = Math.min(FULL_AFTER ?? Infinity, KILL_AFTER ?? Infinity);
  const take = Math.max(0, Math.min(length, limit - sofar));
  let n = 0;
  if (take > 0) n = original.writeSync.call(fs, fd, buffer, offset, take, position);
  written.set(fd, sofar + n);
  if (KILL_AFTER !== undefined && sofar + n >= KILL_AFTER) process.kill(process.pid, 'SIGKILL');
  if (n === 0 && length > 0) {
    const error = new Error('ENOSPC: no space left on device, write');
    error.code = 'ENOSPC';
    error.errno = -28;
    error.syscall = 'write';
    throw error;
  }
  return n;
};

fs.writeFileSync = function (file, data, _options) {
  if (!inDir(file)) return original.writeFileSync.apply(fs, arguments);
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(String(data), 'utf8');
  const fd = fs.openSync(file, 'w');
  try {
    for (let off = 0; off < bytes.length; ) off += fs.writeSync(fd, bytes, off, bytes.length - off);
  } finally {
    fs.closeSync(fd);
  }
};
