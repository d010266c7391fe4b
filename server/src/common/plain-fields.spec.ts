import { graphql, GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema, GraphQLString } from 'graphql';
import { withPlainFieldsUnresolved } from './plain-fields';

/** A resolver shaped as NestJS makes them for `@Field` properties: reads `property`, else the default. */
function nestPropertyReader(property: string, defaultValue?: string): GraphQLFieldResolver<Record<string, unknown>, unknown> {
  const rootFieldResolver = (root: Record<string, unknown>) => (root[property] === undefined ? defaultValue : root[property]);
  return rootFieldResolver;
}

function schemaOf(fields: Record<string, GraphQLFieldResolver<Record<string, unknown>, unknown>>): GraphQLSchema {
  const thing = new GraphQLObjectType({
    name: 'Thing',
    fields: Object.fromEntries(Object.entries(fields).map(([name, resolve]) => [name, { type: GraphQLString, resolve }])),
  });
  return new GraphQLSchema({
    query: new GraphQLObjectType({ name: 'Query', fields: { thing: { type: thing, resolve: () => ({ plain: 'p', stored: 's' }) } } }),
  });
}

describe('withPlainFieldsUnresolved', () => {
  const schema = withPlainFieldsUnresolved(
    schemaOf({
      plain: nestPropertyReader('plain'),
      renamed: nestPropertyReader('stored'),
      defaulted: nestPropertyReader('defaulted', 'none'),
      computed: () => 'c',
    }),
  );
  const fields = (schema.getType('Thing') as GraphQLObjectType).getFields();

  it("drops the resolver of a field that only reads its own property, keeps the others'", () => {
    expect(fields.plain.resolve).toBeUndefined();
    expect(fields.renamed.resolve).toBeDefined();
    expect(fields.defaulted.resolve).toBeDefined();
    expect(fields.computed.resolve).toBeDefined();
  });

  it('answers as before', async () => {
    const result = await graphql({ schema, source: '{ thing { plain renamed defaulted computed } }' });
    expect(result).toEqual({ data: { thing: { plain: 'p', renamed: 's', defaulted: 'none', computed: 'c' } } });
  });
});
