import { createHash } from 'node:crypto';
import { FragmentDefinitionNode, Kind, OperationDefinitionNode, print, visit } from 'graphql';

// A GraphQL operation reduced to what it asks for, so that an allow-list can name it by a hash:
// `__typename` (which clients add everywhere) is left out, fragments come in name order, and the
// printer fixes spacing and comments. Aliases, directives and every other field still count.

function withoutTypename<T extends OperationDefinitionNode | FragmentDefinitionNode>(node: T): T {
  return visit(node, {
    Field: (field) => (field.name.value === '__typename' && !field.alias ? null : undefined),
  });
}

/** SHA-256 (hex) of the operation and its fragments, as the allow-list names it. */
export function operationFingerprint(operation: OperationDefinitionNode, fragments: readonly FragmentDefinitionNode[]): string {
  const parts = [
    withoutTypename(operation),
    ...[...fragments].sort((a, b) => a.name.value.localeCompare(b.name.value)).map(withoutTypename),
  ];
  return createHash('sha256')
    .update(parts.map((part) => print(part)).join('\n'))
    .digest('hex');
}

/** The fingerprint of a whole document's only operation (what a test reads from a client's sources). */
export function documentFingerprint(definitions: ReadonlyArray<{ kind: Kind }>): string {
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) throw new Error(`expected one operation, got ${operations.length}`);
  const fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  return operationFingerprint(operations[0], fragments);
}

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return value;
}

/**
 * A variable's value as comparable text: object keys sorted, null and absent alike (a client may
 * send either), dates as ISO text, list order kept.
 */
export function variableFingerprint(value: unknown): string {
  return JSON.stringify(canonical(value) ?? null);
}
