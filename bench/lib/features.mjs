// Bundles the completion and hover functions (server/src/lsp/features) with the engine they run on, so that the
// benchmark can call them directly on a model, without a connection in between.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/** Returns { buildModel, validateModel, getCompletions?, getHover? } and a note on what is missing. */
export async function loadFeatures(root) {
  const completion = join(root, 'server/src/lsp/features/completion.ts');
  const hover = join(root, 'server/src/lsp/features/hover.ts');
  const lines = ["export { buildModel } from './server/src/engine/model';", "export { validateModel } from './server/src/engine/validate';"];
  if (existsSync(completion)) lines.push("export * as completion from './server/src/lsp/features/completion';");
  if (existsSync(hover)) lines.push("export * as hover from './server/src/lsp/features/hover';");
  const outDir = join(root, 'node_modules/.cache/connect-flow-bench');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'features.cjs');
  const esbuild = require('esbuild');
  await esbuild.build({
    stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts', sourcefile: 'bench-features.ts' },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    // BENCH_NO_MINIFY=1 keeps function names readable for node --cpu-prof.
    minify: !process.env.BENCH_NO_MINIFY,
    mainFields: ['module', 'main'],
    logLevel: 'error',
  });
  delete require.cache[outfile];
  const bundle = require(outfile);
  const notes = [];
  const getCompletions = bundle.completion?.getCompletions;
  const getHover = bundle.hover?.getHover;
  if (typeof getCompletions !== 'function') notes.push('getCompletions(model, offset) not found in server/src/lsp/features/completion.ts');
  if (typeof getHover !== 'function') notes.push('getHover(model, offset) not found in server/src/lsp/features/hover.ts');
  return { buildModel: bundle.buildModel, validateModel: bundle.validateModel, getCompletions, getHover, notes };
}
