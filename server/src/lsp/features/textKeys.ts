import { createScanner } from 'jsonc-parser';

/** jsonc-parser's `SyntaxKind` values (a const enum, which isolated modules cannot read). */
const enum Token {
  OpenBrace = 1,
  CloseBrace = 2,
  OpenBracket = 3,
  CloseBracket = 4,
  Colon = 6,
  String = 10,
  EOF = 17,
}

/** A key written directly in an object: its name and where its token (quotes included) is. */
export interface TextKey {
  key: string;
  start: number;
  end: number;
}

/**
 * The keys written directly in the object whose `{` is at `open`, read from the text with jsonc-parser's scanner up to
 * the matching `}` (or the end of the text). A key is a string followed by a colon.
 *
 * Used while the text is not valid JSON: jsonc-parser's tolerant tree recovers from a key with no colon (one being
 * typed) by skipping tokens up to the next comma, so the entry after a half-typed key is missing from the tree, and
 * when that entry holds an object, the keys after its first comma land in the wrong object. Tokens cannot be skipped
 * this way, so the text is the only reliable source for "which keys are set".
 */
export function keysInText(text: string, open: number): TextKey[] {
  const keys: TextKey[] = [];
  const scanner = createScanner(text, true);
  scanner.setPosition(open);
  if ((scanner.scan() as number) !== Token.OpenBrace) return keys;
  let depth = 1;
  let pending: TextKey | undefined;
  for (;;) {
    const token: number = scanner.scan();
    if (token === Token.EOF) return keys;
    if (token === Token.Colon) {
      if (pending) keys.push(pending);
      pending = undefined;
      continue;
    }
    pending = undefined;
    if (token === Token.OpenBrace || token === Token.OpenBracket) depth++;
    else if (token === Token.CloseBrace || token === Token.CloseBracket) {
      if (--depth === 0) return keys;
    } else if (token === Token.String && depth === 1) {
      const start = scanner.getTokenOffset();
      pending = { key: scanner.getTokenValue(), start, end: start + scanner.getTokenLength() };
    }
  }
}
