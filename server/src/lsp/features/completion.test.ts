import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { callbackAction, endAction, END_ID, flowText } from '../../../../test/helpers/flow';
import { expandSnippet } from '../../../../test/protocol/editing';
import { buildModel } from '../../engine/model';
import { getCompletions } from './completion';

/**
 * Key completion while a new key is being typed in front of (or between) existing keys with no comma yet. The text is
 * then not valid JSON, and jsonc-parser's tolerant tree skips the entry after the half-typed key (it resynchronises
 * at the next comma), so that entry must not be lost from "already set". `|` marks the cursor.
 */

const QUEUE = 'arn:aws:connect:eu-west-2:111122223333:instance/i/queue/q';

function at(source: string): { text: string; offset: number } {
  const offset = source.indexOf('|');
  if (offset < 0 || source.indexOf('|', offset + 1) >= 0) throw new Error('exactly one cursor mark expected');
  return { text: source.slice(0, offset) + source.slice(offset + 1), offset };
}

function complete(source: string): { text: string; items: CompletionItem[] } {
  const { text, offset } = at(source);
  return { text, items: getCompletions(buildModel(text), offset) };
}

const labels = (items: CompletionItem[]) => [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? '')).map((i) => i.label);

/** The text after accepting `label` with every placeholder left as offered (as VS Code applies the edits). */
function accept(text: string, items: CompletionItem[], label: string): string {
  const item = items.find((i) => i.label === label);
  if (!item) throw new Error(`no item ${label}: ${items.map((i) => i.label).join(', ')}`);
  const main = item.textEdit as TextEdit;
  const edits = [{ range: main.range, newText: item.insertTextFormat === 2 ? expandSnippet(main.newText) : main.newText }, ...(item.additionalTextEdits ?? [])];
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'json', 1, text), edits);
}

/** A callback whose Parameters hold InitialCallDelaySeconds and QueueId (pretty-printed, 2-space indent). */
const base = flowText([callbackAction({ Parameters: { InitialCallDelaySeconds: '5', QueueId: QUEUE } }), endAction]);
const PARAMS_OPEN = '"Parameters": {\n';
const FIRST = '        "InitialCallDelaySeconds": "5",\n';
/** The parameters missing from `base`: required ones first; AgentId excluded since QueueId is set. */
const MISSING = ['MaximumConnectionAttempts', 'RetryDelaySeconds', 'ContactFlowId', 'CallerId'];

describe('parameter keys typed before existing keys (no comma yet)', () => {
  it('at the end of the object (reference behaviour)', () => {
    const { items } = complete(base.replace(`"QueueId": "${QUEUE}"`, `"QueueId": "${QUEUE}",\n        "Ret|`));
    expect(labels(items)).toEqual(MISSING);
  });

  it.each([
    ['a quote and a word', '"Ret|'],
    ['an auto-closed quote', '"Ret|"'],
    ['a bare word', 'Ret|'],
    ['only a quote', '"|'],
  ])('at the top of the object, after %s: only the parameters not set yet', (_name, typed) => {
    const { items } = complete(base.replace(PARAMS_OPEN, `${PARAMS_OPEN}        ${typed}\n`));
    expect(labels(items)).toEqual(MISSING);
  });

  it('in the middle, after a comma and before the next key', () => {
    const { items } = complete(base.replace(FIRST, `${FIRST}        "Ret|\n`));
    expect(labels(items)).toEqual(MISSING);
  });

  it('in the middle, with the comma missing on both sides', () => {
    const source = base.replace(FIRST, `${FIRST.replace(',', '')}        "Ret|\n`);
    const { text, items } = complete(source);
    expect(labels(items)).toEqual(MISSING);
    expect(JSON.parse(accept(text, items, 'RetryDelaySeconds')).Actions[0].Parameters).toEqual({ InitialCallDelaySeconds: '5', RetryDelaySeconds: '600', QueueId: QUEUE });
  });

  it.each([
    ['at the top', (b: string) => b.replace(PARAMS_OPEN, `${PARAMS_OPEN}        "Ret" |\n`)],
    ['at the end', (b: string) => b.replace(`"QueueId": "${QUEUE}"`, `"QueueId": "${QUEUE}",\n        "RetryDelaySeconds" |`)],
  ])('after a whole key with no colon yet (%s): nothing is offered (the next thing to type is the colon)', (_name, edit) => {
    expect(complete(edit(base)).items).toEqual([]);
  });

  it('typing a key that is already set further down still excludes it (AgentId stays out next to QueueId)', () => {
    const { items } = complete(base.replace(PARAMS_OPEN, `${PARAMS_OPEN}        "Ag|\n`));
    expect(labels(items)).not.toContain('AgentId');
    expect(labels(items)).not.toContain('QueueId');
  });

  it('accepting an item at the top adds the comma the next key needs', () => {
    for (const typed of ['"Ret|', '"Ret|"', 'Ret|']) {
      const { text, items } = complete(base.replace(PARAMS_OPEN, `${PARAMS_OPEN}        ${typed}\n`));
      const edited = accept(text, items, 'RetryDelaySeconds');
      expect(edited).toContain(`${PARAMS_OPEN}        "RetryDelaySeconds": "600",\n${FIRST}`);
      expect(JSON.parse(edited).Actions[0].Parameters).toEqual({ RetryDelaySeconds: '600', InitialCallDelaySeconds: '5', QueueId: QUEUE });
    }
  });

  it('accepting an item in the middle adds the comma after it', () => {
    const { text, items } = complete(base.replace(FIRST, `${FIRST}        "Ret|\n`));
    expect(JSON.parse(accept(text, items, 'RetryDelaySeconds')).Actions[0].Parameters).toEqual({ InitialCallDelaySeconds: '5', RetryDelaySeconds: '600', QueueId: QUEUE });
  });

  it('no extra comma when the half-typed key is the last entry', () => {
    const { text, items } = complete(base.replace(`"QueueId": "${QUEUE}"`, `"QueueId": "${QUEUE}",\n        "Ret|`));
    expect(JSON.parse(accept(text, items, 'RetryDelaySeconds')).Actions[0].Parameters).toEqual({ InitialCallDelaySeconds: '5', QueueId: QUEUE, RetryDelaySeconds: '600' });
  });
});

