/** The workspace both hosts open: the examples plus the e2e fixtures, copied so tests never touch the originals. */
import * as fs from 'fs';
import * as path from 'path';
import { REPO } from './paths';

const SOURCES = [path.join(REPO, 'examples'), path.join(REPO, 'e2e', 'fixtures')];

export function prepareWorkspace(dir: string): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const source of SOURCES) {
    for (const name of fs.readdirSync(source)) {
      if (name.endsWith('.json')) fs.copyFileSync(path.join(source, name), path.join(dir, name));
    }
  }
  return dir;
}

/** Text of a workspace fixture as the tests first see it. */
export function fixtureText(name: string): string {
  for (const source of SOURCES) {
    const file = path.join(source, name);
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  }
  throw new Error(`no fixture named ${name}`);
}
