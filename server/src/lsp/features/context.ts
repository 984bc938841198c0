import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FlowModel, ModelOptions } from '../../engine';
import type { FlowStatus } from './flowStatus';
import type { ServerSettings } from '../../project';

/** What every feature handler gets from the server: the open documents and the cached model of a handled one. */
export interface FeatureContext {
  documents: TextDocuments<TextDocument>;
  /** The cached model of a document the server handles, or undefined (unopened, excluded, not a flow). */
  getModel(uri: string): { doc: TextDocument; model: FlowModel; settings: ServerSettings; options?: ModelOptions } | undefined;
  /** What the status-bar item shows for a document (its flow type and where it came from), for the hover on the flow's top. */
  flowStatus?(uri: string): FlowStatus;
  /**
   * Whether the editor outlines json/jsonc documents itself (VS Code's JSON support): our symbols there would be
   * a second outline group for the same document, so only flow-language documents get ours.
   */
  editorOutlinesJson?: () => boolean;
}
