// Layering (DESIGN.md), enforced here rather than in review: core and shared import nothing from the
// shells or Node adapters; the renderer imports neither electron nor Node modules; only the IPC wiring
// file imports ipcMain and only the preload imports ipcRenderer; a renderer feature folder does not
// import another feature folder.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'http',
  'crypto',
  'url',
];
const backEnd = ['main', 'preload', 'server', 'node', 'cli'];
const features = ['library', 'reader', 'settings', 'search', 'entities', 'bookmarks', 'pair'];

/** A restriction for each folder, matched through any number of `../`. */
const folders = (names, message) => names.map((f) => ({ group: [`**/${f}/*`, `**/${f}`], message }));
const noNode = (who) => ({ group: nodeBuiltins, message: `${who} has no Node built-ins.` });

const noBarrels = {
  selector: 'ExportAllDeclaration',
  message: 'No barrel files: import from the defining module.',
};
const noIpcMain = {
  selector: "ImportSpecifier[imported.name='ipcMain']",
  message: 'Only src/main/ipc.ts wires ipcMain.',
};
const noIpcRenderer = {
  selector: "ImportSpecifier[imported.name='ipcRenderer']",
  message: 'Only the preload uses ipcRenderer.',
};
const syntax = (...extra) => ['error', noBarrels, ...extra];

const rendererPatterns = [
  ...folders(backEnd, 'the renderer reaches the back end only through the contract.'),
  noNode('the renderer'),
];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'out/', 'test-results/', 'playwright-report/', 'bench/results/', 'resources/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': syntax(),
    },
  },
  // Playwright fixtures must destructure their (possibly empty) dependencies.
  { files: ['e2e/fixtures/**/*.ts'], rules: { 'no-empty-pattern': 'off' } },
  { files: ['src/**/*.{ts,tsx}'], rules: { 'no-restricted-syntax': syntax(noIpcMain, noIpcRenderer) } },
  {
    files: ['src/main/ipc.ts', 'src/main/ipc.test.ts'],
    rules: { 'no-restricted-syntax': syntax(noIpcRenderer) },
  },
  { files: ['src/preload/**/*.ts'], rules: { 'no-restricted-syntax': syntax(noIpcMain) } },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react'],
          patterns: [
            ...folders([...backEnd, 'renderer'], 'core and shared stay pure: no shell or adapter imports.'),
            noNode('core (it runs in every process)'),
          ],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: ['electron'], patterns: rendererPatterns }],
    },
  },
  // Every user-visible string goes through i18next: JSX text, string expressions inside JSX and the
  // attributes people read or hear. A string with no letter at all (an arrow, a dash) has nothing to
  // translate, and an all-capitals code (RU, EN) reads the same in every language.
  {
    files: ['src/renderer/**/*.tsx'],
    ignores: ['**/*.test.tsx'],
    // With types, a literal whose type is a string-literal union (a field name, a route) is code, not text.
    languageOptions: {
      parserOptions: { project: './tsconfig.web.json', tsconfigRootDir: import.meta.dirname },
    },
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'should-validate-template': true,
          'jsx-attributes': {
            include: [
              'title',
              'alt',
              'placeholder',
              'label',
              'aria-label',
              'aria-description',
              'aria-valuetext',
            ],
          },
          words: { exclude: [/^[^\p{L}]*$/u, '[A-Z_-]+'] },
        },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`src/renderer/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron'],
          patterns: [
            {
              // a sibling folder reached with one `../`, or any path through features/<other>
              regex: `^(\\.\\./(?!\\.\\.|${feature}(/|$))|.*features/(?!${feature}(/|$)))`,
              message: 'features do not import each other: lift shared code to components/ or platform/.',
            },
            ...rendererPatterns,
          ],
        },
      ],
    },
  })),
);
