// Builds the npm package `connect-flow-lint` in packages/cli from the production bundles in dist/ (run
// `npm run build` first; `npm run build:npm-package` does both): the CLI (cli.js, cli-main.js), the Node API
// (api.js), the engine (engine.js), their source maps, and type declarations. The extension's .vsix is not affected.
// Publish with `npm publish packages/cli`. `--out <dir>`: build a copy there instead (tests), packages/cli untouched.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.join(root, 'packages', 'cli');
const outAt = process.argv.indexOf('--out');
const target = outAt > 0 ? path.resolve(process.argv[outAt + 1]) : source;
/** The bundles the package ships, each with its map. */
const BUNDLES = ['cli.js', 'cli-main.js', 'api.js', 'engine.js'];

const pkg = JSON.parse(fs.readFileSync(path.join(source, 'package.json'), 'utf8'));
const extension = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
if (pkg.version !== extension.version) {
  console.error(`packages/cli/package.json has version ${pkg.version}, the extension ${extension.version}: make them equal.`);
  process.exit(1);
}

fs.rmSync(path.join(target, 'dist'), { recursive: true, force: true });
fs.rmSync(path.join(target, 'types'), { recursive: true, force: true });
fs.mkdirSync(path.join(target, 'dist'), { recursive: true });
if (target !== source) for (const name of ['package.json', 'README.md']) fs.copyFileSync(path.join(source, name), path.join(target, name));
for (const file of BUNDLES) {
  for (const name of [file, `${file}.map`]) {
    const from = path.join(root, 'dist', name);
    if (!fs.existsSync(from)) {
      console.error(`dist/${name} is missing: run \`npm run build\` (a production build) first.`);
      process.exit(1);
    }
    fs.copyFileSync(from, path.join(target, 'dist', name));
  }
}
fs.chmodSync(path.join(target, 'dist', 'cli.js'), 0o755);
fs.copyFileSync(path.join(root, 'LICENSE'), path.join(target, 'LICENSE'));
// Type declarations of the Node API and the engine (types/cli/api.d.ts, types/engine/index.d.ts and what they use).
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
execFileSync(process.execPath, [tsc, '-p', path.join(source, 'tsconfig.types.json'), '--outDir', path.join(target, 'types')], { stdio: 'inherit' });
console.log(`${path.relative(root, target) || target}: connect-flow-lint ${pkg.version} built (npm pack it to see what it holds).`);
