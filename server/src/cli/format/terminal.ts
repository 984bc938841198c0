/**
 * Text from flows and file names, made safe to print as one line of a terminal or a CI log. A flow's action Type,
 * a parameter key or a file name can hold a newline, ESC or BEL: printed raw, a newline lets it start a line of its
 * own (GitHub Actions runs lines beginning `::error file=...::` as workflow commands) and ESC sequences change the
 * terminal (colours, title, cursor). Every C0 and C1 control character, DEL, the Unicode line and paragraph
 * separators and the bidirectional overrides (which reorder what is shown) are written as escapes: `\n`, `\t`,
 * `\x1b`, `\u2028`. A backslash stays a backslash: the result is for reading, not for parsing back.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function terminalSafe(text: string): string {
  return String(text).replace(UNSAFE, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * A file name on a line of its own: escaped, and never starting with `::` (a workflow command in GitHub Actions
 * when it begins a line), which a file in the current folder could otherwise do.
 */
export function safeFileLine(name: string): string {
  const safe = terminalSafe(name);
  return safe.startsWith('::') ? `./${safe}` : safe;
}
