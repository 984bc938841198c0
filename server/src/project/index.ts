/**
 * The project layer: configuration files (.connectflowrc.json), editor settings, globs and, later, flow detection
 * and the workspace index. Reads the file system; knows nothing of the LSP or the command line.
 * The only entry into this layer from outside it.
 */
export { CONFIG_FILE_NAME, MAX_CONFIG_BYTES, MAX_CONFIG_DEPTH, ConfigFiles, anchorGlob, escapeGlob, findConfigFile, isInside, isKnownRuleId, loadConfigFile, mergeSettings, nestingDepth, readConfigValue, repositoryRoot, type ConfigFile } from './config';
export { DEFAULT_SETTINGS, MAX_GLOBS, flowTypeFor, isExcluded, matchesGlob, readSettings, type ServerSettings } from './settings';
export { compileGlob, expandBraces, globProblem, type GlobOptions } from './glob';
export { RUN_TEST_REQUEST, flowByConvention, flowForTest, flowResolver, loadFlow, mightBeTestCase, runTestForEditor, runTestText, testCaseProblems, type RunTestReply, type TestTextRun } from './testFlows';
export * from './embedded';
export { buildTypedModel, decideFlowType, type TypeClaim, type FlowTypeDecision } from './flowTypeDecision';
export { FLOW_TYPE_CONFLICT, flowTypeConflictDiagnostic, flowTypeConflictOffsets } from './flowTypeConflict';
export { MAX_DEPLOYER_SIZE, buildWorkspaceIndex, indexDeployerFile, isDeployerFileName, isWalkedPath, readDeployerFile, walkDeployerFiles } from './workspaceFiles';
export { WorkspaceIndex } from './workspaceIndex';
