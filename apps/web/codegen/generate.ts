import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { generate } from '@graphql-codegen/cli';
import { printSchema } from 'graphql';
import { format, resolveConfig } from 'prettier';

/**
 * The dashboard's typed operations, generated from the gateway's API schema: the federated supergraph
 * (infra/supergraph.graphql, made by `pnpm compose`) without its join__ federation machinery. Every
 * `graphql(\`...\`)` call under src/ becomes a typed document in src/gql/ (committed; `pnpm codegen` writes
 * it, and codegen.spec.ts fails while it is stale).
 */
export const WEB_DIR = join(__dirname, '..');
export const SUPERGRAPH = join(WEB_DIR, '../../infra/supergraph.graphql');
export const OUTPUT_DIR = 'src/gql/';

/** The schema clients of the gateway see, as SDL. */
export function apiSchemaSdl(supergraphSdl = readFileSync(SUPERGRAPH, 'utf8')): string {
  return printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema());
}

export interface GeneratedFile {
  /** Relative to apps/web. */
  path: string;
  content: string;
}

/** Every file of src/gql/, formatted as the repository formats it (prettier), without writing anything. */
export async function generatedFiles(): Promise<GeneratedFile[]> {
  const schema = apiSchemaSdl();
  const outputs = await generate(
    {
      cwd: WEB_DIR,
      silent: true,
      schema,
      documents: ['src/**/*.{ts,tsx}', '!src/gql/**', '!src/**/*.spec.ts', '!src/testing/**'],
      ignoreNoDocuments: false,
      generates: {
        [OUTPUT_DIR]: {
          preset: 'client',
          presetConfig: { fragmentMasking: false },
          config: {
            // Documents are strings (no GraphQL parser in the bundle); enums are string unions, as the server sends.
            documentMode: 'string',
            enumsAsTypes: true,
            useTypeImports: true,
            skipTypename: true,
            avoidOptionals: { field: true, inputValue: false, object: false },
            scalars: { Date: 'string', DateTime: 'string' },
            strictScalars: true,
          },
        },
      },
    },
    false,
  );
  const files: GeneratedFile[] = [
    { path: `${OUTPUT_DIR}schema.graphql`, content: schema },
    ...outputs.map((o) => ({
      path: relative(WEB_DIR, o.filename),
      // index.ts only re-exports: its eslint-disable would be reported as unused.
      content: o.filename.endsWith('index.ts') ? o.content.replace('/* eslint-disable */\n', '') : o.content,
    })),
  ];
  return Promise.all(
    files.map(async (file) => {
      const filepath = join(WEB_DIR, file.path);
      const options = (await resolveConfig(filepath)) ?? {};
      return { path: file.path, content: await format(file.content, { ...options, filepath }) };
    }),
  );
}
