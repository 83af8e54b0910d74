// ESLint for the web app: `npm run lint` (with Prettier's check), run by `npm run build`, so the Maven build fails
// on a violation. scripts/lint-schema.mjs lints the GraphQL schema with its own configuration, not this file.
import { readdirSync } from 'node:fs';
import path from 'node:path';

import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig } from 'eslint/config';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

// One zone per feature folder, read from disk, so a new feature is covered without editing this file.
const features = readdirSync(path.join(root, 'src/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

// Imports flow shared (components, hooks, lib) → features → app, and features never import each other
// (bulletproof-react's zones). Paths are relative to `basePath`, so the rule works from any working directory.
const boundaries = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: move what both need to components/, hooks/ or lib/.',
  })),
  {
    target: './src/features',
    from: './src/app',
    message: 'Features never import the app layer.',
  },
  {
    target: ['./src/components', './src/hooks', './src/lib'],
    from: ['./src/features', './src/app'],
    message: 'Shared code (components, hooks, lib) imports neither features nor the app.',
  },
];

export default defineConfig(
  {
    ignores: ['node/', 'node_modules/', 'target/', 'dist/', 'src/gql/', 'e2e/screenshots/'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      // As tsc's noUnusedLocals: `const { version: _, ...rest } = input` leaves a property out of `rest`.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    extends: [reactHooks.configs.flat['recommended-latest']],
    plugins: { 'import-x': importX },
    settings: {
      // Resolves `@/…` through tsconfig.app.json's `paths`, so aliased imports meet the zones too.
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: path.join(root, 'tsconfig.app.json') })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: boundaries }],
    },
  },
  {
    // Browser tests, the screenshot script, the schema lint and the configs run in Node; the browser tests also
    // pass functions to page.evaluate, which run in the page.
    files: ['e2e/**/*.mjs', 'scripts/**/*.mjs', '*.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  prettier,
);
