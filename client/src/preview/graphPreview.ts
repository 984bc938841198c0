import * as vscode from 'vscode';
import { actionAtOffset, actionSelection, type LayoutCache } from '../../../server/src/graph';
import { makeNonce, previewHtml } from './html';
import { isFromWebview, type ToWebview } from './messages';
import { buildSnapshot, type ProblemInfo, type Snapshot } from './snapshot';

export const VIEW_TYPE = 'connectFlow.graphPreview';
const RENDER_DELAY_MS = 250;

/**
 * The flow graph beside the editor. One panel; it shows the flow of the active editor and follows edits
 * (debounced), problems, the cursor, and a switch to another flow editor.
 */
export class GraphPreview implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private snapshot: { version: number; data: Snapshot | undefined } | undefined;
  private layoutCache: LayoutCache = {};
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private pending: ToWebview[] = [];
  private highlighted: string | null = null;
  /** Blocks the page reported on screen after the last picture. */
  private renderedBlocks = 0;
  private shownUri: string | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly panel: vscode.WebviewPanel,
    mediaRoot: vscode.Uri,
    private readonly onDispose: () => void,
  ) {
    panel.webview.html = previewHtml(panel.webview, mediaRoot, makeNonce(), vscode.Uri.joinPath);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: unknown) => this.receive(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics((e) => {
        if (this.document && e.uris.some((u) => u.toString() === this.document!.uri.toString())) this.schedule();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && editor.document !== this.document && looksLikeFlow(editor.document)) this.show(editor.document);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) this.followCursor(e.textEditor);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.document) this.post({ type: 'empty', message: 'The flow file was closed.' });
      }),
    );
  }

  /** Shows `document` (now, not debounced) and brings the panel forward without taking focus. */
  show(document: vscode.TextDocument): void {
    if (document !== this.document) {
      this.highlighted = null;
      this.snapshot = undefined;
    }
    this.document = document;
    this.panel.title = `Flow: ${basename(document.uri)}`;
    this.render();
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** For tests: what the panel shows. */
  state(): { uri: string | undefined; blocks: number; transitions: number; renderedBlocks: number; highlighted: string | null } {
    const data = this.snapshot?.data;
    return {
      uri: this.document?.uri.toString(),
      blocks: data?.graph.nodes.length ?? 0,
      transitions: data?.graph.edges.length ?? 0,
      renderedBlocks: this.renderedBlocks,
      highlighted: this.highlighted,
    };
  }

  /** For tests and keyboard users: what clicking block `index` does. */
  async select(index: number): Promise<void> {
    const doc = this.document;
    const data = this.current();
    if (!doc || !data) return;
    const span = actionSelection(data.model, index);
    if (!span) return;
    const selection = new vscode.Selection(doc.positionAt(span.start), doc.positionAt(span.end));
    const visible = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    const editor = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false, selection });
    editor.selection = selection;
    editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private receive(message: unknown): void {
    if (!isFromWebview(message)) return;
    if (message.type === 'ready') {
      this.ready = true;
      for (const m of this.pending.splice(0)) void this.panel.webview.postMessage(m);
    } else if (message.type === 'rendered') this.renderedBlocks = message.blocks;
    else void this.select(message.index);
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.render();
    }, RENDER_DELAY_MS);
  }

  /** The snapshot of the document's current version, built when asked for (a click on a block, a redraw). */
  private current(): Snapshot | undefined {
    const doc = this.document;
    if (!doc) return undefined;
    if (this.snapshot?.version !== doc.version) this.snapshot = { version: doc.version, data: buildSnapshot(doc.getText(), problemsOf(doc), this.layoutCache) };
    return this.snapshot.data;
  }

  private render(): void {
    const doc = this.document;
    if (!doc) return;
    this.snapshot = undefined; // problems may have changed without a new version
    const data = this.current();
    const uri = doc.uri.toString();
    if (!data) {
      this.post({ type: 'empty', message: `${basename(doc.uri)} is not an Amazon Connect flow (it needs "Actions" and "StartAction").` });
      return;
    }
    const fit = this.shownUri !== uri;
    this.shownUri = uri;
    this.post({ type: 'graph', svg: data.svg, status: data.status, fit });
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc);
    if (editor) this.followCursor(editor);
  }

  /**
   * Highlights the block of the action under the cursor; the page keeps it across new pictures. While typing, the
   * drawn version is behind the text: the highlight waits for the (debounced) redraw, which calls this again.
   */
  private followCursor(editor: vscode.TextEditor): void {
    const data = this.snapshot?.version === editor.document.version ? this.snapshot.data : undefined;
    if (!data) return;
    const index = actionAtOffset(data.model, editor.document.offsetAt(editor.selection.active));
    const key = index === undefined ? null : `a${index}`;
    if (key === this.highlighted) return;
    this.highlighted = key;
    this.post({ type: 'highlight', key });
  }

  private post(message: ToWebview): void {
    if (this.ready) void this.panel.webview.postMessage(message);
    else {
      // Before the page is ready only the latest picture and highlight matter.
      this.pending = this.pending.filter((m) => (m.type === 'highlight') !== (message.type === 'highlight'));
      this.pending.push(message);
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables.splice(0)) d.dispose();
    this.panel.dispose();
    this.onDispose();
  }
}

/** Problems of the document from every source (ours, the JSON language service, others), as offsets. */
function problemsOf(doc: vscode.TextDocument): ProblemInfo[] {
  return vscode.languages.getDiagnostics(doc.uri).map((d) => ({ offset: doc.offsetAt(d.range.start), severity: d.severity + 1, message: d.message }));
}

/** Cheap test used to follow the active editor and to show the title button: the full check happens when drawing. */
export function looksLikeFlow(doc: vscode.TextDocument): boolean {
  if (doc.languageId === 'connect-flow') return true;
  if (doc.languageId !== 'json' && doc.languageId !== 'jsonc') return false;
  const text = doc.getText();
  return text.includes('"Actions"') && text.includes('"StartAction"');
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
