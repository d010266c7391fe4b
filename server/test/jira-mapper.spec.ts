import { adfToMarkdown } from '../src/jira/client/adf-to-markdown';
import { discoverFieldIds, JiraFieldIds } from '../src/jira/client/field-discovery';
import { isDone, mapIssue, requiredFields } from '../src/jira/client/issue-mapper';
import { JiraField, JiraIssue, JiraIssueFields } from '../src/jira/client/jira-types';
import * as a from './fake-jira/adf-fixtures';
import { FIELD_LIST } from './fake-jira/fake-fields';

const IDS: JiraFieldIds = {
  targetStart: 'customfield_10022',
  targetEnd: 'customfield_10023',
  startDate: 'customfield_10015',
  team: 'customfield_10001',
};
const SITE = 'https://acme.atlassian.net';

function issue(fields: JiraIssueFields = {}, key = 'ALPHA-7'): JiraIssue {
  return {
    id: '10042',
    key,
    fields: {
      summary: 'Checkout rewrite',
      status: { name: 'Backlog', statusCategory: { key: 'new' } },
      project: { key: 'ALPHA', name: 'Alpha Platform' },
      updated: '2026-02-25T22:17:33.120+0100',
      ...fields,
    },
  };
}

const blocksType = { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' };

describe('mapIssue', () => {
  it('maps identity, link, title, project and updated', () => {
    const sut = mapIssue(issue(), IDS, `${SITE}/`);

    expect(sut).toMatchObject({
      jiraId: '10042',
      key: 'ALPHA-7',
      url: 'https://acme.atlassian.net/browse/ALPHA-7',
      title: 'Checkout rewrite',
      projectKey: 'ALPHA',
      projectName: 'Alpha Platform',
      updated: '2026-02-25T22:17:33.120+0100',
      description: null,
      parentJiraId: null,
      blocksJiraIds: [],
      blockedByJiraIds: [],
    });
  });

  it.each([
    ['new', 'PLANNED'],
    ['indeterminate', 'IN_PROGRESS'],
    ['done', 'DONE'],
    ['undefined', 'PLANNED'],
  ])('maps status category %s to %s', (key, expected) => {
    const sut = mapIssue(issue({ status: { name: 'Whatever', statusCategory: { key } } }), IDS, SITE);

    expect(sut.status).toBe(expected);
  });

  it('tells done issues apart for progress', () => {
    expect(isDone(issue({ status: { statusCategory: { key: 'done' } } }))).toBe(true);
    expect(isDone(issue({ status: { statusCategory: { key: 'indeterminate' } } }))).toBe(false);
  });

  it('takes the dates from Target start / Target end, before Start date and due date', () => {
    const sut = mapIssue(
      issue({ customfield_10022: '2026-04-01', customfield_10023: '2026-06-30', customfield_10015: '2026-03-01', duedate: '2026-05-15' }),
      IDS,
      SITE,
    );

    expect([sut.startDate, sut.endDate]).toEqual(['2026-04-01', '2026-06-30']);
  });

  it('falls back to Start date and the due date when both target fields are empty', () => {
    const sut = mapIssue(
      issue({ customfield_10022: null, customfield_10023: null, customfield_10015: '2026-07-01', duedate: '2026-09-15' }),
      IDS,
      SITE,
    );

    expect([sut.startDate, sut.endDate]).toEqual(['2026-07-01', '2026-09-15']);
  });

  it('spans Target start to the due date when Target end is empty', () => {
    const sut = mapIssue(issue({ customfield_10022: '2026-04-01', duedate: '2026-09-15' }), IDS, SITE);

    expect([sut.startDate, sut.endDate]).toEqual(['2026-04-01', '2026-09-15']);
  });

  it('spans Start date to Target end when Target start is empty', () => {
    const sut = mapIssue(issue({ customfield_10015: '2026-02-01', customfield_10023: '2026-06-30', duedate: '2026-09-15' }), IDS, SITE);

    expect([sut.startDate, sut.endDate]).toEqual(['2026-02-01', '2026-06-30']);
  });

  it('leaves the start empty with only a due date, and the end empty with only a start', () => {
    expect(mapIssue(issue({ duedate: '2026-09-15' }), IDS, SITE)).toMatchObject({ startDate: null, endDate: '2026-09-15' });
    expect(mapIssue(issue({ customfield_10015: '2026-02-01' }), IDS, SITE)).toMatchObject({ startDate: '2026-02-01', endDate: null });
  });

  it('leaves both dates empty when nothing is set, or the site has no such fields', () => {
    expect(mapIssue(issue(), IDS, SITE)).toMatchObject({ startDate: null, endDate: null });
    expect(
      mapIssue(issue({ duedate: '2026-09-15', customfield_10022: '2026-04-01', customfield_10015: '2026-02-01' }), {}, SITE),
    ).toMatchObject({ startDate: null, endDate: '2026-09-15' });
  });

  it('reads the Atlassian Team field by name, then title', () => {
    const named = issue({
      customfield_10001: { id: '36885b3c-1bf0-4f85-a357-c5b858c31de4', name: 'Payments Squad', title: 'Payments Squad' },
    });
    const titled = issue({ customfield_10001: { id: '36885b3c-1bf0-4f85-a357-c5b858c31de4', title: 'Growth' } });

    expect(mapIssue(named, IDS, SITE).teamName).toBe('Payments Squad');
    expect(mapIssue(titled, IDS, SITE).teamName).toBe('Growth');
  });

  it('has no team when the field is empty, only an id, or unknown on the site', () => {
    expect(mapIssue(issue({ customfield_10001: null }), IDS, SITE).teamName).toBeNull();
    expect(mapIssue(issue({ customfield_10001: '36885b3c-1bf0-4f85-a357-c5b858c31de4' }), IDS, SITE).teamName).toBeNull();
    expect(mapIssue(issue({ customfield_10001: { name: 'Payments Squad' } }), { ...IDS, team: undefined }, SITE).teamName).toBeNull();
  });

  it('reads the parent id', () => {
    const sut = mapIssue(issue({ parent: { id: '10001', key: 'ALPHA-1', fields: { summary: 'Parent' } } }), IDS, SITE);

    expect(sut.parentJiraId).toBe('10001');
  });

  it('reads Blocks links both ways and ignores other link types', () => {
    const links = [
      { id: '1', type: blocksType, outwardIssue: { id: '10002', key: 'ALPHA-2' } },
      { id: '2', type: blocksType, outwardIssue: { id: '10003', key: 'ALPHA-3' } },
      { id: '3', type: blocksType, inwardIssue: { id: '10009', key: 'BETA-9' } },
      { id: '4', type: { name: 'Relates', inward: 'relates to', outward: 'relates to' }, outwardIssue: { id: '10004', key: 'ALPHA-4' } },
      { id: '5', type: { name: 'Cloners', inward: 'is cloned by', outward: 'clones' }, inwardIssue: { id: '10005', key: 'ALPHA-5' } },
    ];

    const sut = mapIssue(issue({ issuelinks: links }), IDS, SITE);

    expect(sut.blocksJiraIds).toEqual(['10002', '10003']);
    expect(sut.blockedByJiraIds).toEqual(['10009']);
  });

  it('keeps unicode summaries intact, trimming only the ends', () => {
    const sut = mapIssue(issue({ summary: '  Zahlungsflüsse 🚀 — 日本語のエピック ✓  ' }), IDS, SITE);

    expect(sut.title).toBe('Zahlungsflüsse 🚀 — 日本語のエピック ✓');
  });

  it('turns the ADF description into Markdown', () => {
    const sut = mapIssue(issue({ description: a.checkoutDescriptionAdf }), IDS, SITE);

    expect(sut.description).toBe(a.checkoutDescriptionMarkdown);
  });

  it('asks Jira only for the fields it reads', () => {
    expect(requiredFields(IDS).sort()).toEqual(
      [
        'customfield_10001',
        'customfield_10015',
        'customfield_10022',
        'customfield_10023',
        'description',
        'duedate',
        'issuelinks',
        'parent',
        'project',
        'status',
        'summary',
        'updated',
      ].sort(),
    );
    expect(requiredFields({})).not.toContain(undefined);
  });
});

describe('adfToMarkdown', () => {
  it('renders mentions, emoji, hard breaks and dates inline', () => {
    const description = a.doc(
      a.p(
        a.text('Ask '),
        a.mention('5b10ac8d82e05b22cc7d4ef5', 'Jane Doe'),
        a.text(' '),
        { type: 'emoji', attrs: { shortName: ':rocket:', text: '🚀' } },
        { type: 'hardBreak' },
        a.text('by '),
        { type: 'date', attrs: { timestamp: '1774915200000' } },
      ),
    );

    expect(adfToMarkdown(description)).toBe('Ask @Jane Doe 🚀\nby 2026-03-31');
  });

  it('keeps spaces outside emphasis markers and merges split runs', () => {
    const description = a.doc(
      a.p(a.text('very '), a.text(' bold ', a.strong), a.text('and', a.strong, a.em), a.text(' more', a.em, a.strong)),
    );

    expect(adfToMarkdown(description)).toBe('very  **bold** ***and more***');
  });

  it('renders headings of every level, quotes, rules and ordered lists that start later', () => {
    const description = a.doc(
      a.heading(1, a.text('Title')),
      a.heading(4, a.text('Small')),
      { type: 'blockquote', content: [a.p(a.text('Quoted')), a.p(a.text('Twice'))] },
      { type: 'rule' },
      a.numbered(9, a.item(a.p(a.text('nine'))), a.item(a.p(a.text('ten')), a.bullets(a.item(a.p(a.text('deep')))))),
    );

    expect(adfToMarkdown(description)).toBe('# Title\n\n#### Small\n\n> Quoted\n>\n> Twice\n\n---\n\n9. nine\n10. ten\n    - deep');
  });

  it('fences code that itself holds backticks, and marks inline code with them', () => {
    const description = a.doc(a.code(null, 'echo ```x```'), a.p(a.text('run `ls`', a.inlineCode)));

    expect(adfToMarkdown(description)).toBe('````\necho ```x```\n````\n\n`` run `ls` ``');
  });

  it('renders tables, task lists, panels and cards, and drops media', () => {
    const cell = (type: string, value: string) => ({ type, content: [a.p(a.text(value))] });
    const description = a.doc(
      {
        type: 'table',
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Name'), cell('tableHeader', 'Owner')] },
          { type: 'tableRow', content: [cell('tableCell', 'A|B'), cell('tableCell', 'Kim')] },
        ],
      },
      {
        type: 'taskList',
        attrs: { localId: 't' },
        content: [
          { type: 'taskItem', attrs: { state: 'DONE' }, content: [a.text('Write')] },
          { type: 'taskItem', attrs: { state: 'TODO' }, content: [a.text('Ship')] },
        ],
      },
      { type: 'panel', attrs: { panelType: 'info' }, content: [a.p(a.text('Heads up'))] },
      { type: 'mediaSingle', content: [{ type: 'media', attrs: { id: 'x', type: 'file' } }] },
      a.p({ type: 'inlineCard', attrs: { url: 'https://acme.atlassian.net/browse/ALPHA-1' } }),
    );

    expect(adfToMarkdown(description)).toBe(
      '| Name | Owner |\n| --- | --- |\n| A\\|B | Kim |\n\n- [x] Write\n- [ ] Ship\n\nHeads up\n\nhttps://acme.atlassian.net/browse/ALPHA-1',
    );
  });

  it('passes strings through and treats nothing as empty', () => {
    expect(adfToMarkdown('  plain v2 text ')).toBe('plain v2 text');
    expect(adfToMarkdown(null)).toBe('');
    expect(adfToMarkdown(a.doc())).toBe('');
  });
});

