import { FragmentDefinitionNode, GraphQLResolveInfo, Kind, SelectionSetNode } from 'graphql';

function collectNames(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
  names: Set<string>,
  seenFragments: Set<string>,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      names.add(selection.name.value);
      collectNames(selection.selectionSet, fragments, names, seenFragments);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      collectNames(selection.selectionSet, fragments, names, seenFragments);
    } else if (!seenFragments.has(selection.name.value)) {
      seenFragments.add(selection.name.value);
      collectNames(fragments[selection.name.value]?.selectionSet, fragments, names, seenFragments);
    }
  }
}

/**
 * The names of every field selected anywhere below the field being resolved, on any type
 * (fragments followed, @skip/@include ignored): a cheap, conservative answer to "may the client
 * read a field of this name?", e.g. to leave out of a large read the columns nobody asked for.
 */
export function selectedFieldNames(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): Set<string> {
  const names = new Set<string>();
  const seenFragments = new Set<string>();
  for (const node of info.fieldNodes) collectNames(node.selectionSet, info.fragments, names, seenFragments);
  return names;
}
