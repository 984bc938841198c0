import { parseTree, getNodeValue, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ScannedSpanIndex, TreeSpanIndex, type SpanIndex } from './text/spanIndex';

export interface SyntaxProblem {
  offset: number;
  length: number;
  message: string;
}

export interface ParsedText {
  text: string;
  /** The document's value: exact when the text is valid JSON, jsonc-parser's best effort otherwise. */
  root: unknown;
  syntaxErrors: SyntaxProblem[];
  spans: SpanIndex;
}

const SYNTAX_MESSAGES: Record<string, string> = {
  InvalidSymbol: 'Unexpected character: this is not valid JSON here.',
  InvalidNumberFormat: 'This number is not written the way JSON requires.',
  PropertyNameExpected: 'A property name in double quotes is expected here.',
  ValueExpected: 'A value is expected here.',
  ColonExpected: 'A colon (:) is expected after the property name.',
  CommaExpected: 'A comma is expected between entries.',
  CloseBraceExpected: 'A closing brace } is expected.',
  CloseBracketExpected: 'A closing bracket ] is expected.',
  EndOfFileExpected: 'Nothing may follow the top-level value.',
  InvalidCommentToken: 'Comments are not allowed: Amazon Connect accepts plain JSON only.',
  UnexpectedEndOfComment: 'This comment is not closed (and comments are not allowed in flows).',
  UnexpectedEndOfString: 'This string is not closed: a double quote is missing.',
  UnexpectedEndOfNumber: 'This number ends too early.',
  InvalidUnicode: 'Invalid \\u escape: four hexadecimal digits are required.',
  InvalidEscapeCharacter: 'Invalid escape sequence in a string.',
  InvalidCharacter: 'Control characters must be escaped inside strings.',
};

/**
 * Parses once. Valid JSON (the normal case) goes through the native JSON.parse and gets a lazy span index;
 * anything else goes through jsonc-parser's tolerant parser so that a half-typed document still has a model.
 */
export function parseText(text: string): ParsedText {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  try {
    const root = JSON.parse(bom ? text.slice(1) : text);
    return { text, root, syntaxErrors: [], spans: new ScannedSpanIndex(text) };
  } catch {
    return parseTolerant(text);
  }
}

function parseTolerant(text: string): ParsedText {
  const errors: ParseError[] = [];
  let tree: ReturnType<typeof parseTree>;
  try {
    tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch {
    // jsonc-parser recurses per nesting level; absurdly deep input overflows the stack.
    return { text, root: undefined, syntaxErrors: [{ offset: 0, length: Math.min(1, text.length), message: 'This document is nested too deeply to be a flow.' }], spans: new TreeSpanIndex(undefined) };
  }
  const syntaxErrors = errors.map((e) => {
    const code = printParseErrorCode(e.error);
    return { offset: e.offset, length: e.length, message: SYNTAX_MESSAGES[code] ?? `JSON syntax error (${code}).` };
  });
  if (syntaxErrors.length === 0) syntaxErrors.push({ offset: 0, length: Math.min(1, text.length), message: 'This text is not valid JSON.' });
  let root: unknown;
  try {
    root = tree ? getNodeValue(tree) : undefined;
  } catch {
    root = undefined;
  }
  return { text, root, syntaxErrors, spans: new TreeSpanIndex(tree) };
}
