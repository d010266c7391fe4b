import { FIELD_IDS } from './fake-fields';
import { Clause, JqlError, ParsedJql, SortKey } from './fake-jql';
import { formatJiraTimestamp, instantOfWallClock } from './fake-time';

export interface StoredIssue {
  id: string;
  key: string;
  summary: string;
  issuetype: string;
  statusCategory: 'new' | 'indeterminate' | 'done';
  status?: string;
  description: unknown;
  targetStart: string | null;
  targetEnd: string | null;
  startDate: string | null;
  duedate: string | null;
  team: { id: string; name: string } | null;
  parentKey: string | null;
  blocksKeys: string[];
  projectKey: string;
  projectName: string;
  createdMs: number;
  updatedMs: number;
}

const CATEGORIES = {
  new: { self: '', id: 2, key: 'new', colorName: 'blue-gray', name: 'To Do' },
  indeterminate: { self: '', id: 4, key: 'indeterminate', colorName: 'yellow', name: 'In Progress' },
  done: { self: '', id: 3, key: 'done', colorName: 'green', name: 'Done' },
};

export interface IssueView {
  baseUrl: string;
  timeZone: string;
  byKey: (key: string) => StoredIssue | undefined;
  projectId: (key: string) => string;
  all: () => StoredIssue[];
}

/** The issue as Jira's REST API v3 returns it, holding only the requested fields. */
export function issueJson(issue: StoredIssue, requested: string[] | undefined, view: IssueView) {
  const all = allFields(issue, view);
  const wanted = requested ?? [];
  const everything = wanted.includes('*all') || wanted.includes('*navigable');
  const fields: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(all)) if (everything || wanted.includes(id)) fields[id] = value;
  return { expand: '', id: issue.id, self: `${view.baseUrl}/rest/api/3/issue/${issue.id}`, key: issue.key, fields };
}

function allFields(issue: StoredIssue, view: IssueView): Record<string, unknown> {
  const parent = issue.parentKey ? view.byKey(issue.parentKey) : undefined;
  return {
    summary: issue.summary,
    description: issue.description ?? null,
    status: statusJson(issue),
    issuetype: {
      id: issue.issuetype === 'Epic' ? '10000' : '10001',
      name: issue.issuetype,
      subtask: false,
      hierarchyLevel: issue.issuetype === 'Epic' ? 1 : 0,
    },
    duedate: issue.duedate,
    project: {
      self: `${view.baseUrl}/rest/api/3/project/${view.projectId(issue.projectKey)}`,
      id: view.projectId(issue.projectKey),
      key: issue.projectKey,
      name: issue.projectName,
      projectTypeKey: 'software',
      simplified: false,
    },
    ...(parent
      ? {
          parent: {
            id: parent.id,
            key: parent.key,
            self: `${view.baseUrl}/rest/api/3/issue/${parent.id}`,
            fields: { summary: parent.summary, status: statusJson(parent) },
          },
        }
      : {}),
    issuelinks: linksJson(issue, view),
    created: formatJiraTimestamp(issue.createdMs, view.timeZone),
    updated: formatJiraTimestamp(issue.updatedMs, view.timeZone),
    [FIELD_IDS.targetStart]: issue.targetStart,
    [FIELD_IDS.targetEnd]: issue.targetEnd,
    [FIELD_IDS.team]: issue.team
      ? {
          id: issue.team.id,
          name: issue.team.name,
          avatarUrl: '',
          isVisible: true,
          isVerified: false,
          title: issue.team.name,
          isShared: true,
        }
      : null,
    [FIELD_IDS.startDate]: issue.startDate,
    // Look-alike fields always hold something else, so reading the wrong one shows in tests.
    [FIELD_IDS.decoyTargetStart]: '1999-01-01',
    [FIELD_IDS.decoyTargetEnd]: '1999-12-31',
    [FIELD_IDS.decoyTeam]: { self: '', value: 'Decoy team', id: '10100' },
  };
}

