// The JQL subset the fake understands: clauses joined by AND, then ORDER BY.

export class JqlError extends Error {}

export type Clause =
  { field: string; op: '=' | '!=' | 'in' | 'not in'; values: string[] } | { field: string; op: '>=' | '>' | '<=' | '<'; values: [string] };

export interface SortKey {
  field: string;
  direction: 'ASC' | 'DESC';
}

export interface ParsedJql {
  clauses: Clause[];
  orderBy: SortKey[];
}

const FIELDS = new Set(['project', 'issuetype', 'type', 'parent', 'updated', 'created', 'key', 'issuekey', 'id']);
const SORTABLE = new Set(['updated', 'created', 'id', 'key', 'issuekey']);
const TOKEN = /\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|(!=|>=|<=|=|>|<|~|\(|\)|,)|([^\s"'(),=!<>~]+))/y;

interface Token {
  text: string;
  quoted: boolean;
  at: number;
}

function tokenize(jql: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < jql.length) {
    const at = TOKEN.lastIndex;
    if (/^\s*$/.test(jql.slice(at))) break;
    const match = TOKEN.exec(jql);
    if (!match)
      throw new JqlError(`Error in the JQL Query: The character '${jql[at]}' is a reserved JQL character. (line 1, character ${at + 1})`);
    const quotedText = match[1] ?? match[2];
    tokens.push({ text: quotedText ?? match[3] ?? match[4], quoted: quotedText !== undefined, at: at + 1 });
  }
  return tokens;
}

class Reader {
  private index = 0;
  constructor(private readonly tokens: Token[]) {}
  peek(): Token | undefined {
    return this.tokens[this.index];
  }
  next(what: string): Token {
    const token = this.tokens[this.index++];
    if (!token) throw new JqlError(`Error in the JQL Query: Expecting ${what} but reached the end of the query.`);
    return token;
  }
  isWord(word: string): boolean {
    const token = this.peek();
    return !!token && !token.quoted && token.text.toLowerCase() === word;
  }
}

export function parseJql(jql: string): ParsedJql {
  const reader = new Reader(tokenize(jql));
  const clauses: Clause[] = [];
  while (reader.peek() && !reader.isWord('order')) {
    if (clauses.length && reader.isWord('or')) throw new JqlError("Error in the JQL Query: this fake Jira supports only 'AND'.");
    if (clauses.length) expectWord(reader, 'and', "either 'OR' or 'AND'");
    clauses.push(parseClause(reader));
  }
  const orderBy = reader.isWord('order') ? parseOrderBy(reader) : [];
  return { clauses, orderBy };
}

function expectWord(reader: Reader, word: string, what: string): void {
  const token = reader.next(what);
  if (token.quoted || token.text.toLowerCase() !== word) {
    throw new JqlError(`Error in the JQL Query: Expecting ${what} but got '${token.text}'. (line 1, character ${token.at})`);
  }
}

function parseClause(reader: Reader): Clause {
  const fieldToken = reader.next('a field name');
  const field = fieldToken.text.toLowerCase();
  if (!FIELDS.has(field)) {
    throw new JqlError(`Field '${fieldToken.text}' does not exist or you do not have permission to view it.`);
  }
  const opToken = reader.next('an operator');
  let op = opToken.text.toLowerCase();
  if (op === 'not') {
    expectWord(reader, 'in', "'in'");
    op = 'not in';
  }
  if (op === 'in' || op === 'not in') return { field, op, values: parseList(reader) };
  if (['=', '!=', '>=', '>', '<=', '<'].includes(op)) {
    const value = reader.next('a value');
    return { field, op, values: [value.text] } as Clause;
  }
  throw new JqlError(`Error in the JQL Query: Expecting operator but got '${opToken.text}'. (line 1, character ${opToken.at})`);
}

function parseList(reader: Reader): string[] {
  const open = reader.next("'('");
  if (open.text !== '(' || open.quoted) throw new JqlError(`Error in the JQL Query: Expecting '(' but got '${open.text}'.`);
  const values: string[] = [];
  for (;;) {
    values.push(reader.next('a value').text);
    const separator = reader.next("')' or ','");
    if (separator.text === ')') return values;
    if (separator.text !== ',') throw new JqlError(`Error in the JQL Query: Expecting ')' or ',' but got '${separator.text}'.`);
  }
}

function parseOrderBy(reader: Reader): SortKey[] {
  reader.next("'order'");
  expectWord(reader, 'by', "'by'");
  const keys: SortKey[] = [];
  while (reader.peek()) {
    if (keys.length) {
      const comma = reader.next("','");
      if (comma.text !== ',') throw new JqlError(`Error in the JQL Query: Expecting ',' but got '${comma.text}'.`);
    }
    const field = reader.next('a field name').text.toLowerCase();
    if (!SORTABLE.has(field)) throw new JqlError(`Field '${field}' does not exist or you do not have permission to view it.`);
    let direction: 'ASC' | 'DESC' = 'ASC';
    if (reader.isWord('asc') || reader.isWord('desc')) direction = reader.next('a direction').text.toUpperCase() as 'ASC' | 'DESC';
    keys.push({ field, direction });
  }
  return keys;
}
