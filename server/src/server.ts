import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type InitializeParams,
  type InitializeResult,
  type Connection,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import { guardedJsonDecoder } from './jsonRpcGuard';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateInSlices } from './slicedValidation';
import { SOURCE, Severity, type Diagnostic } from './engine/diagnostic';
import { capPerRule } from './engine/validate';
import { ModelCache, isHandled, fsPathOf } from './documents';
import { ConfigFiles, CONFIG_FILE_NAME } from './config';
import { DEFAULT_SETTINGS, readSettings, type ServerSettings } from './settings';
import { registerFeatures, featureCapabilities } from './features';

/**
 * The language server: open documents, settings, re-checking, and request routing. All checking is done by the
 * pure engine; all editor features live in features/. Run it with `node dist/server.js --stdio` (or --node-ipc).
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const models = new ModelCache();
  /** JSON documents once recognised as flows stay ours while open, even while a half-typed edit hides it. */
  const recognised = new Set<string>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;
  let canWatchFiles = false;
  /** `.connectflowrc.json` files: their settings apply, under the editor's, to the documents in their folder tree. */
  const configs = new ConfigFiles({
    watch: true,
    onProblems: (c) => connection.console.warn(`connect-flow: ${c.path}: ${c.problems.join(' ')}`),
  });
  const settingsOf = (uri: string): ServerSettings => (uri.startsWith('file:') ? configs.settingsFor(settings, fsPathOf(uri)) : settings);

  const handled = (doc: TextDocument): boolean => {
    if (recognised.has(doc.uri) && settings.enable) return true;
    const ours = isHandled(doc, settingsOf(doc.uri), models);
    if (ours) recognised.add(doc.uri);
    return ours;
  };

  const getModel = (uri: string) => {
    const doc = documents.get(uri);
    if (!doc || !handled(doc)) return undefined;
    const docSettings = settingsOf(uri);
    return { doc, model: models.get(doc, docSettings), settings: docSettings };
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    const init = (params.initializationOptions ?? {}) as { settings?: unknown };
    if (init.settings) settings = readSettings(init.settings);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        ...featureCapabilities(),
      },
      serverInfo: { name: SOURCE },
    };
  });

  connection.onInitialized(() => {
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'connectFlow' }).catch(() => undefined);
      void refreshSettings();
    }
    if (canWatchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] })
        .catch(() => undefined);
    }
  });

  // A config file appeared, changed or went away: find them again and re-check.
  connection.onDidChangeWatchedFiles(() => {
    configs.clear();
    models.clear();
    recognised.clear();
    for (const doc of documents.all()) schedule(doc);
  });

  async function refreshSettings(): Promise<void> {
    if (canPullConfiguration) {
      try {
        settings = readSettings(await connection.workspace.getConfiguration('connectFlow'));
      } catch {
        // Keep the previous settings.
      }
    }
    configs.clear();
    models.clear();
    recognised.clear();
    for (const doc of documents.all()) schedule(doc);
  }

  connection.onDidChangeConfiguration((change) => {
    const section = (change.settings as { connectFlow?: unknown } | undefined)?.connectFlow;
    if (!canPullConfiguration && section) settings = readSettings(section);
    void refreshSettings();
  });

  async function check(uri: string): Promise<void> {
    pending.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    let diagnostics: Diagnostic[] = [];
    if (handled(doc)) {
      const docSettings = settingsOf(uri);
      if (doc.getText().length > docSettings.maxFileSize) {
        diagnostics = [tooLarge(doc.getText(), docSettings.maxFileSize)];
      } else {
        try {
          // In slices, so hover and completion are answered during a big check; a newer version or a close
          // stops it (that version's own check, or the close, publishes instead).
          const sliced = await validateInSlices(models.get(doc, docSettings), { rules: docSettings.rules, uri }, () => documents.get(uri)?.version === version);
          if (!sliced) return;
          // Thousands of one problem: the first ones and a summary (code actions still see them all).
          diagnostics = capPerRule(sliced);
        } catch (error) {
          connection.console.error(`connect-flow: check failed for ${uri}: ${String(error)}`);
        }
      }
    }
    void connection.sendDiagnostics({ uri, version, diagnostics: diagnostics as never });
  }

  /** Coalesces bursts of edits: the check runs once, on the latest version, after queued messages are read. */
  function schedule(doc: TextDocument): void {
    const previous = pending.get(doc.uri);
    if (previous) clearTimeout(previous);
    const delay = doc.getText().length > 500_000 ? 250 : 0;
    pending.set(doc.uri, setTimeout(() => void check(doc.uri), delay));
  }

  documents.onDidOpen((e) => schedule(e.document));
  documents.onDidChangeContent((e) => schedule(e.document));
  documents.onDidClose((e) => {
    const timer = pending.get(e.document.uri);
    if (timer) clearTimeout(timer);
    pending.delete(e.document.uri);
    models.delete(e.document.uri);
    recognised.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  registerFeatures(connection, { documents, getModel });
  documents.listen(connection);
  connection.listen();
}

function tooLarge(text: string, limit: number): Diagnostic {
  const size = text.length;
  // The first character, or an empty range when the first line is empty (a range must stay inside the text).
  const first = text.charCodeAt(0) === 10 || text.charCodeAt(0) === 13 ? 0 : 1;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: first } },
    severity: Severity.Information,
    code: 'file-too-large',
    source: SOURCE,
    message: `This file has ${size} characters, more than connectFlow.maxFileSize (${limit}); it is not checked. Amazon Connect accepts flows of up to 256,000 characters.`,
  };
}

/**
 * A request whose $/cancelRequest arrives while it still waits in the queue (say, behind the check of a big file)
 * is answered RequestCancelled (-32800) at once and never runs.
 */
export const cancelUndispatched = (message: { id?: number | string | null }) => ({
  jsonrpc: '2.0',
  id: message.id ?? null,
  error: { code: -32800, message: 'The request was cancelled before it ran.' },
});

if (require.main === module) {
  const options = { cancelUndispatched: cancelUndispatched as never };
  startServer(process.argv.includes('--stdio') ? stdioConnection(options) : createConnection(ProposedFeatures.all, options));
}

/**
 * Over stdio the reader answers frames that are not JSON-RPC itself (jsonRpcGuard.ts). Giving createConnection a
 * reader instead of the streams drops two things it does for streams, done here instead: exit when stdin closes,
 * and keep console output off stdout (the protocol channel).
 */
function stdioConnection(options: { cancelUndispatched: never }): Connection {
  let shutdown = false;
  const writer = new StreamMessageWriter(process.stdout);
  const reader = new StreamMessageReader(process.stdin, {
    contentTypeDecoder: guardedJsonDecoder({
      writer: () => writer,
      onMessage: (m) => {
        if ((m as { method?: unknown }).method === 'shutdown') shutdown = true;
      },
    }),
  });
  const connection = createConnection(ProposedFeatures.all, reader, writer, options);
  const exit = () => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  for (const level of ['log', 'info', 'debug'] as const) console[level] = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  return connection;
}