describe('discoverFieldIds', () => {
  const fields = FIELD_LIST as JiraField[];

  it('finds the Advanced Roadmaps and Team fields by type, past look-alikes of the same name', () => {
    expect(discoverFieldIds(fields)).toEqual(IDS);
  });

  it('lets overrides win', () => {
    expect(discoverFieldIds(fields, { team: 'customfield_12345', targetEnd: '  ' })).toEqual({ ...IDS, team: 'customfield_12345' });
  });

  it('leaves out what the site does not have', () => {
    const onlyDecoys = fields.filter((f) => !Object.values(IDS).includes(f.id));

    expect(discoverFieldIds(onlyDecoys)).toEqual({});
  });

  it('finds Jira’s Start date by its name and date-picker type, past a text field of that name', () => {
    const field = (id: string, name: string, type: string, custom: string): JiraField => ({
      id,
      name,
      custom: true,
      schema: { type, custom },
    });
    const found = discoverFieldIds([
      field('customfield_10005', 'Start date', 'string', 'com.atlassian.jira.plugin.system.customfieldtypes:textfield'),
      field('customfield_10090', 'start date ', 'date', 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker'),
      field('customfield_10080', 'Start date', 'date', 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker'),
      field('customfield_10006', 'Kick-off date', 'date', 'com.atlassian.jira.plugin.system.customfieldtypes:datepicker'),
    ]);

    expect(found).toEqual({ startDate: 'customfield_10080' });
  });

  it('knows the newer Team type, and takes the oldest field when a type appears twice', () => {
    const team = (id: string, custom: string): JiraField => ({ id, name: 'Team', custom: true, schema: { type: 'team', custom } });
    const found = discoverFieldIds([
      team('customfield_10300', 'com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team'),
      team('customfield_10200', 'com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team'),
    ]);

    expect(found).toEqual({ team: 'customfield_10200' });
  });
});
