import { describe, expect, it } from 'vitest';
import { Severity } from '../diagnostic';
import { fileTooLargeDiagnostic } from './fileTooLarge';

/** `file-too-large`: one notice, built here for the server and the CLI alike. */
describe('file-too-large', () => {
  it('names the setting when the user has one (the editor), the plain limit otherwise (the CLI)', () => {
    const editor = fileTooLargeDiagnostic({ size: '600 characters', limit: 500, setting: 'connectFlow.maxFileSize', text: 'x'.repeat(600) });
    expect(editor).toEqual({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
      severity: Severity.Information,
      code: 'file-too-large',
      source: 'connect-flow',
      message: 'Not checked: the file has 600 characters, more than connectFlow.maxFileSize (500). Amazon Connect accepts flows of up to 256,000 characters.',
    });
    expect(fileTooLargeDiagnostic({ size: '3000000000 bytes', limit: 5_000_000 }).message).toBe(
      'Not checked: the file has 3000000000 bytes, more than the limit of 5000000 characters. Amazon Connect accepts flows of up to 256,000 characters.',
    );
  });

  it('keeps the range inside the text when the first line is empty', () => {
    expect(fileTooLargeDiagnostic({ size: '9 characters', limit: 1, text: '\n{"a": 1}' }).range.end).toEqual({ line: 0, character: 0 });
    expect(fileTooLargeDiagnostic({ size: '9 characters', limit: 1, text: '\r\n{"a":1}' }).range.end).toEqual({ line: 0, character: 0 });
  });
});
