// A light lint: ESLint's and typescript-eslint's recommended rules, without type-aware rules so it stays fast.
// The layer rules are dependency-cruiser's (.dependency-cruiser.cjs); `npm run lint` runs both.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_GLOBALS = Object.fromEntries(
  ['process', 'console', '__dirname', 'require', 'module', 'exports', 'global', 'Buffer', 'URL', 'performance', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'structuredClone', 'TextEncoder', 'TextDecoder'].map((name) => [name, 'readonly']),
);

export default tseslint.config(
  { ignores: ['dist/**', 'packages/*/dist/**', 'packages/*/types/**', 'out/**', 'node_modules/**', '.e2e/**', 'test-results/**', 'media/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: NODE_GLOBALS },
    rules: {
      // Lazy require()s are deliberate: the CLI starts its workers before it loads the checker (see cli/entry.ts).
      '@typescript-eslint/no-require-imports': 'off',
      // The escapers (XML, DOT, Mermaid) match control characters on purpose.
      'no-control-regex': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  // TypeScript checks names itself (typescript-eslint's advice).
  { files: ['**/*.ts', '**/*.mts'], rules: { 'no-undef': 'off' } },
  // Tests and scripts read arbitrary JSON (reports, manifests): an untyped record there is honest.
  { files: ['test/**', '**/*.test.ts', 'scripts/**', 'bench/**', 'e2e/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
