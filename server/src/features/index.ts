import type { Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { FeatureContext } from './context';

export type { FeatureContext } from './context';

/** Capabilities the editor features add to the server's initialize result. */
export function featureCapabilities(): ServerCapabilities {
  return {};
}

/** Wires completion, hover, code actions and navigation handlers to the connection. */
export function registerFeatures(_connection: Connection, _context: FeatureContext): void {
  // Features are added by the editing-help work.
}
