import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { Severity } from '../../server/src/engine';
import { checkTemplate, scanTemplate } from '../../server/src/project/embedded';
import { sharedDir } from '../helpers/shared';
import { assertBuilt, runCli } from '../cli/run';

/**
 * Real templates and code with embedded flows, read from ../shared/corpus/templates (several have no licence: never
 * copied into the project). Every flow resource is found, and none gets an error except documented defects.
 */
const shared = sharedDir() ?? (process.env.CONNECT_FLOW_SHARED && fs.existsSync(process.env.CONNECT_FLOW_SHARED) ? process.env.CONNECT_FLOW_SHARED : undefined);
const corpus = shared && path.join(shared, 'corpus', 'templates');

/** ../shared/spec/catalog-audit.md FP-2: UpdateContactEventHooks with only EventHooksConfiguration (a catalogue defect). */
// No real template has an error any more: the two starter-kit templates' UpdateContactEventHooks with only
// EventHooksConfiguration (catalog-audit FP-2) is what the console writes, and is accepted since issue 14.
const DOCUMENTED_DEFECTS: Record<string, string[]> = {};

/**
 * Flow resources counted independently of the scanners: CloudFormation `Type: AWS::Connect::ContactFlow(Module)`,
 * Terraform `resource "aws_connect_contact_flow(_module)"` blocks that are not commented out.
 */
function expectedFlowCount(text: string): number {
  const cloudFormation = text.match(/["']?Type["']?\s*:\s*["']?AWS::Connect::ContactFlow(?:Module)?["'\s,]/g) ?? [];
  const terraform = text.match(/^\s*resource\s+"aws_connect_contact_flow(?:_module)?"/gm) ?? [];
  return cloudFormation.length + terraform.length;
}

describe.skipIf(!corpus)('real templates (../shared/corpus/templates)', () => {
  if (!corpus) return;
  const files = fs.readdirSync(corpus).filter((f) => !f.endsWith('.md') && f !== 'sources.json').sort();
  const counts: string[] = [];

  it.each(files)('%s: every embedded flow found, no error except documented defects', (file) => {
    const text = fs.readFileSync(path.join(corpus, file), 'utf8');
    const scan = scanTemplate(text, file);
    const flows = scan?.flows ?? [];
    counts.push(`${String(flows.length).padStart(3)} ${file}`);
    expect(flows.length).toBe(expectedFlowCount(text));
    for (const flow of flows) expect(flow.exact).toBe(true);
    const errors = (scan ? checkTemplate(text, scan) : [])
      .flatMap((c) => c.diagnostics.map((d) => ({ c, d })))
      .filter(({ d }) => d.severity === Severity.Error)
      .map(({ c, d }) => `${c.flow.resource} ${d.code} ${d.message}`);
    const allowed = DOCUMENTED_DEFECTS[file] ?? [];
    expect(errors.filter((e) => !allowed.some((a) => e.startsWith(a)))).toEqual([]);
    if (allowed.length) expect(errors.length).toBeGreaterThan(0);
  });

  it('the CLI on the folder: every template listed with its flows, errors only the documented ones', () => {
    assertBuilt();
    const run = runCli(['--format', 'json', '--exit-zero', corpus], corpus);
    const report = JSON.parse(run.stdout) as { files: Array<{ path: string; embeddedFlows?: unknown[]; diagnostics: Array<{ ruleId: string; severity: string; resource?: string; message: string }> }> };
    // By file name: ../shared may be a symbolic link, and the CLI shows paths from the real working directory.
    const listed = report.files.filter((f) => f.embeddedFlows).map((f) => `${f.embeddedFlows!.length} ${path.basename(f.path)}`);
    console.log(`CLI over ${corpus}:\n${listed.join('\n')}`);
    const expected = files.filter((f) => /\.(ya?ml|template|json|tf)$/.test(f)).map((f) => [f, expectedFlowCount(fs.readFileSync(path.join(corpus, f), 'utf8'))] as const).filter(([, n]) => n > 0);
    expect(listed.sort()).toEqual(expected.map(([f, n]) => `${n} ${f}`).sort());
    for (const file of report.files) {
      const errors = file.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.resource} ${d.ruleId} ${d.message}`);
      const allowed = DOCUMENTED_DEFECTS[path.basename(file.path)] ?? [];
      expect(errors.filter((e) => !allowed.some((a) => e.startsWith(a)))).toEqual([]);
    }
  });

  it('prints the count of embedded flows per file', () => {
    console.log(`embedded flows per file:\n${counts.join('\n')}`);
    expect(counts.length).toBe(files.length);
  });
});

describe.runIf(!corpus)('real templates', () => {
  it.skip('SKIPPED: ../shared/corpus is absent (set CONNECT_FLOW_SHARED to its folder to run these here)', () => {});
});
