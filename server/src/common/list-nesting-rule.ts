import {
  ASTVisitor,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLNamedType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';

// graphql-armor's cost reads only the document, not the schema: it cannot tell a list from a single
// object, so `teams { initiatives { teams { initiatives { id } } } }` looks cheap although it answers
// every initiative once per team of every initiative. Lists inside lists multiply; this counts them.

function typeNamed(context: ValidationContext, name: string | undefined, fallback: GraphQLNamedType): GraphQLNamedType {
  return (name && context.getSchema().getType(name)) || fallback;
}

/** The most lists nested inside one another below a selection set, fragments followed. */
function listNesting(
  context: ValidationContext,
  selectionSet: SelectionSetNode,
  parent: GraphQLNamedType,
  byFragment: Map<string, number>,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      if (!field || !selection.selectionSet) continue;
      const own = isListType(getNullableType(field.type)) ? 1 : 0;
      deepest = Math.max(deepest, own + listNesting(context, selection.selectionSet, getNamedType(field.type), byFragment));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = typeNamed(context, selection.typeCondition?.name.value, parent);
      deepest = Math.max(deepest, listNesting(context, selection.selectionSet, type, byFragment));
    } else {
      deepest = Math.max(deepest, fragmentNesting(context, selection.name.value, parent, byFragment));
    }
  }
  return deepest;
}

// Memoised by name, so a chain of fragments each spreading the next several times costs one visit
// each; a cycle counts 0 here (the specification's NoFragmentCyclesRule refuses it).
function fragmentNesting(context: ValidationContext, name: string, parent: GraphQLNamedType, byFragment: Map<string, number>): number {
  const known = byFragment.get(name);
  if (known !== undefined) return known;
  byFragment.set(name, 0);
  const fragment = context.getFragment(name);
  if (!fragment) return 0;
  const nesting = listNesting(context, fragment.selectionSet, typeNamed(context, fragment.typeCondition.name.value, parent), byFragment);
  byFragment.set(name, nesting);
  return nesting;
}

/** Refuses an operation with more than `max` lists nested inside one another. */
export function maxListNestingRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return;
      const found = listNesting(context, operation.selectionSet, root, new Map());
      if (found > max)
        context.reportError(new GraphQLError(`List nesting limit of ${max} exceeded, found ${found}.`, { nodes: [operation] }));
    },
  });
}
