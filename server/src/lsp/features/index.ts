import {
  CodeActionKind,
  DocumentFormattingRequest,
  DocumentRangeFormattingRequest,
  LSPErrorCodes,
  ResponseError,
  type ClientCapabilities,
  type Connection,
  type ServerCapabilities,
} from 'vscode-languageserver/node';
import type { FeatureContext } from './context';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fsPathOf, FLOW_LANGUAGE_ID } from '../documents';
import { flowTypeFor } from '../../project';
import type { ValidateOptions } from '../../engine';
import { getCompletions, resolveCompletion } from './completion';
import { getHover } from './hover';
import { flowTopHover } from './flowStatus';
import { FIX_ALL_KIND, getCodeActions, resolveCodeAction, type FixAllData } from './codeActions';
import { getDefinition, getReferences, prepareRename, renameEdits } from './navigation';
import { getDocumentSymbols } from './symbols';
import { formatFlow } from './formatting';
import { GraphFeature } from './graph';
import { DIFF_GRAPH_REQUEST, GRAPH_REQUEST, IS_FLOW_REQUEST, type DiffGraphParams, type DiffGraphResult, type GraphParams, type GraphResult, type IsFlowParams } from '../../protocol';
import { DiffGraphFeature } from './diffGraph';
import { TraceGraphFeature } from './traceGraph';
import { SIMULATE_GRAPH_REQUEST, TRACE_GRAPH_REQUEST, type SimulateGraphParams, type SimulateGraphResult, type TraceGraphParams, type TraceGraphResult } from '../../protocol';
import { SimulateGraphFeature } from './simulateGraph';
import * as fs from 'fs';
import { templateCodeActions, templateCompletion, templateDefinition, templateHover } from '../templateFeatures';

export type { FeatureContext } from './context';

/**
 * Whether formatting is registered later, for the flow language only (`registerDynamicFeatures`): an editor that
 * also formats JSON itself (VS Code) must not be offered a second JSON formatter.
 */
export function formatsDynamically(client: ClientCapabilities | undefined): boolean {
  const t = client?.textDocument;
  return t?.formatting?.dynamicRegistration === true && t?.rangeFormatting?.dynamicRegistration === true;
}

/** Capabilities the editor features add to the server's initialize result. */
export function featureCapabilities(client?: ClientCapabilities): ServerCapabilities {
  const formatting = !formatsDynamically(client);
  return {
    ...(formatting ? { documentFormattingProvider: true, documentRangeFormattingProvider: true } : {}),
    completionProvider: { triggerCharacters: ['"', ':', '.', '$'], resolveProvider: true },
    hoverProvider: true,
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: true },
    definitionProvider: true,
    referencesProvider: true,
    renameProvider: { prepareProvider: true },
    documentSymbolProvider: true,
  };
}

/** Registers what `featureCapabilities` left to dynamic registration (call it from onInitialized). */
export function registerDynamicFeatures(connection: Connection, client: ClientCapabilities | undefined): void {
  if (!formatsDynamically(client)) return;
  const documentSelector = [{ language: FLOW_LANGUAGE_ID }];
  void connection.client.register(DocumentFormattingRequest.type, { documentSelector }).catch(() => undefined);
  void connection.client.register(DocumentRangeFormattingRequest.type, { documentSelector }).catch(() => undefined);
}

