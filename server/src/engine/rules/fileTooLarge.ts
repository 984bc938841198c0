import { SOURCE, Severity, type Diagnostic } from '../diagnostic';
import type { RuleDescriptor } from './meta';

/** `file-too-large`: a file above the size limit gets this one notice instead of a check (server and CLI alike). */
export const fileTooLarge: RuleDescriptor = {
  id: 'file-too-large',
  defaultSeverity: Severity.Information,
  description: 'A file above the size limit (5,000,000 characters; connectFlow.maxFileSize in the editor) is not checked; it gets this one notice instead.',
};

export interface TooLargeFacts {
  /** How big the file is, with its unit: "600 characters", "3000000000 bytes". */
  size: string;
  /** The limit in characters. */
  limit: number;
  /** The setting that holds the limit, when the user can see one by that name. */
  setting?: string;
  /** The text, when it was read: the range then stays inside it. */
  text?: string;
}

/** The notice, on the first character (or an empty range when the first line is empty). */
export function fileTooLargeDiagnostic({ size, limit, setting, text }: TooLargeFacts): Diagnostic {
  const first = text !== undefined && (text.length === 0 || text.charCodeAt(0) === 10 || text.charCodeAt(0) === 13) ? 0 : 1;
  const over = setting ? `more than ${setting} (${limit})` : `more than the limit of ${limit} characters`;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: first } },
    severity: fileTooLarge.defaultSeverity,
    code: fileTooLarge.id,
    source: SOURCE,
    message: `Not checked: the file has ${size}, ${over}. Amazon Connect accepts flows of up to 256,000 characters.`,
  };
}
