// One lint configuration for the whole workspace. `npm run lint` runs it with zero warnings allowed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.tsbuild/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'no-unsanitized': noUnsanitized },
    rules: {
      'no-unsanitized/method': 'error',
      'no-unsanitized/property': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // TypeScript for types only (Lit's CONTRIBUTING): no enums, no namespaces, no parameter properties.
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of string literals, not an enum.' },
        {
          selector: 'TSModuleDeclaration[kind="namespace"]',
          message: 'Use modules, not namespaces.',
        },
        { selector: 'TSParameterProperty', message: 'Declare the field explicitly.' },
      ],
    },
  },
  {
    // Rules that need type information (typescript-eslint's recommendedTypeChecked), for the
    // TypeScript files; the tsconfig that covers each file (projectService) gives the types. Plain
    // JavaScript (*.js, *.mjs, *.cjs: configs, public scripts) is in no tsconfig, so it is not
    // matched here and keeps the untyped rules above.
    files: ['**/*.{ts,tsx,mts,cts}'],
    ignores: [
      // In no tsconfig: build-docs.test.ts tests build-docs.mjs, plain JavaScript without types.
      'demo/scripts/**',
    ],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          // @open-wc/semantic-dom-diff's typings give chai's `equal` (the `Chai.Equal` call,
          // `expect(x).to.equal(y)` and `.deep.equal`) overloads that return a Promise, which
          // makes every such line a "floating promise"; chai's equal returns synchronously. Only
          // that call type is exempt: `accessible()` and every other promise is still checked.
          allowForKnownSafeCalls: [
            { from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal' },
          ],
        },
      ],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['widgets/src/**/*.ts', 'extension/src/**/*.ts'],
    plugins: { lit, 'lit-a11y': litA11y, wc },
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      'lit/no-invalid-html': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-template-bind': 'error',
    },
  },
  {
    // Every end-to-end test runs on the pinned clock of tests/support/pinned-clock.ts.
    files: ['tests/e2e/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message:
                "Import test from tests/support/pinned-clock.ts (or extension.ts, firefox.ts): its browsers' clock is pinned.",
            },
          ],
        },
      ],
    },
  },
);