function statusJson(issue: StoredIssue) {
  const category = CATEGORIES[issue.statusCategory];
  return { self: '', description: '', name: issue.status ?? category.name, id: String(category.id * 1000), statusCategory: category };
}

const BLOCKS = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks', self: '' };

function linkedIssue(other: StoredIssue) {
  return { id: other.id, key: other.key, self: '', fields: { summary: other.summary, status: statusJson(other) } };
}

function linksJson(issue: StoredIssue, view: IssueView) {
  const outward = issue.blocksKeys.map(view.byKey).filter((other): other is StoredIssue => !!other);
  const inward = view.all().filter((other) => other.blocksKeys.includes(issue.key));
  return [
    ...outward.map((other) => ({ id: `${issue.id}${other.id}`, self: '', type: BLOCKS, outwardIssue: linkedIssue(other) })),
    ...inward.map((other) => ({ id: `${other.id}${issue.id}`, self: '', type: BLOCKS, inwardIssue: linkedIssue(other) })),
  ];
}

/** The issues a parsed query selects, in its order. */
export function runQuery(query: ParsedJql, view: IssueView): StoredIssue[] {
  const matches = view.all().filter((issue) => query.clauses.every((clause) => matchesClause(issue, clause, view)));
  const order: SortKey[] = query.orderBy.length ? query.orderBy : [{ field: 'id', direction: 'ASC' }];
  return matches.sort((a, b) => compareBy(order, a, b));
}

function matchesClause(issue: StoredIssue, clause: Clause, view: IssueView): boolean {
  switch (clause.field) {
    case 'updated':
    case 'created':
      return compareInstant(clause, clause.field === 'updated' ? issue.updatedMs : issue.createdMs, view.timeZone);
    case 'project':
      return membership(clause, [issue.projectKey, issue.projectName, view.projectId(issue.projectKey)]);
    case 'issuetype':
    case 'type':
      return membership(clause, [issue.issuetype]);
    case 'parent': {
      const parent = issue.parentKey ? view.byKey(issue.parentKey) : undefined;
      return membership(clause, parent ? [parent.key, parent.id] : []);
    }
    case 'id':
      return membership(clause, [issue.id]);
    default:
      return membership(clause, [issue.key, issue.id]);
  }
}

function membership(clause: Clause, candidates: string[]): boolean {
  const lower = candidates.map((candidate) => candidate.toLowerCase());
  const hit = clause.values.some((value) => lower.includes(value.toLowerCase()));
  if (clause.op === '=' || clause.op === 'in') return hit;
  if (clause.op === '!=' || clause.op === 'not in') return !hit;
  throw new JqlError(`The operator '${clause.op}' is not supported by the fake for this field.`);
}

function compareInstant(clause: Clause, instant: number, timeZone: string): boolean {
  const match = /^(\d{4})[-/](\d{2})[-/](\d{2})(?: (\d{2}):(\d{2}))?$/.exec(clause.values[0]);
  if (!match) {
    throw new JqlError(
      `Date value '${clause.values[0]}' for field '${clause.field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
    );
  }
  const [, y, mo, d, h, mi] = match.map(Number);
  const bound = instantOfWallClock(y, mo, d, h || 0, mi || 0, timeZone);
  switch (clause.op) {
    case '>=':
      return instant >= bound;
    case '>':
      return instant > bound;
    case '<=':
      return instant <= bound;
    case '<':
      return instant < bound;
    default:
      throw new JqlError(`The operator '${clause.op}' is not supported by the fake for the field '${clause.field}'.`);
  }
}

function compareBy(order: SortKey[], a: StoredIssue, b: StoredIssue): number {
  for (const { field, direction } of order) {
    const byKey = field === 'key' || field === 'issuekey';
    const diff = byKey ? a.key.localeCompare(b.key, 'en', { numeric: true }) : sortValue(field, a) - sortValue(field, b);
    if (diff) return direction === 'ASC' ? diff : -diff;
  }
  return 0;
}

function sortValue(field: string, issue: StoredIssue): number {
  if (field === 'updated') return issue.updatedMs;
  if (field === 'created') return issue.createdMs;
  return Number(issue.id);
}
