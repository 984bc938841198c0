// Bundles the extension client, the language server, the pure engine and the CLI into dist/.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  // Development: maps inline. Production: maps in .map files beside the bundles (the .vsix leaves them out, see
  // .vscodeignore). The extension's bundles get no sourceMappingURL comment (their maps are not shipped); the bundles
  // of the npm package (packages/cli) point to the maps it ships.
  sourcemap: production ? 'external' : 'inline',
  sourcesContent: !production,
  minify: production,
  logLevel: 'warning',
  // jsonc-parser's UMD build hides its requires from the bundler; its ESM build bundles cleanly.
  mainFields: ['module', 'main'],
};

const npm = production ? { sourcemap: 'linked' } : {};

const builds = [
  // The extension's entry stays small; the language client is its own file, loaded once a flow is open.
  { entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode', './client-lsp.js'] },
  { entryPoints: ['client/src/lsp.ts'], outfile: 'dist/client-lsp.js', external: ['vscode'] },
  { entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/server.js' },
  // The npm package (packages/cli, `npm run build:npm-package`): the engine, the Node API and the CLI.
  { entryPoints: ['server/src/engine/index.ts'], outfile: 'dist/engine.js', ...npm },
  { entryPoints: ['server/src/cli/api.ts'], outfile: 'dist/api.js', ...npm },
  { entryPoints: ['server/src/cli/bin.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' }, ...npm },
  // The CLI proper, which dist/cli.js loads through V8's code cache (see server/src/cli/bin.ts).
  { entryPoints: ['server/src/cli/entry.ts'], outfile: 'dist/cli-main.js', ...npm },
];

if (watch) {
  for (const b of builds) await (await esbuild.context({ ...common, ...b })).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build({ ...common, ...b })));
}
