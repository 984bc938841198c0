import { afterAll, describe, expect, it } from 'vitest';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { walkDeployerFiles } from './workspaceFiles';

describe('walkDeployerFiles (the --project walk for Terraform and CDK files)', () => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'deployers-'));
  afterAll(() => fs.rmSync(base, { recursive: true, force: true }));

  it('follows a folder link inside the tree, but not one that leads out of it (issue 19.9)', () => {
    const repo = path.join(base, 'repo');
    const outside = path.join(base, 'outside');
    fs.mkdirSync(path.join(repo, 'infra'), { recursive: true });
    fs.mkdirSync(outside);
    fs.writeFileSync(path.join(repo, 'infra', 'main.tf'), 'resource "aws_connect_contact_flow" "a" {}\n');
    fs.writeFileSync(path.join(outside, 'other.tf'), 'resource "aws_connect_contact_flow" "b" {}\n');
    fs.symlinkSync(path.join(repo, 'infra'), path.join(repo, 'again'));
    fs.symlinkSync(outside, path.join(repo, 'escape'));
    const found = walkDeployerFiles(repo).map((f) => path.relative(repo, f));
    // main.tf once (the folder and its link are one folder); other.tf, behind the link out of the tree, never.
    expect(found.filter((f) => f.endsWith('main.tf'))).toHaveLength(1);
    expect(found.filter((f) => f.endsWith('other.tf'))).toEqual([]);
  });
});
