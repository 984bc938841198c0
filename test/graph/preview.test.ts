import { describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as path from 'path';
import { buildModel } from '../../server/src/engine/model';
import { actionAtOffset, actionSelection } from '../../server/src/graph';
import { annotate, buildSnapshot } from '../../server/src/graph/snapshot';
import { isFromWebview } from '../../client/src/preview/messages';

/** The preview's pure parts: problems to blocks, cursor to block, block to selection, the message guard. */
const TEXT = fs.readFileSync(path.resolve(__dirname, '../../examples/callback-mistakes.flow.json'), 'utf8');
const at = (needle: string) => TEXT.indexOf(needle);

describe('preview snapshot', () => {
  it('puts each problem on the block whose text holds it, worst severity first', () => {
    const model = buildModel(TEXT);
    const notes = annotate(model, [
      { offset: at('"RetryDelaySeconds": "10 minutes"'), severity: 2, message: 'not a number' },
      { offset: at('"InitialCallDelaySeconds": 300000'), severity: 1, message: 'out of range' },
      { offset: at('"Hangup"'), severity: 1, message: 'no such action' },
      { offset: at('"StartAction"'), severity: 3, message: 'outside every action' },
    ]);
    expect([...notes.entries()]).toEqual([
      ['a0', { severity: 1, messages: ['not a number', 'out of range'] }],
      ['a1', { severity: 1, messages: ['no such action'] }],
    ]);
  });

  it('says in the status line what the picture holds', () => {
    const snapshot = buildSnapshot(TEXT, [{ offset: at('"StartAction"'), severity: 2, message: 'x' }])!;
    expect(snapshot.status).toBe('3 actions · 4 transitions · 1 arrow to missing actions · 1 problem outside the actions · designer positions');
    expect(buildSnapshot('{"not": "a flow"}', [])).toBeUndefined();
  });

  it('finds the action under the cursor and what to select for a block, in valid and broken text', () => {
    const model = buildModel(TEXT);
    expect(actionAtOffset(model, at('"Type": "DisconnectParticipant"'))).toBe(2);
    expect(actionAtOffset(model, at('"Metadata"'))).toBeUndefined();
    const span = actionSelection(model, 1)!;
    expect(TEXT.slice(span.start, span.end)).toBe('"Callback with delay from attribute"');
    // A trailing comma and a missing bracket: the tolerant parser still locates the actions.
    const broken = TEXT.replace('"Parameters": {},', '"Parameters": {},,').slice(0, -3);
    const brokenModel = buildModel(broken);
    expect(actionAtOffset(brokenModel, broken.indexOf('"Type": "DisconnectParticipant"'))).toBe(2);
    const brokenSpan = actionSelection(brokenModel, 2)!;
    expect(broken.slice(brokenSpan.start, brokenSpan.end)).toBe('"Hang up"');
  });

  it('accepts only the messages the page may send', () => {
    expect(isFromWebview({ type: 'select', index: 2 })).toBe(true);
    expect(isFromWebview({ type: 'ready' })).toBe(true);
    expect(isFromWebview({ type: 'rendered', blocks: 3 })).toBe(true);
    expect(isFromWebview({ type: 'simulate' })).toBe(true);
    for (const bad of [null, 'select', { type: 'select' }, { type: 'select', index: -1 }, { type: 'select', index: 1.5 }, { type: 'select', index: '1' }, { type: 'run', command: 'x' }, { type: 'rendered' }]) {
      expect(isFromWebview(bad)).toBe(false);
    }
  });
});
