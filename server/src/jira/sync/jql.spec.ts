import { baseJql, BY_UPDATED, jqlWith, parentIn, updatedSince } from './jql';

describe('run JQL', () => {
  it("drops the connection's own ORDER BY, but not one inside a quoted value", () => {
    expect(baseJql('project = PLAT ORDER BY rank')).toBe('project = PLAT');
    expect(baseJql('summary ~ "order by" AND project = PLAT order  by created DESC')).toBe('summary ~ "order by" AND project = PLAT');
  });

  it('parenthesises a JQL with a top-level OR, so that appended clauses apply to all of it', () => {
    expect(baseJql('project = A OR project = B')).toBe('(project = A OR project = B)');
    expect(baseJql('project = A || project = B')).toBe('(project = A || project = B)');
    expect(baseJql('(project = A OR project = B) AND issuetype = Epic')).toBe('(project = A OR project = B) AND issuetype = Epic');
    expect(baseJql('summary ~ "this or that" AND project = A')).toBe('summary ~ "this or that" AND project = A');
  });

  it('appends clauses and an order', () => {
    expect(jqlWith('project = A', [parentIn(['10001', '10002'])], BY_UPDATED)).toBe(
      'project = A AND parent in (10001, 10002) ORDER BY updated ASC, id ASC',
    );
    expect(jqlWith('', [parentIn(['7'])], 'id ASC')).toBe('parent in (7) ORDER BY id ASC');
  });

  it("writes the instant in the Jira user's time zone, and a day earlier in UTC when the zone is unknown", () => {
    const instant = new Date('2027-01-15T02:30:00Z');
    expect(updatedSince(instant, 'America/Los_Angeles')).toBe('updated >= "2027-01-14 18:30"');
    expect(updatedSince(instant, 'Asia/Kolkata')).toBe('updated >= "2027-01-15 08:00"');
    expect(updatedSince(instant, undefined)).toBe('updated >= "2027-01-14 02:30"');
    expect(updatedSince(instant, 'Not/AZone')).toBe('updated >= "2027-01-14 02:30"');
  });
});
