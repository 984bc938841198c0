/**
 * The project layer: configuration files (.connectflowrc.json), editor settings, globs and, later, flow detection
 * and the workspace index. Reads the file system; knows nothing of the LSP or the command line.
 * The only entry into this layer from outside it.
 */
export { CONFIG_FILE_NAME, ConfigFiles, anchorGlob, escapeGlob, findConfigFile, isKnownRuleId, loadConfigFile, mergeSettings, readConfigValue, type ConfigFile } from './config';
export { DEFAULT_SETTINGS, flowTypeFor, matchesGlob, readSettings, type ServerSettings } from './settings';
export { compileGlob, expandBraces, type GlobOptions } from './glob';
