import { Severity, ALL_RULES, SYNTAX_RULE_ID } from '../engine';
import { CONFIG_FILE_NAME } from '../project';
import { FILE_TOO_LARGE } from './check';
import { SEVERITY_NAMES } from './report';

export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  description: string;
  /** Longer help: what the rule checks and how to change its severity. */
  help: string;
}

const SEVERITY_WORDS: Record<Severity, string> = { 1: 'error', 2: 'warn', 3: 'info', 4: 'hint' };

function helpFor(id: string, description: string, severity: Severity): string {
  const lead = description.endsWith('.') ? description : `${description}.`;
  return (
    `${lead} Reported as ${SEVERITY_NAMES[severity] === 'info' ? 'information' : `an ${SEVERITY_NAMES[severity]}`} unless configured otherwise. ` +
    `To change that, set "rules": {"${id}": "off"} (or "info", "warn", "error") in ${CONFIG_FILE_NAME}, ` +
    `the connectFlow.rules setting in the editor, or pass --rule ${id}=${SEVERITY_WORDS[severity] === 'error' ? 'warn' : 'error'} on the command line.`
  );
}

/** Every id the CLI can report, with its metadata: the engine's rules plus JSON syntax errors and oversized files. */
export function ruleInfos(): RuleInfo[] {
  const base = [
    { id: SYNTAX_RULE_ID, defaultSeverity: Severity.Error, description: 'The file must be plain JSON: no comments, no trailing commas, nothing after the top-level value.' },
    ...ALL_RULES.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, description: r.description })),
    { id: FILE_TOO_LARGE, defaultSeverity: Severity.Information, description: 'Files above the size limit are not checked.' },
  ];
  return base.map((r) => ({ ...r, help: helpFor(r.id, r.description, r.defaultSeverity) }));
}
