import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EditorWorkspaceIndex } from './workspaceTypes';

const tf = (type: string, file: string) => `resource "aws_connect_contact_flow" "f" {\n  type = "${type}"\n  filename = "${file}"\n}\n`;

describe('EditorWorkspaceIndex', () => {
  let dir: string;
  let outside: string;
  beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cf-edidx-')));
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'cf-edidx-out-')));
    fs.mkdirSync(path.join(dir, 'infra'));
    fs.writeFileSync(path.join(dir, 'infra', 'a.tf'), tf('AGENT_WHISPER', '../w.json'));
    fs.writeFileSync(path.join(outside, 'b.tf'), tf('CUSTOMER_HOLD', `${dir}/h.json`));
    try {
      fs.symlinkSync(outside, path.join(dir, 'linked'));
    } catch {
      // no symlinks here: the link part of the test checks nothing
    }
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('indexes the folder, never through a link out of it, and follows changes file by file', async () => {
    const index = new EditorWorkspaceIndex();
    await index.rebuild([dir]);
    expect(index.claimsFor(path.join(dir, 'w.json')).map((c) => c.flowType)).toEqual(['AGENT_WHISPER']);
    expect(index.claimsFor(path.join(dir, 'h.json'))).toEqual([]);
    // A change reported through the link is not read either.
    expect(index.fileChanged(path.join(dir, 'linked', 'b.tf'), false)).toBe(false);
    expect(index.claimsFor(path.join(dir, 'h.json'))).toEqual([]);
    // Outside every folder: ignored.
    expect(index.fileChanged(path.join(outside, 'b.tf'), false)).toBe(false);

    fs.writeFileSync(path.join(dir, 'infra', 'a.tf'), tf('CUSTOMER_HOLD', '../w.json'));
    expect(index.fileChanged(path.join(dir, 'infra', 'a.tf'), false)).toBe(true);
    expect(index.claimsFor(path.join(dir, 'w.json')).map((c) => c.flowType)).toEqual(['CUSTOMER_HOLD']);
    // The folder holding it is deleted: its files are forgotten.
    expect(index.fileChanged(path.join(dir, 'infra'), true)).toBe(true);
    expect(index.claimsFor(path.join(dir, 'w.json'))).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('stops after the file limit', async () => {
    const index = new EditorWorkspaceIndex();
    fs.writeFileSync(path.join(dir, 'z.tf'), tf('AGENT_HOLD', 'z.json'));
    await index.rebuild([dir], 1);
    expect(index.size).toBe(1);
  });
});
