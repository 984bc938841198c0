/**
 * Real flows for fuzzing, read from ../shared at run time. Several of them come from repositories without a
 * licence: they are test input only and are never copied into this project.
 */
import * as fs from 'fs';
import * as path from 'path';
import { sharedDir } from '../helpers/shared';

export interface CorpusFlow {
  name: string;
  text: string;
}

let cached: CorpusFlow[] | undefined | null = null;

/** The real-flow corpus, or undefined when ../shared is absent (callers skip visibly). */
export function realFlows(): CorpusFlow[] | undefined {
  if (cached !== null) return cached;
  const dir = sharedDir();
  const flows = dir ? path.join(dir, 'corpus', 'real-flows') : undefined;
  if (!flows || !fs.existsSync(flows)) return (cached = undefined);
  cached = fs
    .readdirSync(flows)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: fs.readFileSync(path.join(flows, name), 'utf8') }));
  return cached;
}

export const NO_CORPUS_MESSAGE = 'shared corpus (../shared/corpus/real-flows) not found: corpus fuzzing skipped';

/** Picks a corpus flow by name (fast-check prints the name, not the whole text, when a property fails). */
export function flowByName(corpus: CorpusFlow[]): (name: string) => CorpusFlow {
  const byName = new Map(corpus.map((f) => [f.name, f]));
  return (name) => byName.get(name)!;
}
