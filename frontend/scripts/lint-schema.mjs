// Lints the GraphQL schema the apps generate their clients from (issue 13 item 7): run by `npm run build`,
// so `mvn package`/`mvn verify` fails on a violation. The schema lives in the backend, outside this folder,
// so ESLint runs with the repository as its base path and this configuration instead of a config file.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const schema = 'backend/src/main/resources/graphql/*.graphqls';

const eslint = new ESLint({
  cwd: repository,
  overrideConfigFile: true,
  overrideConfig: [
    {
      files: [schema],
      languageOptions: {
        parser: graphqlPlugin.parser,
        parserOptions: { graphQLConfig: { schema: path.join(repository, schema) } },
      },
      plugins: { '@graphql-eslint': graphqlPlugin },
      rules: {
        // Naming, reachable types, deprecation reasons, IDs, descriptions on types and root fields …
        ...graphqlPlugin.configs['flat/schema-recommended'].rules,
        // The house style: one-line "…" descriptions; """ blocks only where a description needs lines.
        '@graphql-eslint/description-style': 'off',
        // Readings, figures and rows of a report (KpiReading, ConversionCell, …) are values, not entities with an id.
        '@graphql-eslint/strict-id-in-types': 'off',
        // … and on every argument and input field, which the generated Kotlin/Swift/TS clients show as docs.
        '@graphql-eslint/require-description': [
          'error',
          { types: true, rootField: true, DirectiveDefinition: true, InputValueDefinition: true },
        ],
      },
    },
  ],
});

const results = await eslint.lintFiles([schema]);
const formatter = await eslint.loadFormatter('stylish');
const report = await formatter.format(results);
const problems = results.reduce((sum, result) => sum + result.errorCount + result.warningCount, 0);
if (problems > 0) {
  console.error(report);
  process.exit(1);
}
console.log(`GraphQL schema lint: ${results.length} files, no problems`);
