/**
 * The command-line layer (connect-flow-lint) over the engine, graph and project layers; never imports the LSP layer.
 * The only entry into this layer from outside it (the process entries are bin.ts and entry.ts).
 */
export { runCli, toolVersion, TOOL_NAME, EXIT, type CliIo } from './main';
export { runGraph, type GraphIo } from './graph';
export { checkFile, checkText, type FileTask, type FileResult, type CliDiagnostic } from './check';
export { lintFiles, LintSetupError, type LintOptions, type LintResult } from './lint';
