import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';

/** The name NestJS gives the resolver it puts on every `@Field` property (object-type-definition.factory). */
const NEST_PROPERTY_READER = 'rootFieldResolver';

/**
 * Whether `resolve` only reads the property of the field's own name, with no default value and no
 * field middleware: what an executor does by itself when a field has no resolver. Checked on two
 * probes, so a renamed property (`@Field({ name })`) or a default keeps its resolver.
 */
function readsOwnProperty(resolve: GraphQLFieldResolver<unknown, unknown> | undefined, fieldName: string): boolean {
  if (resolve?.name !== NEST_PROPERTY_READER) return false;
  const marker = {};
  const call = resolve as (source: object) => unknown;
  return call({ [fieldName]: marker }) === marker && call({}) === undefined;
}

/**
 * Drops NestJS's resolver from the fields that are plain properties (most of them): graphql-jit
 * compiles a field without resolver into a property read, and one with a resolver into a call with
 * its own resolve info and promise check, which made up a third of a 5,000-bar roadmap's answer.
 * graphql-js reads such a field the same way (its default resolver). Changes `schema` in place.
 */
export function withPlainFieldsUnresolved(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (readsOwnProperty(field.resolve, field.name)) field.resolve = undefined;
    }
  }
  return schema;
}
