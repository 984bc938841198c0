import * as fs from 'fs';
import * as path from 'path';
import { buildModel, classify } from './engine/model';
import { validateModel } from './engine/validate';
import { Severity, type Diagnostic } from './engine/diagnostic';

/** A small command-line checker on the engine: `connect-flow-lint [--flow-type T] FILE|DIR ...`. */
const SEVERITY_WORD: Record<number, string> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

function collect(target: string, out: string[]): void {
  const stat = fs.statSync(target);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(target).sort()) {
      if (name === 'node_modules' || name.startsWith('.')) continue;
      const p = path.join(target, name);
      if (fs.statSync(p).isDirectory() || name.endsWith('.json')) collect(p, out);
    }
  } else out.push(target);
}

function main(argv: string[]): number {
  let flowType: string | undefined;
  let exitZero = false;
  const targets: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--flow-type') flowType = argv[++i];
    else if (argv[i] === '--exit-zero') exitZero = true;
    else targets.push(argv[i]);
  }
  if (targets.length === 0) {
    process.stderr.write('usage: connect-flow-lint [--flow-type TYPE] FILE|DIR ...\n');
    return 2;
  }
  const files: string[] = [];
  try {
    for (const t of targets) collect(t, files);
  } catch (error) {
    process.stderr.write(`connect-flow-lint: ${(error as Error).message}\n`);
    return 2;
  }
  const totals = { 1: 0, 2: 0, 3: 0, 4: 0 } as Record<number, number>;
  let checked = 0;
  let skipped = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const model = buildModel(text, { flowType });
    if (classify(model.root) === 'other' && !file.endsWith('.flow.json')) {
      skipped++;
      continue;
    }
    checked++;
    const diagnostics: Diagnostic[] = validateModel(model).sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
    );
    if (diagnostics.length === 0) continue;
    process.stdout.write(`\n${file}\n`);
    for (const d of diagnostics) {
      totals[d.severity]++;
      const pos = `${d.range.start.line + 1}:${d.range.start.character + 1}`;
      process.stdout.write(`  ${pos.padEnd(8)} ${SEVERITY_WORD[d.severity].padEnd(8)} ${d.message}  ${d.code}\n`);
    }
  }
  process.stdout.write(
    `\n${checked} flow file(s) checked, ${skipped} other JSON file(s) skipped: ${totals[Severity.Error]} error(s), ${totals[Severity.Warning]} warning(s), ${totals[Severity.Information]} info.\n`,
  );
  return totals[Severity.Error] > 0 && !exitZero ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
