/**
 * Text from a flow (Identifiers, designer names, unknown Type and key names) as it goes into Markdown that an editor
 * renders. Nothing from a document is trusted as markup: an Identifier such as `Q** ![t](https://example.invalid/p.png)`
 * must show as those characters, never as an image the editor fetches.
 */

/**
 * Characters that can start markup inside a line: emphasis, code, links and images, HTML and entities, strikethrough,
 * tables, and the `:` `/` `.` `@` of autolinks (`https://…`, `www.…`, `a@b.c`). Each is escapable with a backslash.
 */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()!|<>~&:/.@]/g;

/**
 * Plain document text for running Markdown, in the middle of a line (never at its start): the characters above
 * backslash-escaped, so no emphasis, link, image, HTML tag, entity or autolink can start; line breaks and other
 * control characters turned into spaces, so no heading, list or block can start.
 */
export function markdownText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ').replace(MARKDOWN_PUNCTUATION, '\\$&');
}

/**
 * Document text as an inline code span: fenced with one backtick more than its longest run of backticks, so it
 * cannot close the span early; inside a code span nothing is markup. Line breaks become spaces.
 */
export function markdownCode(text: string): string {
  const flat = text.replace(/[\u0000-\u001f\u007f\u2028\u2029]/g, ' ');
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
