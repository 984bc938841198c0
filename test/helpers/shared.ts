import * as fs from 'fs';
import * as path from 'path';

/** `../shared` beside the project, or undefined when absent (a user's clone): tests that need it skip visibly. */
export function sharedDir(): string | undefined {
  const dir = process.env.CONNECT_FLOW_SHARED_DIR ?? path.resolve(__dirname, '../../../shared');
  return fs.existsSync(path.join(dir, 'corpus')) ? dir : undefined;
}
