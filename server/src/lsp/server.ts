import {
  createConnection,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type InitializeParams,
  type InitializeResult,
  type Connection,
  type TextDocumentContentChangeEvent,
  type WorkspaceFolder,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver/node';
import * as path from 'path';
import { guardedJsonDecoder, guardFraming } from './jsonRpcGuard';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { URI } from 'vscode-uri';
import { validateInSlices } from './slicedValidation';
import { SOURCE, Severity, SYNTAX_RULE_ID, fileTooLargeDiagnostic, ruleDocsUrl, DOCUMENTED_RULES, capPerRule, type Diagnostic } from '../engine';
import { ModelCache, isHandled, fsPathOf, FLOW_LANGUAGE_ID } from './documents';
import { ConfigFiles, CONFIG_FILE_NAME, isInside, repositoryRoot, type ConfigFile, DEFAULT_SETTINGS, flowTypeFor, isExcluded, readSettings, type ServerSettings, FLOW_TYPE_CONFLICT, flowTypeConflictDiagnostic } from '../project';
import { EditorWorkspaceIndex } from './workspaceTypes';
import { registerFeatures, featureCapabilities, registerDynamicFeatures } from './features';
import { templateDiagnostics, templateModels } from './templateFeatures';
import { FLOW_STATUS_METHOD, flowStatus, type FlowStatus, type FlowStatusParams } from './features/flowStatus';
import { RUN_TEST_REQUEST, runTestForEditor, testCaseProblems } from '../project';
import * as nodeFs from 'fs';

/**
 * The language server: open documents, settings, re-checking, and request routing. All checking is done by the
 * pure engine; all editor features live in features/. Run it with `node dist/server.js --stdio` (or --node-ipc).
 */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(checkedDocuments);
  /** Terraform and CDK files of the workspace folders that deploy flow files: the type a flow file gets from them. */
  const workspaceIndex = new EditorWorkspaceIndex();
  const models = new ModelCache((uri) => {
    const file = uri.startsWith('file:') ? fsPathOf(uri) : undefined;
    return file ? workspaceIndex.claimsFor(file) : [];
  });
  /** JSON documents once recognised as flows stay ours while open, even while a half-typed edit hides it. */
  const recognised = new Set<string>();
  const pending = new Map<string, ReturnType<typeof setTimeout>>();
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let canPullConfiguration = false;
  let canWatchFiles = false;
  let clientCapabilities: InitializeParams['capabilities'] | undefined;
  /**
   * The editor's own JSON support reports syntax errors in json/jsonc documents (VS Code's JSON language service);
   * ours would say the same thing twice there. Flow-language documents and the CLI keep ours.
   */
  let editorValidatesJson = false;
  /** The editor's JSON support outlines json/jsonc documents: ours would be a second outline there. */
  let editorOutlinesJson = false;
  /** File-system paths of the workspace folders: a config file above the one holding a document never applies. */
  let workspaceFolders: string[] = [];
  /** Diagnostics published on config files, by URI (cleared when the file is read again or changes). */
  const configDiagnostics = new Map<string, Diagnostic[]>();
  /** `.connectflowrc.json` files: their settings apply, under the editor's, to the documents in their folder tree. */
  const configs = new ConfigFiles({
    watch: true,
    topFor: (dir) => configTop(dir, workspaceFolders),
    onLoaded: (c) => {
      const uri = URI.file(c.path).toString();
      const diagnostics = configProblemDiagnostics(c);
      const before = configDiagnostics.get(uri) ?? [];
      if (JSON.stringify(before) === JSON.stringify(diagnostics)) return;
      if (diagnostics.length > 0) {
        configDiagnostics.set(uri, diagnostics);
        connection.console.warn(`connect-flow: ${c.path}: ${c.problems.join(' ')}`);
      } else configDiagnostics.delete(uri);
      // An open config document also gets its own check: publish there, after the config's problems are known.
      const open = documents.get(uri);
      if (open) schedule(open);
      else void connection.sendDiagnostics({ uri, diagnostics: diagnostics as never });
    },
  });
  const settingsOf = (uri: string): ServerSettings => (uri.startsWith('file:') ? configs.settingsFor(settings, fsPathOf(uri)) : settings);
  const clearConfigDiagnostics = () => {
    for (const uri of configDiagnostics.keys()) if (!documents.get(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    configDiagnostics.clear();
  };

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
    const entry = models.entry(doc, docSettings);
    return { doc, model: entry.model, settings: docSettings, options: entry.options, conflict: entry.conflict };
  };

  /** Indexes the workspace folders again; open flows whose type changed meanwhile are checked again. */
  let indexing: Promise<void> = Promise.resolve();
  const reindex = () => {
    const folders = [...workspaceFolders];
    indexing = workspaceIndex
      .rebuild(folders)
      .then(() => recheckRetyped())
      .catch((error: unknown) => connection.console.error(`connect-flow: workspace index failed: ${String(error)}`));
    return indexing;
  };
  /** Open flows whose model was built with other deployer claims than the index gives now. */
  const recheckRetyped = () => {
    for (const doc of documents.all()) if (models.isStale(doc, settingsOf(doc.uri))) schedule(doc);
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    canPullConfiguration = !!params.capabilities.workspace?.configuration;
    canWatchFiles = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    clientCapabilities = params.capabilities;
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; editorValidatesJson?: unknown; editorOutlinesJson?: unknown };
    if (init.settings) settings = readSettings(init.settings);
    editorValidatesJson = init.editorValidatesJson === true;
    editorOutlinesJson = init.editorOutlinesJson === true;
    workspaceFolders = folderPaths(params.workspaceFolders, params.rootUri);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
        ...featureCapabilities(params.capabilities),
      },
      serverInfo: { name: SOURCE },
    };
  });

  connection.onInitialized(() => {
    registerDynamicFeatures(connection, clientCapabilities);
    void reindex();
    try {
      connection.workspace.onDidChangeWorkspaceFolders((event) => {
        const removed = new Set(folderPaths(event.removed, null));
        workspaceFolders = [...workspaceFolders.filter((f) => !removed.has(f)), ...folderPaths(event.added, null)];
        void reindex();
        void refreshSettings();
      });
    } catch {
      // The client sends no workspace folder changes.
    }
    if (canPullConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'connectFlow' }).catch(() => undefined);
      void refreshSettings();
    }
    if (canWatchFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          // Config files; Terraform and CDK code that may deploy flow files (the workspace index).
          watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }, { globPattern: '**/*.tf' }, { globPattern: '**/*.{ts,js,mjs,cjs,py}' }],
        })
        .catch(() => undefined);
    }
  });

  // Terraform or CDK code changed: only those files are read again, and open flows whose type changed re-checked.
  // A config file appeared, changed or went away (or anything else, a folder say): find them again and re-check.
  connection.onDidChangeWatchedFiles((params) => {
    const changes = Array.isArray(params?.changes) ? params.changes : [];
    let configChanged = changes.length === 0;
    let indexChanged = false;
    for (const change of changes) {
      const file = typeof change?.uri === 'string' && change.uri.startsWith('file:') ? fsPathOf(change.uri) : undefined;
      if (!file) continue;
      const deleted = change.type === FileChangeType.Deleted;
      if (workspaceIndex.fileChanged(path.resolve(file), deleted)) indexChanged = true;
      // Anything but code and Terraform (a config file; a folder that went away) may change which config applies.
      if (!WATCHED_CODE.test(file)) configChanged = true;
    }
    if (!configChanged) {
      if (indexChanged) void indexing.then(() => recheckRetyped());
      return;
    }
    clearConfigDiagnostics();
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
    clearConfigDiagnostics();
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

  /** Never throws: whatever goes wrong is logged, and the document gets the diagnostics known so far. */
  async function check(uri: string): Promise<void> {
    pending.delete(uri);
    const doc = documents.get(uri);
    if (!doc) return;
    const version = doc.version;
    let diagnostics: Diagnostic[] | undefined = [];
    try {
      diagnostics = await checkDocument(doc, uri, version);
    } catch (error) {
      connection.console.error(`connect-flow: check failed for ${uri}: ${String(error)}`);
    }
    if (!diagnostics) return;
    void connection.sendDiagnostics({ uri, version, diagnostics: diagnostics as never });
  }

  /** The diagnostics of one version of a document, or undefined when a newer version (or a close) made them stale. */
  async function checkDocument(doc: TextDocument, uri: string, version: number): Promise<Diagnostic[] | undefined> {
    let diagnostics: Diagnostic[] = [];
    // A config file open in the editor: read it from disk (what applies), so that its problems show at once.
    const fsPath = uri.startsWith('file:') ? fsPathOf(uri) : undefined;
    if (fsPath && path.basename(fsPath) === CONFIG_FILE_NAME) configs.load(fsPath);
    const configProblems = configDiagnostics.get(uri) ?? [];
    const testProblems = handled(doc) || !settingsOf(uri).enable ? undefined : testDocumentProblems(doc);
    const embedded = testProblems || handled(doc) || !settingsOf(uri).enable ? undefined : embeddedDiagnostics(doc);
    if (testProblems) diagnostics = testProblems;
    else if (embedded) diagnostics = embedded;
    else if (handled(doc)) {
      const docSettings = settingsOf(uri);
      if (doc.getText().length > docSettings.maxFileSize) {
        diagnostics = [fileTooLargeDiagnostic({ size: `${doc.getText().length} characters`, limit: docSettings.maxFileSize, setting: 'connectFlow.maxFileSize', text: doc.getText() })];
      } else {
        try {
          // In slices, so hover and completion are answered during a big check; a newer version or a close
          // stops it (that version's own check, or the close, publishes instead).
          const entry = models.entry(doc, docSettings);
          const sliced = await validateInSlices(entry.model, { ...entry.options, rules: docSettings.rules, uri }, () => documents.get(uri)?.version === version);
          if (!sliced) return undefined;
          // The type sources disagree: one warning on the file (it was checked with no flow type), as in the CLI.
          if (entry.conflict && docSettings.rules[FLOW_TYPE_CONFLICT] !== 'off') sliced.unshift(flowTypeConflictDiagnostic(entry.model, entry.conflict));
          // Thousands of one problem: the first ones and a summary (code actions still see them all).
          const capped = capPerRule(sliced);
          diagnostics = editorValidatesJson && doc.languageId !== FLOW_LANGUAGE_ID ? capped.filter((d) => d.code !== SYNTAX_RULE_ID) : capped;
        } catch (error) {
          connection.console.error(`connect-flow: check failed for ${uri}: ${String(error)}`);
        }
      }
    }
    return [...configProblems, ...diagnostics.map(linkToRulePage)];
  }

  /** Flows embedded in a template (CloudFormation, Terraform): their diagnostics at template positions. */
  function embeddedDiagnostics(doc: TextDocument): Diagnostic[] | undefined {
    const docSettings = settingsOf(doc.uri);
    const file = fsPathOf(doc.uri);
    if (file && isExcluded(file, docSettings)) return undefined;
    if (doc.getText().length > docSettings.maxFileSize) return undefined;
    return templateDiagnostics(doc, { rules: docSettings.rules, uri: doc.uri });
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
    templateModels.delete(e.document.uri);
    recognised.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  // Runs a test case file (the open document's text, else the file on disk) against its flow: Testing view, code lens.
  connection.onRequest(RUN_TEST_REQUEST, (params: { uri: string }) => {
    const file = fsPathOf(params.uri) ?? params.uri;
    let text = documents.get(params.uri)?.getText();
    try {
      text ??= nodeFs.readFileSync(file, 'utf8');
    } catch (error) {
      return { name: file, status: 'error' as const, message: `cannot read ${file}: ${(error as Error).message}` };
    }
    return runTestForEditor(text, file);
  });

  registerFeatures(connection, { documents, getModel, editorOutlinesJson: () => editorOutlinesJson, flowStatus: (uri) => statusOf(uri) });

  // What the status-bar item shows: flow or not, its type and where the type came from.
  connection.onRequest(FLOW_STATUS_METHOD, (params: FlowStatusParams): FlowStatus => statusOf(typeof params?.uri === 'string' ? params.uri : ''));
  function statusOf(uri: string): FlowStatus {
    try {
      const entry = getModel(uri);
      if (!entry) return { isFlow: false };
      const file = fsPathOf(uri);
      const configFile = uri.startsWith('file:') && file ? configs.forFile(file)?.path : undefined;
      return flowStatus(entry.model, flowTypeFor(file, settings), configFile, entry.conflict);
    } catch (error) {
      connection.console.error(`connect-flow: flow status failed: ${String(error)}`);
      return { isFlow: false };
    }
  }
  documents.listen(connection);
  connection.listen();
}

/** Files the code watchers report (for the workspace index), as opposed to config files and folders. */
const WATCHED_CODE = /\.(tf|ts|js|mjs|cjs|py)$/i;

/**
 * How documents are made from didOpen and updated from didChange. A message whose fields have the wrong types
 * (a numeric uri, a null text, a change without text) is refused here, before the document is stored: the
 * notification handler fails (vscode-jsonrpc logs it) and nothing later trips over a half-made document.
 */
const checkedDocuments = {
  create(uri: string, languageId: string, version: number, text: string): TextDocument {
    if (typeof uri !== 'string' || typeof languageId !== 'string' || typeof version !== 'number' || typeof text !== 'string') {
      throw new Error('textDocument/didOpen ignored: uri, languageId and text must be strings and version a number');
    }
    return TextDocument.create(uri, languageId, version, text);
  },
  update(document: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
    const usable = (c: TextDocumentContentChangeEvent) =>
      typeof c === 'object' && c !== null && typeof c.text === 'string' && (!('range' in c) || c.range === undefined || isRange(c.range));
    if (!Array.isArray(changes) || typeof version !== 'number' || !changes.every(usable)) {
      throw new Error(`textDocument/didChange ignored for ${document.uri}: malformed content changes`);
    }
    return TextDocument.update(document, changes, version);
  },
};

function isRange(r: unknown): boolean {
  const isPos = (p: unknown) =>
    typeof p === 'object' && p !== null && Number.isInteger((p as { line: unknown }).line) && Number.isInteger((p as { character: unknown }).character);
  return typeof r === 'object' && r !== null && isPos((r as { start: unknown }).start) && isPos((r as { end: unknown }).end);
}

/** File-system paths of workspace folders (or of the root URI when the client sends no folders). */
function folderPaths(folders: WorkspaceFolder[] | null | undefined, rootUri: string | null | undefined): string[] {
  const uris = Array.isArray(folders) ? folders.map((f) => f?.uri) : rootUri ? [rootUri] : [];
  const out: string[] = [];
  for (const uri of uris) {
    if (typeof uri !== 'string' || !uri.startsWith('file:')) continue;
    const p = fsPathOf(uri);
    if (p) out.push(path.resolve(p));
  }
  return out;
}

/**
 * The highest folder whose `.connectflowrc.json` applies to documents in `dir`: the innermost workspace folder that
 * holds it; for a document outside every workspace folder, its repository root (the nearest folder with `.git`),
 * or else its own folder only. So a config file above the workspace (or the repository) never applies.
 */
export function configTop(dir: string, folders: readonly string[]): string {
  let best: string | undefined;
  for (const folder of folders) if (isInside(dir, folder) && (!best || folder.length > best.length)) best = folder;
  return best ?? repositoryRoot(dir) ?? dir;
}

/** A config file's problems as diagnostics on it (code `invalid-config`): where each one is, or its first line. */
function configProblemDiagnostics(config: ConfigFile): Diagnostic[] {
  return config.problems.map((message, i) => ({
    range: config.problemAt?.[i] ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
    severity: Severity.Error,
    code: 'invalid-config',
    source: SOURCE,
    message: `Invalid ${CONFIG_FILE_NAME}: ${message}`,
  }));
}

/** Diagnostics for a JSON document holding a test case in the testing language (see docs/testing.md). */
function testDocumentProblems(doc: TextDocument): Diagnostic[] | undefined {
  if (doc.languageId !== 'json' && doc.languageId !== 'jsonc') return undefined;
  const problems = testCaseProblems(doc.getText(), fsPathOf(doc.uri));
  return problems?.map((p) => ({ range: p.range, severity: p.severity === 'error' ? Severity.Error : Severity.Warning, code: 'test-case', source: SOURCE, message: p.message }));
}

const DOCUMENTED_IDS: ReadonlySet<string> = new Set(DOCUMENTED_RULES.map((r) => r.id));

/** VS Code shows the rule id as a link to the rule's page. */
function linkToRulePage(d: Diagnostic): Diagnostic & { codeDescription?: { href: string } } {
  return DOCUMENTED_IDS.has(d.code) ? { ...d, codeDescription: { href: ruleDocsUrl(d.code) } } : d;
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
  const connection = process.argv.includes('--stdio') ? stdioConnection(options) : createConnection(ProposedFeatures.all, options);
  keepRunning(connection);
  startServer(connection);
}

/**
 * The last safety net: an error that escapes every handler (a bug, or input nobody thought of) is logged to the
 * client and the server goes on, instead of dying; VS Code stops restarting a server that died five times, and a
 * workspace must not be able to bring that about.
 */
function keepRunning(connection: Connection): void {
  const log = (what: string, error: unknown) => {
    try {
      connection.console.error(`connect-flow: ${what}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    } catch {
      // nowhere to log
    }
  };
  process.on('uncaughtException', (error) => log('internal error', error));
  process.on('unhandledRejection', (error) => log('internal error (promise)', error));
}

/**
 * Over stdio the reader answers frames that are not JSON-RPC itself (jsonRpcGuard.ts). Giving createConnection a
 * reader instead of the streams drops two things it does for streams, done here instead: exit when stdin closes,
 * and keep console output off stdout (the protocol channel).
 */
function stdioConnection(options: { cancelUndispatched: never }): Connection {
  let shutdown = false;
  const exit = () => process.exit(shutdown ? 0 : 1);
  // The client went away (EPIPE) or stdout broke otherwise: nobody can hear the server any more.
  process.stdout.on('error', exit);
  const writer = new StreamMessageWriter(process.stdout);
  const input = guardFraming(process.stdin, (reason) => {
    process.stderr.write(`connect-flow: the message stream from the client is broken (${reason}); exiting, so that the client can start the server again.\n`);
    process.exit(1);
  });
  const reader = new StreamMessageReader(input, {
    contentTypeDecoder: guardedJsonDecoder({
      writer: () => writer,
      onMessage: (m) => {
        if ((m as { method?: unknown }).method === 'shutdown') shutdown = true;
      },
    }),
  });
  const connection = createConnection(ProposedFeatures.all, reader, writer, options);
  process.stdin.on('end', exit);
  process.stdin.on('close', exit);
  for (const level of ['log', 'info', 'debug'] as const) console[level] = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
  console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));
  return connection;
}
