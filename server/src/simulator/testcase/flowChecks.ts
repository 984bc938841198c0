import { isObject, type FlowModel, type JsonObject } from '../../engine';
import { contains } from '../simulation';
import type { Json } from '../state';
import { normalize, sameResource, similar } from './match';
import type { Observation, Path, TestCase } from './model';

/** Problems a test case has against the flow it tests: observations that can never match, mocks never used. */
export interface FlowCheckReporter {
  (path: Path, message: string): void;
}

const REFERENCE = /\$(?:\.[A-Za-z_]|\[['"0-9])/;
const isDynamic = (value: unknown) => REFERENCE.test(typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

interface Prompt {
  kind: 'text' | 'ssml' | 'promptId';
  value: string;
}

function promptsOf(flow: FlowModel): Prompt[] {
  const out: Prompt[] = [];
  const add = (source: JsonObject) => {
    if (typeof source.Text === 'string') out.push({ kind: 'text', value: source.Text });
    if (typeof source.SSML === 'string') out.push({ kind: 'ssml', value: source.SSML });
    if (typeof source.PromptId === 'string') out.push({ kind: 'promptId', value: source.PromptId });
  };
  for (const a of flow.actions) {
    const p = a.object?.Parameters;
    if (!isObject(p)) continue;
    add(p);
    if (Array.isArray(p.Messages)) for (const m of p.Messages) if (isObject(m)) add(m);
  }
  return out;
}

/** Whether a prompt of the flow could produce the expected text. A prompt with references could say many things. */
function couldSay(prompt: Prompt, expected: string, inclusion: boolean): boolean {
  if (!isDynamic(prompt.value)) {
    const said = prompt.value;
    return inclusion ? normalize(said).includes(normalize(expected)) : similar(expected, said);
  }
  const fixed = normalize(prompt.value.replace(/\$(?:\.[A-Za-z0-9_-]+|\['[^']*'\]|\["[^"]*"\]|\[[0-9]+\])+/g, ' '));
  if (fixed === '') return true;
  const words = new Set(normalize(expected).split(' '));
  return fixed.split(' ').some((w) => words.has(w));
}

export function checkAgainstFlow(testCase: TestCase, flow: FlowModel, report: FlowCheckReporter): void {
  const prompts = promptsOf(flow);
  const actionsOf = (type: string) => flow.actions.filter((a) => a.type === type);
  const paramsOf = (type: string) => actionsOf(type).map((a) => (isObject(a.object?.Parameters) ? (a.object!.Parameters as JsonObject) : {}));
  const queueIds = paramsOf('UpdateContactTargetQueue').map((p) => p.QueueId);
  const anyMatches = (type: string, expected: Record<string, Json>) =>
    paramsOf(type).some((p) => {
      if (isDynamic(p) || contains(p as Json, expected as Json)) return true;
      // A queue transfer without a QueueId goes to the working queue, which UpdateContactTargetQueue sets.
      if ((type === 'TransferContactToQueue' || type === 'DequeueContactAndTransferToQueue') && p.QueueId === undefined) {
        return queueIds.some((q) => isDynamic(q) || contains({ ...p, QueueId: q } as Json, expected as Json));
      }
      return false;
    });

  for (const o of testCase.observations) {
    checkEvent(o, prompts, actionsOf, anyMatches, report);
    for (const a of o.actions) {
      if (a.kind !== 'OverrideSystemBehavior') continue;
      const where = [...a.path, 'Parameters', 'Behavior', 'Properties'];
      if (actionsOf(a.actionType).length === 0) report([...where, 'ActionType'], `The flow has no ${a.actionType} action: this override is never used.`);
      else if (!anyMatches(a.actionType, a.match)) {
        const resource = Object.values(a.match).find((v) => typeof v === 'string');
        report([...where, 'ActionParameters'], `No ${a.actionType} action of the flow has these parameters${typeof resource === 'string' ? ` (the flow never uses ${resource})` : ''}: this override is never used.`);
      }
    }
  }
}

function checkEvent(
  o: Observation,
  prompts: Prompt[],
  actionsOf: (type: string) => unknown[],
  anyMatches: (type: string, expected: Record<string, Json>) => boolean,
  report: FlowCheckReporter,
): void {
  const e = o.event;
  const where = [...o.path, 'Event', 'Properties'];
  if (e.type === 'FlowActionStarted') {
    if (actionsOf(e.actionType).length === 0) report([...where, 'ActionType'], `The flow has no ${e.actionType} action: this observation can never match.`);
    else if (Object.keys(e.actionParameters).length > 0 && !anyMatches(e.actionType, e.actionParameters)) report([...where, 'ActionParameters'], `No ${e.actionType} action of the flow has these parameters: this observation can never match.`);
    return;
  }
  if (e.type !== 'MessageReceived') return;
  if (e.promptId !== undefined) {
    const ok = prompts.some((p) => p.kind === 'promptId' && (isDynamic(p.value) || sameResource(e.promptId!, p.value)));
    if (!ok) report([...where, 'PromptId'], `No prompt of the flow plays ${e.promptId}: this observation can never match.`);
    return;
  }
  const expected = e.text ?? e.ssml;
  if (expected === undefined) return;
  const ok = prompts.some((p) => p.kind !== 'promptId' && couldSay(p, expected, e.criteria === 'Inclusion'));
  if (!ok) report([...where, e.text !== undefined ? 'Text' : 'SSML'], `No prompt of the flow says "${expected}"${e.criteria === 'Inclusion' ? '' : ' or anything like it'}: this observation can never match.`);
}
