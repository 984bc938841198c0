/**
 * References between the resources of a CloudFormation template, seen from inside its embedded flows:
 * `${Other.ContactFlowArn}` / `${Other}` in an `Fn::Sub` string, a Sub variable bound to `!GetAtt Other.Arn` or
 * `!Ref Other`, and the `!Ref` / `!GetAtt` parts of an `Fn::Join`.
 * - template-reference-missing (error): an `Fn::Sub` placeholder that names no resource, parameter, variable or
 *   pseudo parameter: CloudFormation rejects the template.
 * - template-reference-kind (error): a flow, module or queue id that points at an Amazon Connect resource of the wrong kind
 *   (InvokeFlowModule to a flow, TransferToFlow to a module or a whisper/hold/queue flow, an event hook to a flow
 *   of another type, a queue id to something that is not a queue).
 */
import { SOURCE, Severity, offsetsOf, type Diagnostic, type FlowType } from '../../engine';
import { isObject } from '../../engine';
import type { LineIndex } from '../../engine';
import type { CheckedEmbeddedFlow } from './check';
import type { TemplateResource, TemplateScan } from './types';

export const REFERENCE_MISSING = 'template-reference-missing';
export const REFERENCE_KIND = 'template-reference-kind';

const QUEUE = 'AWS::Connect::Queue';
const FLOW = 'AWS::Connect::ContactFlow';
const MODULE = 'AWS::Connect::ContactFlowModule';
const PLACEHOLDER = /\$\{([^}!\s][^}]{0,200})\}/g;

/** Event hook → the flow type its flow must have. */
const HOOK_TYPES: Record<string, FlowType> = {
  CustomerQueue: 'CUSTOMER_QUEUE',
  CustomerHold: 'CUSTOMER_HOLD',
  CustomerWhisper: 'CUSTOMER_WHISPER',
  AgentHold: 'AGENT_HOLD',
  AgentWhisper: 'AGENT_WHISPER',
};
/** Flow types a TransferToFlow cannot go to. */
const NOT_TRANSFERABLE = new Set<FlowType>(['CUSTOMER_QUEUE', 'CUSTOMER_HOLD', 'CUSTOMER_WHISPER', 'AGENT_HOLD', 'AGENT_WHISPER', 'OUTBOUND_WHISPER']);
const QUEUE_ACTIONS = new Set(['CreateCallbackContact', 'UpdateContactTargetQueue', 'TransferContactToQueue']);

type Expect = { what: string; ok: (r: TemplateResource) => boolean };

export function referenceDiagnostics(scan: TemplateScan, checked: CheckedEmbeddedFlow, templateLines: LineIndex): Diagnostic[] {
  if (scan.format !== 'cloudformation') return [];
  const { flow, model } = checked;
  const resources = new Map(scan.resources.map((r) => [r.name, r]));
  const parameters = new Set(scan.parameters ?? []);
  const variables = flow.variables ?? {};
  const out: Diagnostic[] = [];
  const at = (start: number, end: number) => {
    const r = flow.map.rangeToTemplate(start, end);
    return { start: templateLines.positionAt(r.start), end: templateLines.positionAt(r.end) };
  };
  const report = (code: string, start: number, end: number, message: string) =>
    out.push({ range: at(start, end), severity: Severity.Error, code, source: SOURCE, message, data: { resource: flow.resource } });

  // Every Fn::Sub placeholder must resolve.
  if (flow.substituted) {
    for (const m of flow.text.matchAll(PLACEHOLDER)) {
      const name = m[1].split('.')[0];
      if (name.startsWith('AWS::') || name in variables || parameters.has(name) || resources.has(name)) continue;
      report(REFERENCE_MISSING, m.index!, m.index! + m[0].length, `\${${m[1]}} names nothing in this template: no resource, parameter or Fn::Sub variable is called "${name}". CloudFormation rejects the template.`);
    }
  }

  // The resource a placeholder points at, through a Sub variable when there is one.
  const target = (placeholder: string): TemplateResource | undefined => {
    const name = placeholder.split('.')[0];
    if (name in variables) {
      const bound = variables[name];
      return bound ? resources.get(bound) : undefined;
    }
    return resources.get(name);
  };
  const check = (path: Array<string | number>, expect: Expect, action: string) => {
    const span = model.spans.get(path);
    const value = path.reduce<unknown>((v, k) => (isObject(v) || Array.isArray(v) ? (v as Record<string, unknown>)[k as string] : undefined), model.rootObject);
    if (!span || typeof value !== 'string') return;
    for (const m of value.matchAll(PLACEHOLDER)) {
      const resource = target(m[1]);
      // Custom resources and other services may well return the right id: only Amazon Connect resources are judged.
      if (!resource || !resource.type.startsWith('AWS::Connect::') || expect.ok(resource)) continue;
      const kind = resource.type === FLOW && resource.declared?.flowType ? `a ${resource.declared.flowType} flow` : resource.type === MODULE ? 'a flow module' : `an ${resource.type}`;
      const { start, end } = offsetsOf(model, path, 'value');
      report(REFERENCE_KIND, start, end, `${action} needs ${expect.what} here, but \${${m[1]}} is resource ${resource.name}, ${kind}.`);
    }
  };

  const isModule: Expect = { what: 'a flow module', ok: (r) => r.type === MODULE };
  const isTransferable: Expect = {
    what: 'a flow that contacts can be transferred to (not a module, whisper, hold or queue flow)',
    ok: (r) => r.type === FLOW && !(r.declared?.flowType && NOT_TRANSFERABLE.has(r.declared.flowType)),
  };
  const isQueue: Expect = { what: 'a queue', ok: (r) => r.type === QUEUE };
  for (const action of model.actions) {
    const params = action.object?.Parameters;
    if (!isObject(params) || !action.type) continue;
    const base = [...action.path, 'Parameters'];
    if (action.type === 'InvokeFlowModule') check([...base, 'FlowModuleId'], isModule, 'InvokeFlowModule');
    if (action.type === 'TransferToFlow') check([...base, 'ContactFlowId'], isTransferable, 'TransferToFlow');
    if (QUEUE_ACTIONS.has(action.type)) check([...base, 'QueueId'], isQueue, action.type);
    if (action.type === 'UpdateContactEventHooks' && isObject(params.EventHooks)) {
      for (const hook of Object.keys(params.EventHooks)) {
        const flowType = HOOK_TYPES[hook];
        if (!flowType) continue;
        check([...base, 'EventHooks', hook], { what: `a ${flowType} flow for the ${hook} event`, ok: (r) => r.type === FLOW && (!r.declared?.flowType || r.declared.flowType === flowType) }, 'UpdateContactEventHooks');
      }
    }
  }
  return out;
}
