import type { ApolloServerPlugin } from '@apollo/server';
import { DocumentNode, GraphQLError, Kind, visit } from 'graphql';

/** Where a NUL byte sits in an operation's text arguments or variables, or null when there is none. */
export function findNulByte(document: DocumentNode, variables: Record<string, unknown> | undefined): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      if (!found && containsNul(node.value)) found = `argument "${node.name.value}"`;
    },
    VariableDefinition(node) {
      if (!found && node.defaultValue && containsNul(node.defaultValue))
        found = `default of variable "$${node.variable.name.value}"`;
    },
  });
  if (found) return found;
  for (const [name, value] of Object.entries(variables ?? {})) if (holdsNul(value)) return `variable "$${name}"`;
  return null;
}

function containsNul(node: {
  kind: Kind;
  value?: unknown;
  values?: readonly unknown[];
  fields?: readonly { value: unknown }[];
}): boolean {
  if (node.kind === Kind.STRING) return (node.value as string).includes('\u0000');
  if (node.kind === Kind.LIST) return (node.values ?? []).some((v) => containsNul(v as typeof node));
  if (node.kind === Kind.OBJECT) return (node.fields ?? []).some((f) => containsNul(f.value as typeof node));
  return false;
}

function holdsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (Array.isArray(value)) return value.some(holdsNul);
  if (value && typeof value === 'object') return Object.values(value).some(holdsNul);
  return false;
}

/**
 * PostgreSQL cannot store a NUL byte in text and answers with an encoding error the caller could do nothing
 * about; no name, subject or search ever needs one. Refused once, here, for every String argument of every field.
 */
export function nulBytePlugin(status = 400): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const where = findNulByte(document, request.variables);
          if (where) {
            throw new GraphQLError(
              `The ${where} contains a NUL character (\\u0000), which text cannot hold; remove it and try again`,
              {
                extensions: { code: 'BAD_USER_INPUT', category: 'BAD_USER_INPUT', http: { status } },
              },
            );
          }
        },
      };
    },
  };
}