describe('a parameter value typed before the next key (no comma yet)', () => {
  it.each([
    ['nothing typed yet', '"RetryDelaySeconds": |'],
    ['an open quote', '"RetryDelaySeconds": "|'],
    ['an auto-closed quote', '"RetryDelaySeconds": "|"'],
  ])('at the top of Parameters, %s: the value, and the comma after it', (_name, typed) => {
    const { text, items } = complete(base.replace(PARAMS_OPEN, `${PARAMS_OPEN}        ${typed}\n`));
    expect(labels(items)).toEqual(['600']);
    expect(JSON.parse(accept(text, items, '600')).Actions[0].Parameters).toEqual({ RetryDelaySeconds: '600', InitialCallDelaySeconds: '5', QueueId: QUEUE });
  });

  it('between a colon and a value already written: nothing (neither keys nor a second value)', () => {
    const { items } = complete(base.replace('"InitialCallDelaySeconds": "5"', '"InitialCallDelaySeconds": | "5"'));
    expect(items).toEqual([]);
  });
});

describe('action keys and Transitions keys typed before existing keys', () => {
  /** The callback without its Identifier: "Parameters" is then its first key. */
  const noId = flowText([callbackAction({ Identifier: undefined }), endAction]);

  it('action keys at the top of the action: only the missing Identifier', () => {
    const source = noId.replace('{\n      "Parameters": {\n        "InitialCallDelaySeconds"', '{\n      "Ide|\n      "Parameters": {\n        "InitialCallDelaySeconds"');
    const { text, items } = complete(source);
    expect(labels(items)).toEqual(['Identifier']);
    const action = JSON.parse(accept(text, items, 'Identifier')).Actions[0];
    expect(Object.keys(action)).toEqual(['Identifier', 'Parameters', 'Type', 'Transitions']);
    expect(action.Identifier).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('action keys between Parameters and Type: only the missing Identifier', () => {
    const source = noId.replace('\n      "Type": "CreateCallbackContact"', '\n      "Ide|\n      "Type": "CreateCallbackContact"');
    const { items } = complete(source);
    expect(labels(items)).toEqual(['Identifier']);
  });

  it('Transitions keys at the top: only Errors when NextAction and Conditions are set', () => {
    const flow = flowText([callbackAction({ Transitions: { NextAction: END_ID, Conditions: [] } }), endAction]);
    const source = flow.replace(`"Transitions": {\n        "NextAction"`, `"Transitions": {\n        "Err|\n        "NextAction"`);
    const { text, items } = complete(source);
    expect(labels(items)).toEqual(['Errors']);
    expect(JSON.parse(accept(text, items, 'Errors')).Actions[0].Transitions).toEqual({ Errors: [{ NextAction: '', ErrorType: 'NoMatchingError' }], NextAction: END_ID, Conditions: [] });
  });
});

describe('rows that name the target (issue 20 §3)', () => {
  const PROMPT = '3f2a1b2c-0000-4000-8000-000000000001';
  const LAMBDA = '3f2a1b2c-0000-4000-8000-000000000002';
  const flow = JSON.stringify(
    {
      Version: '2019-10-30',
      StartAction: PROMPT,
      Metadata: { ActionMetadata: { 'Hang up': { isFriendlyName: true } } },
      Actions: [
        { Identifier: PROMPT, Type: 'MessageParticipant', Parameters: { Text: 'Thanks for calling' }, Transitions: { NextAction: 'CURSOR' } },
        { Identifier: LAMBDA, Type: 'InvokeLambdaFunction', Parameters: { LambdaFunctionARN: 'arn:aws:lambda:us-east-1:1:function:routeCaller' }, Transitions: { NextAction: 'Hang up', Errors: [{ NextAction: 'Hang up', ErrorType: 'NoMatchingError' }] } },
        { Identifier: 'Hang up', Type: 'DisconnectParticipant', Parameters: {}, Transitions: {} },
      ],
    },
    null,
    2,
  );

  /** VS Code's filter in short: the typed characters appear in order in filterText, the first at a word start. */
  function finds(filterText: string, typed: string): boolean {
    const text = filterText.toLowerCase();
    const t = typed.toLowerCase();
    for (let start = 0; start < text.length; start++) {
      if (text[start] !== t[0] || (start > 0 && /[a-z0-9]/.test(text[start - 1]) && t[0] !== '"')) continue;
      let j = 1;
      for (let k = start + 1; k < text.length && j < t.length; k++) if (text[k] === t[j]) j++;
      if (j === t.length) return true;
    }
    return false;
  }

  it('a NextAction row says what each action is: type and telling parameter, or the designer name', () => {
    const { items } = complete(flow.replace('"CURSOR"', '"|"'));
    const row = (id: string) => items.find((i) => i.label === id)!;
    expect(row(LAMBDA).labelDetails).toEqual({ description: 'InvokeLambdaFunction · routeCaller' });
    expect(row(PROMPT).labelDetails).toEqual({ description: 'MessageParticipant · Thanks for calling' });
    expect(row('Hang up').labelDetails).toEqual({ description: 'DisconnectParticipant' });
    expect(row(LAMBDA).detail).toBe('InvokeLambdaFunction · routeCaller');
  });

  it('typing part of the prompt, the Lambda or the type finds the row; typing the UUID still does', () => {
    const { items } = complete(flow.replace('"CURSOR"', '"|"'));
    const found = (typed: string) => items.filter((i) => finds(i.filterText!, typed)).map((i) => i.label);
    expect(found('"Thanks')).toEqual([PROMPT]);
    expect(found('"route')).toEqual([LAMBDA]);
    expect(found('"Hang up')).toEqual(['Hang up']);
    expect(found('"Lambda')).toEqual([LAMBDA]);
    expect(found('"3f2a1b2c-0000-4000-8000-000000000002')).toEqual([LAMBDA]);
  });

  it('the new-action snippets stay in the list while their first word is typed', () => {
    const between = flowText([callbackAction(), endAction]).replace(/\n {4}\{\n {6}"Parameters": \{\},\n {6}"Identifier": "end/, '\n    New|\n    {\n      "Parameters": {},\n      "Identifier": "end');
    const element = complete(between).items.filter((i) => finds(i.filterText!, 'New')).map((i) => i.label);
    expect(element).toEqual(['New CreateCallbackContact action', 'New action']);
    const inEmpty = flowText([callbackAction(), endAction]).replace(/\n {4}\{\n {6}"Parameters": \{\},\n {6}"Identifier": "end[^}]*\}[^}]*\}/, '\n    { "New| }');
    const key = complete(inEmpty).items.find((i) => i.label === 'New CreateCallbackContact action');
    expect(key && finds(key.filterText!, '"New')).toBe(true);
    expect(key && finds(key.filterText!, '"Callback')).toBe(true);
  });
});
