import * as fs from 'fs';
import * as path from 'path';

/**
 * `../shared` beside the project (or the folder named by CONNECT_FLOW_SHARED, for a git worktree that lives
 * elsewhere), or undefined when absent (a user's clone): tests that need it skip visibly.
 */
export function sharedDir(): string | undefined {
  const env = process.env.CONNECT_FLOW_SHARED ?? process.env.CONNECT_FLOW_SHARED_DIR;
  const dir = env ? path.resolve(env) : path.resolve(__dirname, '../../../shared');
  return fs.existsSync(path.join(dir, 'corpus')) ? dir : undefined;
}
