import { Severity, DOCUMENTED_RULES, ruleMeta } from '../engine';
import { CONFIG_FILE_NAME } from '../project';
import { SEVERITY_NAMES } from './report';

export interface RuleInfo {
  id: string;
  defaultSeverity: Severity;
  description: string;
  /** Longer help: what the rule checks and how to change its severity. */
  help: string;
  /** The rule's page (docs/rules/<id>.md). */
  url: string;
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
  return DOCUMENTED_RULES.map(ruleMeta).map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, description: r.description, help: helpFor(r.id, r.description, r.defaultSeverity), url: r.url }));
}
