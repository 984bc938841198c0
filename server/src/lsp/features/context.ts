import type { TextDocuments } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { FlowModel } from '../../engine';
import type { ServerSettings } from '../../project';

/** What every feature handler gets from the server: the open documents and the cached model of a handled one. */
export interface FeatureContext {
  documents: TextDocuments<TextDocument>;
  /** The cached model of a document the server handles, or undefined (unopened, excluded, not a flow). */
  getModel(uri: string): { doc: TextDocument; model: FlowModel; settings: ServerSettings } | undefined;
  /**
   * Whether the editor outlines json/jsonc documents itself (VS Code's JSON support): our symbols there would be
   * a second outline group for the same document, so only flow-language documents get ours.
   */
  editorOutlinesJson?: () => boolean;
}