/** Wires completion, hover, code actions and navigation handlers to the connection. Every handler reads the cached model. */
export function registerFeatures(connection: Connection, context: FeatureContext): void {
  /** The cached model of a handled document within the size limit, with the options its diagnostics were made with. */
  const modelOf = (uri: string) => {
    const entry = context.getModel(uri);
    if (!entry || entry.doc.getText().length > entry.settings.maxFileSize) return undefined;
    const options: ValidateOptions = { ...(entry.options ?? { flowType: flowTypeFor(fsPathOf(uri), entry.settings) }), rules: entry.settings.rules, uri };
    return { ...entry, options };
  };
  /** A feature on a document that is not a flow but may be a template with embedded flows. */
  const withTemplate = <T, P>(uri: string, feature: (doc: TextDocument) => (position: P) => T, position: P, fallback: T): T => {
    const doc = context.documents.get(uri);
    return doc ? feature(doc)(position) : fallback;
  };
  /** Runs a feature; a bug in one must not take the server down. */
  const guard = <T>(name: string, fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof ResponseError) throw error;
      connection.console.error(`connect-flow: ${name} failed: ${String(error)}`);
      return fallback;
    }
  };

  connection.onCompletion((params) =>
    guard('completion', null, () => {
      const entry = modelOf(params.textDocument.uri);
      if (!entry) {
        const items = withTemplate(params.textDocument.uri, (doc) => templateCompletion(doc), params.position, []);
        return items.length > 0 ? { isIncomplete: false, items } : null;
      }
      return { isIncomplete: false, items: getCompletions(entry.model, entry.model.lines.offsetAt(params.position)) };
    }),
  );
  connection.onCompletionResolve((item) => guard('completion resolve', item, () => resolveCompletion(item)));

  connection.onHover((params) =>
    guard('hover', null, () => {
      const entry = modelOf(params.textDocument.uri);
      if (!entry) return withTemplate(params.textDocument.uri, (doc) => templateHover(doc), params.position, null);
      const offset = entry.model.lines.offsetAt(params.position);
      const top = context.flowStatus ? flowTopHover(entry.model, offset, context.flowStatus(params.textDocument.uri)) : null;
      return top ?? getHover(entry.model, offset);
    }),
  );

  connection.onCodeAction((params) =>
    guard('code actions', [], () => {
      const entry = modelOf(params.textDocument.uri);
      if (!entry) {
        const doc = context.documents.get(params.textDocument.uri);
        return doc ? templateCodeActions(doc, params.context.diagnostics, params.context.only) : [];
      }
      return getCodeActions({ uri: params.textDocument.uri, model: entry.model, options: entry.options, diagnostics: params.context.diagnostics, only: params.context.only });
    }),
  );
  connection.onCodeActionResolve((action) =>
    guard('code action resolve', action, () => {
      const data = action.data as FixAllData | undefined;
      const entry = data?.uri ? modelOf(data.uri) : undefined;
      return resolveCodeAction(action, entry?.model, entry?.options ?? {});
    }),
  );

  connection.onDefinition((params) =>
    guard('definition', [], () => {
      const entry = modelOf(params.textDocument.uri);
      if (!entry) return withTemplate(params.textDocument.uri, (doc) => templateDefinition(doc), params.position, []);
      return getDefinition(entry.model, entry.model.lines.offsetAt(params.position), params.textDocument.uri);
    }),
  );
  connection.onReferences((params) =>
    guard('references', [], () => {
      const entry = modelOf(params.textDocument.uri);
      return entry ? getReferences(entry.model, entry.model.lines.offsetAt(params.position), params.textDocument.uri, params.context.includeDeclaration) : [];
    }),
  );
  connection.onPrepareRename((params) =>
    guard('prepare rename', null, () => {
      const entry = modelOf(params.textDocument.uri);
      return (entry && prepareRename(entry.model, entry.model.lines.offsetAt(params.position))) ?? null;
    }),
  );
  connection.onRenameRequest((params) =>
    guard('rename', null, () => {
      const entry = modelOf(params.textDocument.uri);
      if (!entry) return null;
      const result = renameEdits(entry.model, entry.model.lines.offsetAt(params.position), params.newName);
      if (!result) return null;
      if ('error' in result) throw new ResponseError(LSPErrorCodes.RequestFailed, result.error);
      return { changes: { [params.textDocument.uri]: result.edits } };
    }),
  );

  connection.onDocumentFormatting((params) =>
    guard('formatting', null, () => {
      const doc = context.documents.get(params.textDocument.uri);
      return doc ? formatFlow(doc, params.options) : null;
    }),
  );
  connection.onDocumentRangeFormatting((params) =>
    guard('range formatting', null, () => {
      const doc = context.documents.get(params.textDocument.uri);
      return doc ? formatFlow(doc, params.options, params.range) : null;
    }),
  );

  connection.onDocumentSymbol((params) =>
    guard('document symbols', [], () => {
      const entry = modelOf(params.textDocument.uri);
      if (!entry || (context.editorOutlinesJson?.() && entry.doc.languageId !== FLOW_LANGUAGE_ID)) return [];
      return getDocumentSymbols(entry.model);
    }),
  );

  // The graph preview: the client forwards, the server draws (see protocol/).
  const graph = new GraphFeature(context);
  const failed: GraphResult = { kind: 'none', message: 'The picture could not be drawn (see the output of the language server).' };
  connection.onRequest<GraphResult, void>(GRAPH_REQUEST, (params: GraphParams) => guard('graph', failed, () => graph.graph(params)));
  const diffGraph = new DiffGraphFeature(context);
  connection.onRequest<DiffGraphResult, void>(DIFF_GRAPH_REQUEST, (params: DiffGraphParams) => guard('diff graph', failed, () => diffGraph.diffGraph(params)));
  // A test run's path on its flow's graph (Testing view, code lens: "Show trace on graph").
  const traceGraph = new TraceGraphFeature(context, (file) => fs.readFileSync(file, 'utf8'));
  connection.onRequest<TraceGraphResult, void>(TRACE_GRAPH_REQUEST, (params: TraceGraphParams) => guard<TraceGraphResult>('trace graph', failed, () => traceGraph.traceGraph(params)));
  // "Simulate flow": the path so far and the next question.
  const simulateGraph = new SimulateGraphFeature(context);
  connection.onRequest<SimulateGraphResult, void>(SIMULATE_GRAPH_REQUEST, (params: SimulateGraphParams) => guard<SimulateGraphResult>('simulate graph', failed, () => simulateGraph.simulateGraph(params)));
  connection.onRequest(IS_FLOW_REQUEST, (params: IsFlowParams) => guard('is flow', false, () => typeof params?.uri === 'string' && graph.isFlow(params.uri)));
}
