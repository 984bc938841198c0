/**
 * CDK code (TypeScript, JavaScript, Python) that deploys flow files: `new CfnContactFlow(scope, id, { type,
 * content: fs.readFileSync(path.join(__dirname, 'flows', 'x.json'), 'utf8') })` and
 * `CfnContactFlow(self, id, type=..., content=open('flows/x.json').read())`. The file read gets the construct's type
 * (and module-ness for CfnContactFlowModule). Inline `JSON.stringify({...})` content is not followed.
 * A lexical locator: it knows string literals and comments, enough to find the constructor's arguments.
 */
import { normalizeFlowType } from '../../engine';
import type { DeclaredType, FlowFileReference, TemplateScan } from './types';

const CONSTRUCT = /\bCfnContactFlow(Module)?\s*\(/g;
const READERS = /\b(?:readFileSync|readFile|open|read_text|Path)\s*\(/;
const NOT_PATH = new Set(['utf8', 'utf-8', 'r', 'rb', 'ascii', 'latin1']);

export function mightHoldCdkFlows(text: string): boolean {
  return text.includes('CfnContactFlow');
}

/** Offset after the bracket opening at i, skipping strings and comments (JS and Python). */
function closeOf(text: string, i: number, python: boolean): number {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const c = text[j];
    if (c === '"' || c === "'" || c === '`') {
      j = stringEnd(text, j);
      continue;
    }
    if ((python && c === '#') || (!python && c === '/' && text[j + 1] === '/')) {
      const e = text.indexOf('\n', j);
      j = e < 0 ? text.length : e;
      continue;
    }
    if (!python && c === '/' && text[j + 1] === '*') {
      const e = text.indexOf('*/', j + 2);
      j = e < 0 ? text.length : e + 2;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) return j + 1;
    }
    j++;
  }
  return text.length;
}

function stringEnd(text: string, i: number): number {
  const q = text[i];
  const triple = (q === '"' || q === "'") && text[i + 1] === q && text[i + 2] === q;
  if (triple) {
    const e = text.indexOf(q.repeat(3), i + 3);
    return e < 0 ? text.length : e + 3;
  }
  let j = i + 1;
  while (j < text.length) {
    const c = text[j];
    if (c === '\\') j += 2;
    else if (c === q) return j + 1;
    else if (c === '\n' && q !== '`') return j;
    else j++;
  }
  return j;
}

/** The end of the argument/property value starting at i: the next `,` or closing bracket at depth 0. */
function valueEnd(text: string, i: number, limit: number, python: boolean): number {
  let j = i;
  while (j < limit) {
    const c = text[j];
    if (c === ',' || c === ')' || c === '}' || c === ']') break;
    if (c === '"' || c === "'" || c === '`') j = stringEnd(text, j);
    else if (c === '(' || c === '[' || c === '{') j = closeOf(text, j, python);
    else j++;
  }
  return j;
}

export function scanCdk(text: string, fileName: string): TemplateScan | undefined {
  if (!mightHoldCdkFlows(text)) return undefined;
  const python = fileName.toLowerCase().endsWith('.py');
  const scan: TemplateScan = { format: 'cdk', flows: [], references: [], resources: [] };
  CONSTRUCT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CONSTRUCT.exec(text))) {
    const module = !!m[1];
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(lineStart, m.index);
    if (python ? before.includes('#') : /\/\/|^\s*\*/.test(before)) continue; // commented out
    const open = m.index + m[0].length - 1;
    const close = closeOf(text, open, python);
    const args = text.slice(open, close);
    const id = /^\(\s*[^,]+,\s*(['"`])([^'"`]*)\1/.exec(args)?.[2] ?? `${m[0].replace(/\s*\($/, '')}@${m.index}`;
    scan.resources.push({ name: id, type: module ? 'CfnContactFlowModule' : 'CfnContactFlow', start: m.index, end: open });
    const content = /\bcontent\s*[:=]\s*/.exec(args);
    if (!content) continue;
    const start = open + content.index + content[0].length;
    const end = valueEnd(text, start, close, python);
    const expression = text.slice(start, end);
    if (!READERS.test(expression)) continue;
    const parts: string[] = [];
    let firstString = -1;
    let lastString = -1;
    for (const s of expression.matchAll(/(['"])((?:[^'"\\\n]|\\.)*)\1/g)) {
      if (NOT_PATH.has(s[2].toLowerCase())) continue;
      parts.push(s[2]);
      if (firstString < 0) firstString = start + s.index!;
      lastString = start + s.index! + s[0].length;
    }
    if (parts.length === 0 || parts.some((p) => p.includes('${'))) continue;
    const relativePath = parts.join('/').replace(/\/{2,}/g, '/').replace(/^\.\//, '');
    scan.references.push({
      format: 'cdk',
      resource: id,
      path: relativePath,
      declared: declared(args, module, id, python),
      start: firstString,
      end: lastString,
      base: /__dirname|__file__/.test(expression) ? 'file' : 'project',
    } satisfies FlowFileReference);
  }
  return scan;
}

function declared(args: string, module: boolean, id: string, python: boolean): DeclaredType {
  if (module) return { flowType: undefined, module: true, origin: `construct ${id} is a CfnContactFlowModule` };
  const type = (python ? /\btype\s*=\s*(['"])([^'"]*)\1/ : /\btype\s*:\s*(['"`])([^'"`]*)\1/).exec(args);
  if (!type) return { flowType: undefined, module: false, origin: `type of construct ${id} is not a string literal` };
  const flowType = normalizeFlowType(type[2]);
  return flowType
    ? { flowType, module: false, origin: `type ${type[2]} of construct ${id}` }
    : { flowType: undefined, module: false, origin: `type "${type[2]}" of construct ${id} is not a flow type` };
}
