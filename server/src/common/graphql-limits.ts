import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { maxListNestingRule } from './list-nesting-rule';
import { ASTVisitor, GraphQLError, ParseOptions, ValidationContext, ValidationRule } from 'graphql';

// Sizes of the web app's documents by graphql-armor's measures (with the __typename Apollo Client
// adds): deepest 6 (alignment overview), costliest ~375 (alignment), at most ~170 tokens, no
// aliases, no directives. test/graphql-limits.api.spec.ts runs every web document through these.
export const GRAPHQL_LIMITS = {
  // Two levels above the deepest web query; a walk round the graph (teams → initiatives → teams …) stops here.
  depth: 8,
  // The web sends none; a script may name a handful (several windows, several metrics), not 200 roadmaps.
  aliases: 10,
  // About four times the costliest web query; an alias flood or a wide nested selection exceeds it.
  cost: 1500,
  // Six times the largest web document (introspection's ~300 too); bounds the parser's and validation's work.
  tokens: 1000,
  // @include/@skip on a few fields; the web sends none.
  directives: 20,
  // Lists inside lists multiply the answer; the alignment overview nests 3 (goals → metrics → measurements).
  listNesting: 3,
  // A single token can be huge (a string, a name); room for an inline 20,000-character description, escaped.
  characters: 100_000,
} as const;

// armor's rules say "Syntax Error: …" and, by default, throw out of validate() (a 500 in Apollo);
// reported to the context instead, Apollo answers GRAPHQL_VALIDATION_FAILED with status 400.
function reportRefusal(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, '')));
}

const REPORT = { propagateOnRejection: false, onReject: [reportRefusal] };

// armor's character limit exists only as an Apollo plugin that throws from a hook (a 500 here).
function maxCharactersRule(context: ValidationContext): ASTVisitor {
  const length = context.getDocument().loc?.source.body.length ?? 0;
  if (length > GRAPHQL_LIMITS.characters) {
    context.reportError(new GraphQLError(`Character limit of ${GRAPHQL_LIMITS.characters} exceeded, found ${length}.`));
  }
  return {};
}

/** Apollo validation rules refusing a document over the limits before it executes. */
export function graphqlLimitRules(): ValidationRule[] {
  // Fragments flattened: depth and cost measure the answer's shape, not how the document is split up.
  return [
    maxCharactersRule,
    maxDepthRule({ ...REPORT, n: GRAPHQL_LIMITS.depth, flattenFragments: true }),
    maxAliasesRule({ ...REPORT, n: GRAPHQL_LIMITS.aliases }),
    costLimitRule({ ...REPORT, maxCost: GRAPHQL_LIMITS.cost, flattenFragments: true }),
    maxDirectivesRule({ ...REPORT, n: GRAPHQL_LIMITS.directives }),
    maxListNestingRule(GRAPHQL_LIMITS.listNesting),
  ];
}

/**
 * The token limit is graphql-js's own parser option (armor's max-tokens plugin throws out of an
 * Apollo hook, a 500): the parse stops at the limit, before validation's quadratic rules see it.
 */
export const GRAPHQL_PARSE_OPTIONS: ParseOptions = { maxTokens: GRAPHQL_LIMITS.tokens };

// (graphql-js says "more that"; a later release may fix the typo.)
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more tha[nt] \d+ tokens/;

/** The token limit's refusal worded like the other limits', or null for any other parse failure. */
export function tokenLimitRefusal(parseFailure: string): string | null {
  return TOKEN_LIMIT_MESSAGE.test(parseFailure) ? `Token limit of ${GRAPHQL_LIMITS.tokens} exceeded.` : null;
}
