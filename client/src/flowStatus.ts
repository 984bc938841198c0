import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** The status-bar item on flow documents: "Connect flow · contactFlow (from Metadata)", click to choose the type. */

const METHOD = 'connectFlow/flowStatus';
export const CHOOSE_FLOW_TYPE = 'connectFlow.chooseFlowType';

interface FlowStatus {
  isFlow: boolean;
  flowType?: string;
  source?: 'metadata' | 'setting' | 'configFile' | 'deployer';
  configFile?: string;
  /** source `deployer`: the template, Terraform resource or CDK construct that declares the type, and its file. */
  origin?: string;
  /** The type sources disagree: no flow type is used. */
  conflict?: string;
}

const FLOW_TYPES = [
  'contactFlow',
  'customerQueue',
  'customerHold',
  'customerWhisper',
  'agentHold',
  'agentWhisper',
  'outboundWhisper',
  'agentTransfer',
  'queueTransfer',
  'campaign',
];

const LANGUAGES = new Set(['connect-flow', 'json', 'jsonc']);

/** The text of the item, as the user reads it. */
export function statusText(status: FlowStatus): string {
  if (status.conflict) return '$(warning) Connect flow · type unclear';
  if (!status.flowType) return '$(type-hierarchy) Connect flow · type unknown';
  const from =
    status.source === 'metadata' ? 'Metadata' : status.source === 'configFile' ? '.connectflowrc.json' : status.source === 'deployer' ? deployerFile(status.origin) : 'setting';
  return `$(type-hierarchy) Connect flow · ${status.flowType} (from ${from})`;
}

/** `type = "X" of aws_connect_contact_flow.y in connect.tf` → `connect.tf`. */
function deployerFile(origin: string | undefined): string {
  const at = origin?.lastIndexOf(' in ') ?? -1;
  return origin && at >= 0 ? origin.slice(at + 4) : 'template';
}

function tooltip(status: FlowStatus): string {
  const lines = ['Amazon Connect flow: checked by the Connect flow language server.'];
  if (status.conflict) lines.push(`Its flow type is unclear: ${status.conflict}. No flow-type checks run until the sources agree.`);
  else if (!status.flowType) lines.push('Its flow type is unknown (no Metadata.type, no setting), so no flow-type checks run.');
  else if (status.source === 'metadata') lines.push(`Metadata.type says ${status.flowType}.`);
  else if (status.source === 'deployer') lines.push(`Deployed as ${status.flowType} by ${status.origin ?? 'a template'}.`);
  else if (status.source === 'configFile') lines.push(`${status.configFile ?? '.connectflowrc.json'} says ${status.flowType}.`);
  else lines.push(`The setting connectFlow.flowType or connectFlow.flowTypes says ${status.flowType}.`);
  lines.push('Click to choose the flow type of this file or to open the settings.');
  return lines.join('\n');
}

/**
 * The commands, registered at activation, before the language server starts. `shown` tells what the item shows
 * now (a status-bar item has no "visible" getter), for the end-to-end tests; this module is in both bundles, so
 * the state comes from the one the language client loaded.
 */
export function registerFlowTypeCommands(context: vscode.ExtensionContext, shown: () => string | undefined): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(CHOOSE_FLOW_TYPE, (uri?: vscode.Uri, status?: FlowStatus) => chooseFlowType(uri ?? vscode.window.activeTextEditor?.document.uri, status)),
    vscode.commands.registerCommand('connectFlow.flowStatus.state', () => shown()),
  );
}

/** The status-bar item, once the language client exists. Returns what it shows now. */
export function registerFlowStatus(context: vscode.ExtensionContext, client: LanguageClient): () => string | undefined {
  let shown: string | undefined;
  const item = vscode.window.createStatusBarItem('connectFlow.flowStatus', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Amazon Connect flow type';
  let asked = 0;
  const hide = () => ((shown = undefined), item.hide());
  let timer: ReturnType<typeof setTimeout> | undefined;

  const refresh = async () => {
    const doc = vscode.window.activeTextEditor?.document;
    const ticket = ++asked;
    if (!doc || !LANGUAGES.has(doc.languageId) || !client.isRunning()) return hide();
    let status: FlowStatus;
    try {
      status = await client.sendRequest<FlowStatus>(METHOD, { uri: doc.uri.toString() });
    } catch {
      status = { isFlow: false };
    }
    if (ticket !== asked) return;
    if (!status.isFlow) return hide();
    item.text = statusText(status);
    item.tooltip = tooltip(status);
    item.command = { title: 'Choose the flow type', command: CHOOSE_FLOW_TYPE, arguments: [doc.uri, status] };
    item.show();
    shown = item.text;
  };
  const soon = (delay = 150) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void refresh(), delay);
  };

  context.subscriptions.push(
    item,
    { dispose: () => timer && clearTimeout(timer) },
    vscode.window.onDidChangeActiveTextEditor(() => soon(0)),
    // The server publishes diagnostics after every check: a good moment to ask again (edits, settings, config files).
    vscode.languages.onDidChangeDiagnostics((e) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (active && e.uris.some((u) => u.toString() === active)) soon();
    }),
    client.onDidChangeState(() => soon(0)),
  );
  soon(0);
  return () => shown;
}

/** A literal path as a glob (the server's matcher treats these characters as special). */
function escapeGlob(literal: string): string {
  return literal.replace(/[*?[\]{}()!+@|]/g, '\\$&');
}

async function chooseFlowType(uri: vscode.Uri | undefined, status: FlowStatus | undefined): Promise<void> {
  const settingsItem: vscode.QuickPickItem = { label: '$(gear) Open the Amazon Connect Flow settings' };
  const unknownItem: vscode.QuickPickItem = { label: 'Unknown', description: 'no flow-type checks' };
  const items: vscode.QuickPickItem[] = [
    ...FLOW_TYPES.map((t) => ({ label: t, description: t === status?.flowType ? 'current' : undefined })),
    unknownItem,
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    settingsItem,
  ];
  const placeHolder =
    status?.source === 'metadata'
      ? `Metadata.type of this file says ${status.flowType}; a type chosen here applies only while the file names none`
      : 'Flow type of this file (saved in connectFlow.flowTypes)';
  const picked = uri ? await vscode.window.showQuickPick(items, { placeHolder, title: 'Amazon Connect flow type' }) : settingsItem;
  if (!picked) return;
  if (picked === settingsItem || !uri) {
    await vscode.commands.executeCommand('workbench.action.openSettings', 'connectFlow');
    return;
  }
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const relative = folder ? vscode.workspace.asRelativePath(uri, false) : undefined;
  const glob = relative ? `**/${escapeGlob(relative)}` : escapeGlob(uri.fsPath.replace(/\\/g, '/'));
  const config = vscode.workspace.getConfiguration('connectFlow', uri);
  const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  const current = { ...(config.inspect<Record<string, string>>('flowTypes')?.[folder ? 'workspaceFolderValue' : 'globalValue'] ?? {}) };
  if (picked === unknownItem) delete current[glob];
  else current[glob] = picked.label;
  await config.update('flowTypes', current, target);
}
