import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DecisionStatus } from '../decision-status';
import { parseAdr } from './adr-markdown';
import { toMadr } from './madr-writer';

const FIXTURES = join(__dirname, '../../../test/fixtures/decisions');
const fixture = (folder: string, name: string) => parseAdr(name, readFileSync(join(FIXTURES, folder, name), 'utf8'));

describe('parseAdr', () => {
  it('reads MADR as log4brains writes it: list metadata, context, outcome, consequences; other sections kept', () => {
    const sut = fixture('madr', '20240115-use-a-read-through-cache.md');
    expect(sut).toMatchObject({
      number: null, // 20240115 is a date, not a number
      title: 'Use a read-through cache for prices',
      status: DecisionStatus.ACCEPTED,
      decidedOn: '2024-01-15',
      deciders: 'Noah Brennan, Priya Raman',
      supersededByRef: null,
    });
    expect(sut.context).toMatch(/^- Tags: caching, checkout\n\nTechnical Story: checkout p99/);
    expect(sut.context).toContain('Which cache should checkout read through?');
    expect(sut.context).toContain('## Decision Drivers <!-- optional -->\n\n- p99 latency');
    expect(sut.context).toContain('## Considered Options');
    expect(sut.decision).toMatch(/^Chosen option: "Read-through cache/);
    expect(sut.decision).toContain('## Links');
    expect(sut.decision).not.toContain('Consequences');
    expect(sut.consequences).toBe(
      '### Positive Consequences <!-- optional -->\n\n- One place to purge on a price change\n\n### Negative Consequences <!-- optional -->\n\n- A new shared dependency on Redis',
    );
  });

  it("reads Nygard's format as adr-tools writes it: number and title, date, status section, code fences", () => {
    const first = fixture('nygard', '0001-record-architecture-decisions.md');
    expect(first).toMatchObject({
      number: 1,
      title: 'Record architecture decisions',
      status: DecisionStatus.ACCEPTED,
      decidedOn: '2023-11-02',
    });
    expect(first.decision).toMatch(/^We will use Architecture Decision Records/);
    const second = fixture('nygard', '0002-cache-sessions-in-memcached.md');
    expect(second).toMatchObject({ status: DecisionStatus.SUPERSEDED, supersededByRef: '0003-keep-sessions-in-the-redis-cluster' });
    const third = fixture('nygard', '0003-keep-sessions-in-the-redis-cluster.md');
    expect(third).toMatchObject({ number: 3, status: DecisionStatus.ACCEPTED, supersedesRefs: ['0002-cache-sessions-in-memcached'] });
    expect(third.decision).toContain('# not a heading: a comment in a code block');
    expect(third.consequences).toBe('One more tenant on the Redis cluster.');
  });

  it('reads MADR front matter (MADR 3) and the number in a Nygard title when the file name has none', () => {
    const madr3 = parseAdr(
      'use-x.md',
      '---\nstatus: rejected\ndate: 2024-05-06\ndeciders: [Ann, Bo]\n---\n# Use X\n\n## Context and Problem Statement\n\nWhy\n',
    );
    expect(madr3).toMatchObject({
      number: null,
      title: 'Use X',
      status: DecisionStatus.REJECTED,
      decidedOn: '2024-05-06',
      deciders: 'Ann, Bo',
      context: 'Why',
    });
    const nygard = parseAdr('x.md', '# 12. Use Y\n\nDate: 2024-01-01\n\n## Status\n\nDeprecated\n');
    expect(nygard).toMatchObject({ number: 12, title: 'Use Y', status: DecisionStatus.DEPRECATED });
  });

  it('round-trips what the export writes', () => {
    const written = {
      number: 4,
      title: 'Build a read-through cache',
      status: DecisionStatus.SUPERSEDED,
      decidedOn: '2027-02-03',
      deciders: 'Noah Brennan',
      context: 'Why, with a heading inside:\n\n## Measured\n\n- p99 1,200 ms',
      decision: 'We will.\n\n```\n## not a heading\n```',
      consequences: '- good\n- bad',
      supersededBy: { number: 9, title: 'Use the CDN instead' },
      initiativeKeys: ['TL-3', 'TL-12'],
      goalTitles: ['Reduce churn', 'Faster checkout'],
    };
    const sut = parseAdr('0004-build-a-read-through-cache.md', toMadr(written));
    expect(sut).toEqual({
      fileName: '0004-build-a-read-through-cache.md',
      number: 4,
      title: written.title,
      status: written.status,
      decidedOn: written.decidedOn,
      deciders: written.deciders,
      context: written.context,
      decision: written.decision,
      consequences: written.consequences,
      initiativeKeys: written.initiativeKeys,
      goalTitles: written.goalTitles,
      supersededByRef: '0009-use-the-cdn-instead',
      supersedesRefs: [],
    });
  });

  it.each([
    ['no title', 'just text', /has no title/],
    ['an unknown status', '# T\n\n- Status: maybe later\n', /status "maybe later" is not one of/],
    ['a bad date', '# T\n\n- Date: 2024-02-31\n', /date "2024-02-31" is not a date/],
    ['a title too long', `# ${'x'.repeat(301)}\n`, /title is longer than 300/],
  ])('refuses %s, naming the file', (_case, text, problem) => {
    expect(() => parseAdr('0007-bad.md', text)).toThrow(/^0007-bad\.md: /);
    expect(() => parseAdr('0007-bad.md', text)).toThrow(problem);
  });

  it('reads every fixture', () => {
    for (const folder of ['madr', 'nygard'])
      for (const name of readdirSync(join(FIXTURES, folder)).filter((n) => /^\d/.test(n)))
        expect(() => fixture(folder, name)).not.toThrow();
  });
});
