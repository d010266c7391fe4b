import { DocumentNode, FieldNode, FragmentDefinitionNode, Kind, OperationDefinitionNode, parse, print, visit } from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../src/config/config';

// The GraphQL documents the web app sends, read from its sources, so the limits are checked
// against what the app really asks rather than a copy that could drift.

const WEB_SOURCES = join(REPO_ROOT, 'web/src');
const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

// Every source file but codegen's output (gql/), which repeats the documents.
function sourceFiles(): string[] {
  return readdirSync(WEB_SOURCES, { recursive: true, encoding: 'utf8' })
    .filter((path) => /\.tsx?$/.test(path) && !path.startsWith('gql/'))
    .map((path) => join(WEB_SOURCES, path));
}

function documentSources(): string[] {
  return sourceFiles().flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/graphql\(`([\s\S]*?)`\)/g)].map((match) => match[1]));
}

/** As Apollo Client sends it: __typename in every selection set. */
function withTypenames(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node) {
      const hasTypename = node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename');
      return hasTypename ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}

function spreadNames(node: OperationDefinitionNode | FragmentDefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}

/** Each operation of the web app by name, as one document text with the fragments it uses. */
export function webOperations(): Map<string, string> {
  const definitions = withTypenames(parse(documentSources().join('\n'))).definitions;
  const fragments = new Map(
    definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const operations = new Map<string, string>();
  for (const operation of definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
    const used = new Set<string>();
    const pending = spreadNames(operation);
    for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
      if (used.has(name)) continue;
      used.add(name);
      pending.push(...spreadNames(fragments.get(name)!));
    }
    const parts = [operation, ...[...used].map((name) => fragments.get(name)!)];
    operations.set(operation.name!.value, parts.map((part) => print(part)).join('\n'));
  }
  return operations;
}
