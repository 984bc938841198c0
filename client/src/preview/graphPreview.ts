import * as vscode from 'vscode';
import type { DiffGraphResult, GraphBlock, GraphProblem, GraphResult, SimulateGraphResult, SimulationAnswer, TraceGraphResult } from '../../../server/src/protocol';
import { makeNonce, previewHtml } from './html';
import { isFromWebview, type DiffList, type ToWebview } from './messages';
import type { GraphServer } from './server';

type Drawn = Extract<GraphResult, { kind: 'graph' }> | Extract<DiffGraphResult, { kind: 'diff' }> | Extract<TraceGraphResult, { kind: 'trace' }> | Extract<SimulateGraphResult, { kind: 'simulation' }>;

/**
 * Trace mode: the path a run took on this flow, run again by the server for every redraw: a test case file's run, or
 * "Simulate flow" with the answers given so far.
 */
export type TraceRun =
  | {
      kind: 'test';
      /** The test case file. */
      testUri: string;
      /** Its file name, for the title. */
      label: string;
    }
  | { kind: 'simulation'; answers: SimulationAnswer[]; label: string };

/** Diff mode: the document compared with an older text of it (read from git by the command). */
export interface Comparison {
  /** The older text; null when the file did not exist in that revision. */
  oldText: string | null;
  /** The revision as the user knows it (`HEAD`, `HEAD~1`, a short hash). */
  label: string;
}

export const VIEW_TYPE = 'connectFlow.graphPreview';
const RENDER_DELAY_MS = 250;

/**
 * The flow graph beside the editor. One panel; it shows the flow of the active editor and follows edits
 * (debounced), problems, the cursor, and a switch to another flow editor. The language server draws the picture
 * (`connectFlow/graph`); this class only forwards and shows.
 */
