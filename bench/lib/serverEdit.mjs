// Edit-to-diagnostics through the real server: start dist/server.js --stdio, open a flow, then send one-character
// incremental didChange notifications and time each one until publishDiagnostics arrives for that version.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { median } from './timing.mjs';

const require = createRequire(import.meta.url);

/**
 * @param {string} serverPath path of dist/server.js
 * @param {string} text the flow to open
 * @param {number} offset a character inside a string value; the edit replaces it, alternating two letters
 */
export async function editToDiagnostics(serverPath, text, offset, { warmups = 30, samples = 200 } = {}) {
  const rpc = require('vscode-languageserver-protocol/node');
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification(rpc.PublishDiagnosticsNotification.type, (params) => {
    const resolve = waiting.get(params.version);
    if (resolve) {
      waiting.delete(params.version);
      resolve(params.diagnostics.length);
    }
  });
  connection.onRequest(rpc.ConfigurationRequest.type, (params) => params.items.map(() => null));
  connection.listen();
  const uri = 'file:///bench/edit.flow.json';
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  try {
    await connection.sendRequest(rpc.InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
    await connection.sendNotification(rpc.InitializedNotification.type, {});
    const opened = published(1);
    await connection.sendNotification(rpc.DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'connect-flow', version: 1, text } });
    await opened;

    // Position of the edited character (single line edits keep every other position unchanged).
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    const character = offset - (before.lastIndexOf('\n') + 1);
    const range = { start: { line, character }, end: { line, character: character + 1 } };
    const times = [];
    let diagnostics = 0;
    let cpuStart;
    for (let i = 0, version = 2; i < warmups + samples; i++, version++) {
      const done = published(version);
      const t0 = performance.now();
      await connection.sendNotification(rpc.DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ range, text: version % 2 ? 'q' : 'x' }],
      });
      diagnostics = await done;
      if (i >= warmups) times.push(performance.now() - t0);
      if (i === warmups - 1) cpuStart = { server: processCpuMs(child.pid), bench: process.cpuUsage() };
    }
    // CPU time both processes spent per edit (server: from /proc, 10 ms ticks summed over all edits).
    const server = processCpuMs(child.pid);
    const bench = process.cpuUsage(cpuStart.bench);
    const cpuMs = server === undefined ? undefined : (server - cpuStart.server + (bench.user + bench.system) / 1000) / times.length;
    return { ms: median(times), cpuMs, samples: times.length, diagnostics };
  } finally {
    try {
      await connection.sendRequest(rpc.ShutdownRequest.type);
      await connection.sendNotification(rpc.ExitNotification.type);
    } catch {
      // The server may already be gone.
    }
    connection.dispose();
    child.kill();
  }
}

/** user + system CPU time of a process in ms, from /proc (Linux); undefined elsewhere. */
function processCpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime), counted from field 3 after the command name, in clock ticks (100/s).
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}
