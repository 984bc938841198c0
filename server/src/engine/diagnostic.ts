/** The LSP Diagnostic shape, without depending on any LSP package: the engine stays pure. */
export interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

export enum Severity {
  Error = 1,
  Warning = 2,
  Information = 3,
  Hint = 4,
}

export interface RelatedInformation {
  location: { uri: string; range: Range };
  message: string;
}

export interface Diagnostic {
  range: Range;
  severity: Severity;
  code: string;
  source: string;
  message: string;
  relatedInformation?: RelatedInformation[];
  /** Rule-specific facts a quick fix needs (paths, suggested values). */
  data?: unknown;
}

export const SOURCE = 'connect-flow';

export type SeveritySetting = 'off' | 'error' | 'warn' | 'warning' | 'info' | 'information' | 'hint';

export function parseSeverity(value: unknown): Severity | 'off' | undefined {
  switch (typeof value === 'string' ? value.toLowerCase() : value) {
    case 'off':
      return 'off';
    case 'error':
      return Severity.Error;
    case 'warn':
    case 'warning':
      return Severity.Warning;
    case 'info':
    case 'information':
      return Severity.Information;
    case 'hint':
      return Severity.Hint;
    default:
      return undefined;
  }
}
