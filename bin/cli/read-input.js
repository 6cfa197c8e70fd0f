// Reads one input of the CLI: a file, or standard input for `-`. Every way it can fail has its
// own kind (and so its own message, messages.js): a missing file, a directory, a file that cannot
// be read (permissions, a symlink loop), too many bytes, bad JSON with its line and column.
import { closeSync, openSync, readSync, statSync } from 'node:fs';

export class InputError extends Error {
  /** @param {'missing' | 'directory' | 'unreadable' | 'too-large' | 'json'} kind */
  constructor(kind, detail = {}) {
    super(kind);
    this.kind = kind;
    this.detail = detail;
  }
}

/**
 * At most `maxBytes + 1` bytes of a file descriptor: enough to tell "too large" without reading
 * an endless pipe (`yes | career-widgets validate -`) or a huge file to its end.
 */
function readAtMost(fd, maxBytes) {
  const buffer = Buffer.alloc(maxBytes + 1);
  let length = 0;
  for (;;) {
    let n;
    try {
      n = readSync(fd, buffer, length, buffer.length - length, null);
    } catch (error) {
      if (error.code === 'EAGAIN') continue; // a non-blocking standard input with nothing yet
      if (error.code === 'EOF') break;
      throw error;
    }
    if (n === 0) break;
    length += n;
    if (length > maxBytes) throw new InputError('too-large', { maxBytes });
  }
  return buffer.subarray(0, length);
}

function readBytes(name, maxBytes) {
  let fd;
  try {
    // `-`: standard input (file descriptor 0), as Unix tools read it.
    if (name === '-') return readAtMost(0, maxBytes);
    if (statSync(name).isDirectory()) throw new InputError('directory');
    fd = openSync(name, 'r');
    return readAtMost(fd, maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') throw new InputError('missing');
    if (error.code === 'EISDIR') throw new InputError('directory');
    // EACCES, EPERM, ELOOP (a symlink loop), EIO …: the file is there but cannot be read.
    throw new InputError('unreadable', { code: error.code ?? String(error.message) });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Line and column (both from 1) of a character offset in `text`. */
export function lineAndColumn(text, offset) {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/**
 * The parsed JSON of `name`; throws an `InputError`. `maxBytes`: as the elements read at most.
 * `limitOf(data)`: a lower limit for what the document turns out to be (a profile read where a
 * catalog may be: 1 MB of at most 8).
 */
export function readJson(name, maxBytes, limitOf = () => maxBytes) {
  const bytes = readBytes(name, maxBytes);
  // A UTF-8 byte order mark is no part of the JSON (the elements accept it through `src` too).
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // V8 says "… in JSON at position 42" (or "Unexpected end of JSON input"): a person wants the line.
    const at = /at position (\d+)/.exec(error.message);
    const offset = at ? Number(at[1]) : text.length;
    const reason = error.message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/ of JSON input$/, '');
    throw new InputError('json', { ...lineAndColumn(text, offset), reason });
  }
  const limit = limitOf(data);
  if (bytes.length > limit) throw new InputError('too-large', { maxBytes: limit });
  return data;
}
