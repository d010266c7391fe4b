// A corpus of hostile GraphQL requests, each with the refusal expected before it executes.

export interface HostileRequest {
  name: string;
  /** The JSON body posted to /graphql. */
  body: unknown;
  /** The refusal's message. */
  refusedBy: RegExp;
  /** The refusal's code; GRAPHQL_VALIDATION_FAILED unless said. */
  code?: string;
}

const SCALARS = 'id key title description status health startDate endDate owner effortWeeks progress version externalKey externalUrl';
const BIG = 200_000;
const times = (n: number, make: (i: number) => string, separator = ' ') => Array.from({ length: n }, (_, i) => make(i)).join(separator);
const nest = (open: string, n: number, inner: string) => `${open.repeat(n)} ${inner} ${'}'.repeat(n * open.split('{').length - n)}`;
/** A fragment chain whose every link uses the one below it twice: 2^n copies of the last. */
const doubling = (n: number, type: string, leaf: string) =>
  times(n, (i) => `fragment L${i + 1} on ${type} { ...L${i} ...L${i} }`, '\n') + `\nfragment L0 on ${type} { ${leaf} }`;

const DEPTH = /Query depth limit of 8 exceeded/;
const ALIASES = /Aliases limit of 10 exceeded/;
const COST = /Query Cost limit of 1500 exceeded/;
const DIRECTIVES = /Directives limit of 20 exceeded/;
const TOKENS = /Token limit of 1000 exceeded/;
const CHARACTERS = /Character limit of 100000 exceeded/;
const LISTS = /List nesting limit of 3 exceeded/;
const CYCLE = /Cannot spread fragment "\w+" within itself/;

const q = (query: string, variables?: Record<string, unknown>) => ({ query, variables });
const WINDOW = { f: '2027-01-01', t: '2027-12-31' };

