import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The process boundaries of DESIGN.md, enforced: shared imports neither side, the renderer never imports
// electron/, services never import 'electron', and only electron/main and electron/preload may.
const electronModule = { name: 'electron', message: "Only electron/main and electron/preload may import 'electron'." };
const sidePatterns = (...groups) => ({
  patterns: groups.map((group) => ({ group: [group], message: `Not allowed across the process boundary: ${group}` })),
});
/** Relative imports that climb out of a folder into one of the named sibling folders of electron/. */
const siblingsOf = (...folders) => ({
  regex: `^(\\.\\./)+(electron/)?(${folders.join('|')})(/|$)`,
  message: `Not allowed across the process boundary: electron/${folders.join(', electron/')}`,
});
const withSiblings = (patterns, ...folders) => ({ patterns: [...patterns.patterns, siblingsOf(...folders)] });

export default tseslint.config(
  { ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', '.tools/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Type-aware rules that found nothing when they were turned on, so they stay at zero: a promise nobody
  // awaits or catches, a promise passed where a plain callback is expected, a switch that forgets a case.
  {
    files: ['**/*.ts', '**/*.tsx'],
    ignores: ['scripts/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronModule], ...sidePatterns('**/electron/**', '**/renderer/**', 'node:*', 'better-sqlite3', 'react') },
      ],
    },
  },
  {
    files: ['renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electronModule], ...sidePatterns('**/electron/**', 'node:*', 'better-sqlite3') }],
    },
  },
  {
    files: ['electron/services/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronModule],
          ...withSiblings(sidePatterns('**/renderer/**', '**/electron/api/**', '**/electron/main/**', '**/electron/web/**'), 'api', 'main', 'web'),
        },
      ],
    },
  },
  {
    files: ['electron/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronModule], ...withSiblings(sidePatterns('**/renderer/**', '**/electron/main/**', '**/electron/web/**'), 'main', 'web') },
      ],
    },
  },
  {
    files: ['electron/web/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [electronModule], ...withSiblings(sidePatterns('**/renderer/**', '**/electron/main/**'), 'main') }],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': ['error', sidePatterns('**/renderer/**')],
    },
  },
);
