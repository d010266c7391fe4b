import { compactRoadmap } from '../../../test/compact-roadmap';
import { expandRoadmap } from './expand-roadmap';

const team = (id: string) => ({ __typename: 'Team' as const, id, key: id.toUpperCase(), name: `Team ${id}` });
const bar = (id: string, leadTeam: ReturnType<typeof team> | null) => ({
  __typename: 'Initiative' as const,
  id,
  key: `TL-${id}`,
  title: `Initiative ${id}`,
  status: 'PLANNED' as const,
  health: 'ON_TRACK' as const,
  startDate: '2027-01-01',
  endDate: '2027-02-01',
  progress: null,
  version: 1,
  externalKey: null,
  leadTeam,
});

describe('expandRoadmap', () => {
  const platform = team('plat');
  const [a, b, c] = [bar('a', platform), bar('b', platform), bar('c', null)];
  const lanes = [
    { key: 'churn', title: 'Reduce churn', initiatives: [a, b] },
    { key: 'cost', title: 'Cut cost', initiatives: [b] },
    { key: 'none', title: 'No goal', initiatives: [c] },
  ];
  const answer = {
    __typename: 'Roadmap' as const,
    from: '2027-01-01',
    to: '2027-12-31',
    periods: [],
    ...compactRoadmap(lanes, [
      ['b', 'a'],
      ['c', 'b'],
    ]),
  };

  it('gives back the lanes of bars, each with its lead team, and the dependencies by id', () => {
    const expanded = expandRoadmap(answer);
    expect(expanded.lanes.map((lane) => [lane.key, lane.title, lane.initiatives.map((i) => [i.id, i.leadTeam?.name ?? null])])).toEqual([
      [
        'churn',
        'Reduce churn',
        [
          ['a', 'Team plat'],
          ['b', 'Team plat'],
        ],
      ],
      ['cost', 'Cut cost', [['b', 'Team plat']]],
      ['none', 'No goal', [['c', null]]],
    ]);
    expect(expanded.lanes[0].initiatives[0]).toMatchObject(a);
    expect(expanded.dependencies).toEqual([
      { dependentId: 'b', blockerId: 'a' },
      { dependentId: 'c', blockerId: 'b' },
    ]);
    expect(expanded).toMatchObject({ from: '2027-01-01', to: '2027-12-31', periods: [] });
  });

  it('shares one object per initiative across its lanes, and one per team across its bars', () => {
    const [churn, cost] = expandRoadmap(answer).lanes;
    expect(cost.initiatives[0]).toBe(churn.initiatives[1]);
    expect(churn.initiatives[0].leadTeam).toBe(churn.initiatives[1].leadTeam);
  });
});
