/**
 * The layers of server/src and what each may import (CONTRIBUTING.md). Run by `npm run lint`.
 *   engine   pure checking: imports no other layer, no Node built-in, no editor or LSP library
 *   graph    layout and rendering over the engine
 *   project  configuration files, settings, globs: engine only
 *   lsp      the language server: engine, graph, project
 *   cli      the command line: engine, graph, project; never the language server
 *   client   the VS Code extension: no server code at all (it asks the server)
 * A layer is entered only through its index.ts. Tests may reach inside any layer.
 */
const TESTS = ['\\.test\\.ts$', '^test/', '^bench/', '^e2e/', '^client/src/test/'];

/** The files of one layer of server/src. */
const layer = (name) => `^server/src/${name}/`;

module.exports = {
  forbidden: [
    {
      name: 'engine-is-pure',
      comment: 'The engine is shared by the server, the CLI, the graph and tests: it imports no other layer.',
      severity: 'error',
      from: { path: layer('engine'), pathNot: TESTS },
      to: { path: ['^server/src/(graph|project|lsp|cli)/', '^client/'] },
    },
    {
      name: 'engine-no-io',
      comment: 'The engine reads no file, starts no process and knows no editor: no Node built-in, no vscode or LSP library.',
      severity: 'error',
      from: { path: layer('engine'), pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'engine-no-editor',
      severity: 'error',
      from: { path: layer('engine'), pathNot: TESTS },
      to: { path: 'node_modules/(vscode|vscode-languageserver|vscode-languageserver-[^/]+|vscode-languageclient|vscode-uri)/' },
    },
    {
      name: 'graph-over-engine-only',
      comment: 'Layout and rendering work on the engine model; settings, files and the LSP are not theirs.',
      severity: 'error',
      from: { path: layer('graph'), pathNot: TESTS },
      to: { path: ['^server/src/(project|lsp|cli)/', '^client/'] },
    },
    {
      name: 'graph-no-io',
      severity: 'error',
      from: { path: layer('graph'), pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'project-over-engine-only',
      severity: 'error',
      from: { path: layer('project'), pathNot: TESTS },
      to: { path: ['^server/src/(graph|lsp|cli)/', '^client/'] },
    },
    {
      name: 'lsp-not-cli',
      severity: 'error',
      from: { path: layer('lsp'), pathNot: TESTS },
      to: { path: ['^server/src/cli/', '^client/'] },
    },
    {
      name: 'cli-not-lsp',
      comment: 'The command line is a thin layer over the engine, graph and project layers, not over the language server.',
      severity: 'error',
      from: { path: layer('cli'), pathNot: TESTS },
      to: { path: ['^server/src/lsp/', '^client/'] },
    },
    {
      name: 'client-asks-the-server',
      comment: 'The extension imports no server code: it forwards to the language server (custom requests) instead.',
      severity: 'error',
      from: { path: '^client/src/', pathNot: TESTS },
      to: { path: '^server/' },
    },
    {
      name: 'enter-through-index',
      comment: 'Another layer is entered only through its index.ts.',
      severity: 'error',
      from: { path: '^server/src/([^/]+)/', pathNot: TESTS },
      to: { path: '^server/src/[^/]+/', pathNot: ['^server/src/$1/', '^server/src/[^/]+/index\\.ts$'] },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle made only of type imports costs nothing at run time and is allowed.',
      from: { pathNot: TESTS },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], mainFields: ['module', 'main', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