export class GraphPreview implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private snapshot: { version: number; data: Drawn | undefined } | undefined;
  /** Counts requests, so that an answer overtaken by a newer request is dropped. */
  private requests = 0;
  /** Why the last answer had no picture (the server says), for the page. */
  private lastMessage: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ready = false;
  private pending: ToWebview[] = [];
  private highlighted: string | null = null;
  /** Blocks the page reported on screen after the last picture. */
  private renderedBlocks = 0;
  private shownUri: string | undefined;
  /** The layout the user switched to with the layout button (undefined: designer positions when the export has them). */
  private layout: 'designer' | 'auto' | undefined;
  /** Diff mode while set; the normal picture otherwise. */
  private comparison: Comparison | undefined;
  /** Trace mode while set (never together with a comparison). */
  private trace: TraceRun | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    private readonly panel: vscode.WebviewPanel,
    mediaRoot: vscode.Uri,
    private readonly server: GraphServer,
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
      vscode.window.onDidChangeActiveTextEditor(async (editor) => {
        if (editor && editor.document !== this.document && (await this.server.isFlow({ uri: editor.document.uri.toString() }))) this.show(editor.document);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.document) this.followCursor(e.textEditor);
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => {
        if (doc === this.document) this.post({ type: 'empty', message: 'The flow file was closed.' });
      }),
    );
  }

  /**
   * Shows `document` (now, not debounced) and brings the panel forward without taking focus; in diff mode with
   * `comparison`, in the normal mode without it.
   */
  show(document: vscode.TextDocument, comparison?: Comparison, trace?: TraceRun): void {
    if (document !== this.document || comparison !== this.comparison || trace !== this.trace) {
      this.highlighted = null;
      this.snapshot = undefined;
    }
    this.document = document;
    this.comparison = comparison;
    this.trace = comparison ? undefined : trace;
    this.panel.title = comparison ? `Flow: ${basename(document.uri)} ↔ ${comparison.label}` : this.trace ? `Flow: ${basename(document.uri)} · ${this.trace.label}` : `Flow: ${basename(document.uri)}`;
    void this.render();
  }

  reveal(): void {
    this.panel.reveal(undefined, true);
  }

  /** For tests: what the panel shows. */
  state(): { uri: string | undefined; blocks: number; transitions: number; renderedBlocks: number; highlighted: string | null; mode: 'graph' | 'diff' | 'trace'; changes: number } {
    const data = this.snapshot?.data;
    return {
      uri: this.document?.uri.toString(),
      blocks: data?.blocks.length ?? 0,
      transitions: data?.kind === 'graph' || data?.kind === 'trace' || data?.kind === 'simulation' ? data.transitions : 0,
      renderedBlocks: this.renderedBlocks,
      highlighted: this.highlighted,
      mode: this.comparison ? 'diff' : this.trace ? 'trace' : 'graph',
      changes: data?.kind === 'diff' ? data.items.length : 0,
    };
  }

  /** For tests and keyboard users: what clicking item `item` (or line `detail` of it) of the diff list does. */
  async revealChange(item: number, detail?: number): Promise<void> {
    const doc = this.document;
    const data = await this.current();
    if (!doc || data?.kind !== 'diff') return;
    const entry = data.items[item];
    if (!entry) return;
    if (entry.key && entry.key !== this.highlighted) {
      this.highlighted = entry.key;
      this.post({ type: 'highlight', key: entry.key });
    }
    const range = (detail === undefined ? undefined : entry.details[detail]?.select) ?? entry.select;
    if (!range) return;
    await this.selectRange(doc, range.start, range.end);
  }

  /** For tests and keyboard users: what clicking block `index` does. */
  async select(index: number): Promise<void> {
    const doc = this.document;
    const data = await this.current();
    if (!doc || !data) return;
    const block = data.blocks.find((b) => b.index === index);
    if (!block) return;
    await this.selectRange(doc, block.selectStart, block.selectEnd);
  }

  private async selectRange(doc: vscode.TextDocument, start: number, end: number): Promise<void> {
    const selection = new vscode.Selection(doc.positionAt(start), doc.positionAt(end));
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
    else if (message.type === 'reveal') void this.revealChange(message.item, message.detail);
    else if (message.type === 'layout') this.switchLayout();
    else if (message.type === 'simulate') {
      if (this.document) void vscode.commands.executeCommand('connectFlow.simulateFlow', this.document.uri);
    }
    else void this.select(message.index);
  }

  /**
   * The layout button: the other of designer positions and automatic layout than the one drawn (the status line says
   * which); the picture is fitted again.
   */
  private switchLayout(): void {
    const drawn = this.snapshot?.data;
    const designer = drawn && 'status' in drawn ? drawn.status.includes('designer positions') : this.layout !== 'auto';
    this.layout = designer ? 'auto' : 'designer';
    this.shownUri = undefined;
    void this.render();
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.render();
    }, RENDER_DELAY_MS);
  }

  /** The picture of the document's current version, asked for when needed (a click on a block, a redraw). */
  private async current(): Promise<Drawn | undefined> {
    const doc = this.document;
    if (!doc) return undefined;
    if (this.snapshot?.version === doc.version) return this.snapshot.data;
    const request = ++this.requests;
    const version = doc.version;
    const comparison = this.comparison;
    const trace = this.trace;
    const layout = this.layout ? { layout: this.layout } : {};
    const result = comparison
      ? await this.server.diffGraph({ uri: doc.uri.toString(), oldText: comparison.oldText, oldLabel: comparison.label, problems: problemsOf(doc) })
      : trace
        ? trace.kind === 'test'
          ? await this.server.traceGraph({ uri: trace.testUri, problems: problemsOf(doc), ...layout })
          : await this.server.simulateGraph({ uri: doc.uri.toString(), answers: trace.answers, problems: problemsOf(doc), ...layout })
        : await this.server.graph({ uri: doc.uri.toString(), problems: problemsOf(doc), ...layout });
    if (request !== this.requests || doc !== this.document || comparison !== this.comparison || trace !== this.trace) return undefined; // overtaken
    // The text moved on: its redraw asks again. (A trace of a flow the server read from disk has no version.)
    if (result !== undefined && result.kind !== 'none' && result.version !== undefined && result.version !== version) return undefined;
    const data = result !== undefined && result.kind !== 'none' ? result : undefined;
    this.snapshot = { version, data };
    this.lastMessage = result === undefined ? 'The Amazon Connect flow language server is not running.' : result.kind === 'none' ? result.message : undefined;
    return data;
  }

  private async render(): Promise<void> {
    const doc = this.document;
    if (!doc) return;
    this.snapshot = undefined; // problems may have changed without a new version
    const request = this.requests + 1;
    const data = await this.current();
    if (request !== this.requests || doc !== this.document || !this.snapshot) return;
    const uri = doc.uri.toString();
    if (!data) {
      this.post({ type: 'empty', message: this.lastMessage ?? `${basename(doc.uri)} is not an Amazon Connect flow (it needs "Actions" and "StartAction").` });
      return;
    }
    const shown = this.comparison ? `${uri}\n${this.comparison.label}` : this.trace ? `${uri}\n${this.trace.kind === 'test' ? this.trace.testUri : 'simulation'}` : uri;
    const fit = this.shownUri !== shown;
    this.shownUri = shown;
    if (data.kind === 'diff') this.post({ type: 'graph', svg: data.svg, status: data.status, fit, diff: diffList(data) });
    else this.post({ type: 'graph', svg: data.svg, status: data.status, fit });
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
    const index = blockAt(data.blocks, editor.document.offsetAt(editor.selection.active));
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

/** The list beside the picture: what the page shows (the text ranges stay here). */
function diffList(data: Extract<DiffGraphResult, { kind: 'diff' }>): DiffList {
  return {
    summary: data.summary,
    items: data.items.map((i) => ({
      state: i.state,
      title: i.title,
      key: i.key,
      inText: i.select !== undefined,
      details: i.details.map((d) => ({ text: d.text, inText: (d.select ?? i.select) !== undefined })),
    })),
  };
}

/** Problems of the document from every source (ours, the JSON language service, others), as offsets. */
function problemsOf(doc: vscode.TextDocument): GraphProblem[] {
  return vscode.languages.getDiagnostics(doc.uri).map((d) => ({ offset: doc.offsetAt(d.range.start), severity: d.severity + 1, message: d.message }));
}

/** Index of the block whose text contains `offset` (binary search over blocks in text order), or undefined. */
export function blockAt(blocks: readonly GraphBlock[], offset: number): number | undefined {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid];
    if (offset < b.start) hi = mid - 1;
    else if (offset > b.end) lo = mid + 1;
    else return b.index;
  }
  return undefined;
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}
