// One lint for the monorepo: typescript-eslint's recommended rules, no import cycles, and the layering of
// ARCHITECTURE.md (an app never imports another app; a lib never imports an app). Formatting is prettier's.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import tseslint from 'typescript-eslint';

const apps = readdirSync(new URL('./apps', import.meta.url));

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.data/**', 'coverage/**', '**/jest.config.js', 'jest.*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: {
      globals: {
        URL: 'readonly',
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
      },
    },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'apps/web/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-self-import': 'error',
      'import-x/first': 'error',
      'import-x/no-duplicates': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './libs', from: './apps', message: 'A lib never imports an app (ARCHITECTURE.md).' },
            ...apps.map((app) => ({
              target: `./apps/${app}`,
              from: './apps',
              except: [`./${app}`],
              message: 'An app never imports another app: share through a lib, federation or events (ARCHITECTURE.md).',
            })),
          ],
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      // Nest's DI and TypeORM entities use classes with empty bodies and Function types in metadata.
      '@typescript-eslint/no-extraneous-class': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // The conventions of issue 13 written in code: refusals come from a feature's typed catalogue
    // (defineErrors), who may act from a named capability (@Can), and test seams stay in tests.
    files: ['apps/*/src/**/*.ts'],
    ignores: ['**/*.spec.ts', 'apps/*/src/testing/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='DomainError']",
          message: "Throw a code of the feature's catalogue (<feature>.errors.ts, defineErrors) instead.",
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@trustops/service-kit',
              importNames: ['notFound', 'DomainError'],
              message: "Declare the code in the feature's catalogue (defineErrors) instead.",
              allowTypeImports: true,
            },
          ],
          patterns: [{ group: ['@trustops/service-kit/testing'], message: 'Test seams are for specs and testing/.' }],
        },
      ],
    },
  },
  {
    // CommonJS on purpose: a require hook (-r) runs before any TypeScript can be compiled.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', exports: 'writable' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Test answers are read as untyped JSON until the operations are typed (house-in-order issue, point 12).
    files: ['**/*.spec.ts', 'libs/testing/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