export const HOSTILE_REQUESTS: HostileRequest[] = [
  // Depth
  { name: 'a goal parent chain 12 deep', body: q(`{ goals { ${nest('parent {', 11, 'id')} } }`), refusedBy: DEPTH },
  {
    name: 'a walk team → initiatives → teams … 10 deep',
    body: q(`{ teams { ${nest('initiatives { teams {', 4, 'id')} } }`),
    refusedBy: DEPTH,
  },
  {
    name: 'depth hidden in a chain of named fragments',
    body: q(`{ goals { ...P1 } } ${times(9, (i) => `fragment P${i + 1} on Goal { parent { ...P${i + 2} } }`)} fragment P10 on Goal { id }`),
    refusedBy: DEPTH,
  },
  {
    name: 'depth hidden in nested inline fragments',
    body: q(`{ goals { ${nest('... on Goal { parent {', 10, 'id')} } }`),
    refusedBy: DEPTH,
  },
  {
    name: 'an introspection walk through __type',
    body: q(`{ __type(name: "Initiative") { ${nest('fields { type {', 5, 'name')} } }`),
    refusedBy: DEPTH,
  },
  { name: 'a dependency chain 11 deep', body: q(`{ initiatives { items { ${nest('dependsOn {', 10, 'id')} } } }`), refusedBy: DEPTH },
  {
    name: 'a deep answer to a mutation (nothing is created)',
    body: q(`mutation { createTeam(input: { key: "DEEPZ", name: "Deep" }) { ${nest('initiatives { teams {', 4, 'id')} } }`),
    refusedBy: DEPTH,
  },
  {
    name: 'an introspection bomb through __schema',
    body: q(`{ __schema { types { ${nest('fields { type {', 4, 'name')} } } }`),
    refusedBy: /Maximum introspection depth exceeded/,
  },
  // Aliases
  {
    name: '60 aliases of roadmap',
    body: q(`query ($f: Date!, $t: Date!) { ${times(60, (i) => `r${i}:roadmap(from:$f,to:$t){from}`)} }`, WINDOW),
    refusedBy: ALIASES,
  },
  {
    name: '200 aliases of roadmap with their bars',
    body: q(
      `query ($f: Date!, $t: Date!) { ${times(200, (i) => `r${i}: roadmap(from: $f, to: $t) { lanes { initiatives { id } } }`)} }`,
      WINDOW,
    ),
    refusedBy: TOKENS,
  },
  { name: '11 aliases of teams', body: q(`{ ${times(11, (i) => `t${i}: teams { id }`)} }`), refusedBy: ALIASES },
  {
    name: 'aliases hidden in a fragment used at three levels',
    body: q(`{ goals { ...A children { ...A children { ...A } } } } fragment A on Goal { a1: id a2: title a3: owner a4: progress }`),
    refusedBy: ALIASES,
  },
  {
    name: 'a flood of aliased mutations (nothing is created)',
    body: q(`mutation { ${times(30, (i) => `t${i}: createTeam(input: { key: "FLOOD${i}", name: "x" }) { id }`)} }`),
    refusedBy: ALIASES,
  },
  { name: '400 aliased __typename', body: q(`{ ${times(400, (i) => `a${i}: __typename`)} }`), refusedBy: TOKENS },
  // Cost
  {
    name: 'a wide selection at every level of nested lists',
    body: q(
      `{ initiatives { items { ${SCALARS} teams { initiatives { ${SCALARS} goals { initiatives { ${SCALARS} dependsOn { ${SCALARS} } } } } } } } }`,
    ),
    refusedBy: LISTS,
  },
  {
    name: '10 aliases of the alignment overview',
    body: q(
      `query ($f: Date!, $t: Date!) { ${times(10, (i) => `a${i}: alignment(from: $f, to: $t) { ...Al }`)} }
      fragment Al on Alignment { goals { goal { id title metrics { id name current measurements { id value recordedAt } } }
        initiatives { ${SCALARS} leadTeam { id key name } } } unaligned { ${SCALARS} } }`,
      WINDOW,
    ),
    refusedBy: COST,
  },
  {
    name: 'four lists nested, narrow: every initiative once per team of each initiative',
    body: q(`{ teams { initiatives { teams { initiatives { id } } } } }`),
    refusedBy: LISTS,
  },
  {
    name: 'list nesting hidden in fragments',
    body: q(
      `{ goals { ...G } } fragment G on Goal { initiatives { ...I } } fragment I on Initiative { teams { ...T } } fragment T on Team { initiatives { id } }`,
    ),
    refusedBy: LISTS,
  },
  { name: 'one field repeated 900 times', body: q(`{ initiatives { items { ${times(900, () => 'id')} } } }`), refusedBy: COST },
  {
    name: 'a fragment chain doubling at each link',
    body: q(`{ teams { initiatives { ...L12 } } } ${doubling(12, 'Initiative', 'id')}`),
    refusedBy: COST,
  },
  // Directives
  { name: '21 @include on separate fields', body: q(`{ goals { ${times(21, () => 'id @include(if: true)')} } }`), refusedBy: DIRECTIVES },
  {
    name: 'one directive repeated 30 times on a field',
    body: q(`{ teams { id ${times(30, () => '@skip(if: false)')} } }`),
    refusedBy: DIRECTIVES,
  },
  {
    name: 'directives hidden in a fragment used at three levels',
    body: q(`{ goals { ...D children { ...D children { ...D } } } } fragment D on Goal { ${times(8, () => 'id @skip(if: false)')} }`),
    refusedBy: DIRECTIVES,
  },
  { name: '25 unknown directives', body: q(`{ teams { id ${times(25, (i) => `@x${i}`)} } }`), refusedBy: DIRECTIVES },
  // Tokens
  { name: 'a thousand fields', body: q(`{ teams { ${times(1001, () => 'id')} } }`), refusedBy: TOKENS },
  {
    name: 'a list literal nested 600 deep',
    body: q(`{ initiatives(filter: { teamIds: ${'['.repeat(600)}${']'.repeat(600)} }) { totalCount } }`),
    refusedBy: TOKENS,
  },
  {
    name: 'an object literal nested 300 deep',
    body: q(`{ initiatives(filter: ${nest('{ a:', 300, '1')}) { totalCount } }`),
    refusedBy: TOKENS,
  },
  { name: 'inline fragments nested 300 deep', body: q(`{ ${nest('... on Query {', 300, '__typename')} }`), refusedBy: TOKENS },
  { name: '300 unused fragments', body: q(`{ teams { id } } ${times(300, (i) => `fragment f${i} on Team { id }`)}`), refusedBy: TOKENS },
  {
    name: '200 operations in one document',
    body: { query: times(200, (i) => `query q${i} { teams { id } }`), operationName: 'q0' },
    refusedBy: TOKENS,
  },
  // Characters: huge single tokens
  {
    name: 'a string literal of 1 MB',
    body: q(`{ initiatives(filter: { search: "${'x'.repeat(1_000_000)}" }) { totalCount } }`),
    refusedBy: CHARACTERS,
  },
  {
    name: 'a block string of 200k characters',
    body: q(`{ initiatives(filter: { search: """${'y'.repeat(BIG)}""" }) { totalCount } }`),
    refusedBy: CHARACTERS,
  },
  { name: 'a number of 200k digits', body: q(`{ initiatives(take: ${'9'.repeat(BIG)}) { totalCount } }`), refusedBy: CHARACTERS },
  { name: 'a field name of 200k characters', body: q(`{ ${'n'.repeat(BIG)} }`), refusedBy: CHARACTERS },
  { name: 'a comment of 200k characters', body: q(`{ teams { id } } #${'c'.repeat(BIG)}`), refusedBy: CHARACTERS },
  // Fragment tricks the specification itself refuses
  {
    name: 'a fragment cycle A → B → A',
    body: q(`{ goals { ...A } } fragment A on Goal { parent { ...B } } fragment B on Goal { parent { ...A } }`),
    refusedBy: CYCLE,
  },
  { name: 'a fragment spreading itself', body: q(`{ goals { ...A } } fragment A on Goal { id ...A }`), refusedBy: CYCLE },
  {
    name: 'a cycle through an inline fragment',
    body: q(`{ goals { ...A } } fragment A on Goal { children { ... on Goal { ...A } } }`),
    refusedBy: CYCLE,
  },
  // Transport
  {
    name: 'a batch of operations in one body',
    body: Array.from({ length: 50 }, () => ({ query: '{ teams { id } }' })),
    refusedBy: /batching disabled/,
    code: 'BAD_USER_INPUT',
  },
];
