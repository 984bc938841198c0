import { CONFIG_FILE_NAME } from '../project';
import { SEVERITY_NAMES } from './report';
import { ruleInfos } from './ruleInfo';

export const HELP = `Usage: connect-flow-lint [options] <file|directory|glob> ...

Checks Amazon Connect flow files (exported flow language, Version 2019-10-30) with the same
rules as the editor extension. A directory means every *.json file below it (node_modules and
dot-folders are skipped); quote globs so that the shell does not expand them: 'flows/**/*.json'.
JSON files that are not flows are skipped and counted; *.flow.json files are always checked.

Options:
  --flow-type <type>        Flow type for files whose Metadata has none (contactFlow,
                            customerQueue, customerHold, agentWhisper, ...)
  --project <dir>           Also look in this folder for Terraform and CDK code that deploys
                            the flows checked (their declared type is used)
  --rule <id>=<severity>    Set a rule's severity: off, info, warn or error (repeatable,
                            or comma-separated: --rule a=off,b=error)
  --max-warnings <n>        Fail (exit 1) when there are more than n warnings
  -q, --quiet               Report errors only
  -f, --format <name>       stylish (default), json or sarif
  -o, --output <file>       Write the report to a file instead of standard output
  --fix                     Apply the safe quick fixes in place (never to files with JSON
                            syntax errors) and report what changed
  -c, --config <file>       Use this configuration file instead of looking for ${CONFIG_FILE_NAME}
  --no-config               Use no configuration file
  --no-error-on-unmatched-pattern
                            Do not fail on a glob without match or a directory without flows
  --exit-zero               Exit 0 even when errors are found (usage and I/O errors still exit 2)
  -j, --jobs <n>            Threads to check with, this one included (default: from the
                            number of files and cores; 1: no worker threads)
  --color, --no-color       Force or suppress colours (default: colour on a terminal)
  --stats                   Print timings and file counts on standard error
  --list-rules              Print every rule id with its default severity and description
  -v, --version             Print the version
  -h, --help                Print this help

Configuration: the nearest ${CONFIG_FILE_NAME} found walking up from each file's folder, e.g.
  { "rules": { "param-soft-minimum": "off" }, "flowType": "contactFlow",
    "flowTypes": { "hold/**/*.json": "customerHold" }, "exclude": ["legacy/**"] }
Command-line options win over the file. Relative globs in it are relative to its folder.

Diagrams: connect-flow-lint graph <file> draws a flow (connect-flow-lint graph --help).
Changes: connect-flow-lint diff <old> <new> (or --git <rev>) shows what a change does to a flow
(connect-flow-lint diff --help).
Tests: connect-flow-lint test <test files> runs testing-language test cases offline (connect-flow-lint test --help).

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors found or too many
warnings, 2 usage error, unreadable file, invalid configuration, or nothing to check.
`;

export function listRules(): string {
  const infos = ruleInfos();
  const width = Math.max(...infos.map((r) => r.id.length));
  return infos.map((r) => `${r.id.padEnd(width)}  ${SEVERITY_NAMES[r.defaultSeverity].padEnd(7)}  ${r.description}`).join('\n') + '\n';
}
