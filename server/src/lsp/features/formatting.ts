import { format, type FormattingOptions as JsonFormattingOptions, type Range as JsonRange } from 'jsonc-parser';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * Format Document and Format Selection for flow documents: jsonc-parser's formatter (the one VS Code's JSON
 * support uses), with the editor's tab size and spaces-or-tabs, and the document's own line ending.
 */
export function formatFlow(doc: TextDocument, options: FormattingOptions, range?: Range): TextEdit[] {
  const text = doc.getText();
  let jsonRange: JsonRange | undefined;
  if (range) {
    const offset = doc.offsetAt(range.start);
    jsonRange = { offset, length: doc.offsetAt(range.end) - offset };
  }
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  const jsonOptions: JsonFormattingOptions = {
    tabSize: options.tabSize > 0 ? options.tabSize : 2,
    insertSpaces: options.insertSpaces !== false,
    eol,
    // Whole-document formatting only: a selection keeps whatever follows it.
    insertFinalNewline: !range && options.insertFinalNewline === true,
    keepLines: false,
  };
  return format(text, jsonRange, jsonOptions).map((e) => ({
    range: { start: doc.positionAt(e.offset), end: doc.positionAt(e.offset + e.length) },
    newText: e.content,
  }));
}
