// Test-only extension, never published. code-server has no --extensionTestsPath, so this runs the VS Code API
// suite (client/src/test, compiled to .e2e/build/client-tests) once when the window has started, and writes the
// results where the e2e driver reads them: the file named by CONNECT_FLOW_E2E_RESULTS in code-server's environment.
// e2e-config.json (the path of the compiled suite) is written next to this file when the run builds it.
'use strict';
const fs = require('fs');
const path = require('path');

async function runSuite(results) {
  try {
    const config = JSON.parse(fs.readFileSync(path.join(__dirname, 'e2e-config.json'), 'utf8'));
    await require(config.suite).runAndReport(results);
  } catch (error) {
    fs.writeFileSync(results, JSON.stringify({ tests: [], error: String((error && error.stack) || error) }));
  }
}

exports.activate = function activate() {
  const results = process.env.CONNECT_FLOW_E2E_RESULTS;
  if (!results) return; // Not an e2e run.
  try {
    fs.writeFileSync(`${results}.started`, new Date().toISOString(), { flag: 'wx' });
  } catch {
    return; // A reloaded window: the suite runs once only.
  }
  // Not awaited: activation finishes at once and the suite runs beside the window like any user would.
  void runSuite(results);
};

exports.deactivate = function deactivate() {};
