import { effortTable } from './effort-table';

const plat = { id: 't1', key: 'PLAT', name: 'Platform' };
const chk = { id: 't2', key: 'CHK', name: 'Checkout' };
const churn = { id: 'g1', title: 'Reduce churn' };

describe('effortTable', () => {
  it('lays sparse cells out as rows of teams and columns of goals, the unaligned last', () => {
    const sut = effortTable([
      { team: null, goal: churn, effortWeeks: 3, initiativeCount: 1 },
      { team: plat, goal: null, effortWeeks: 4, initiativeCount: 1 },
      { team: plat, goal: churn, effortWeeks: 20, initiativeCount: 2 },
      { team: chk, goal: churn, effortWeeks: 6, initiativeCount: 1 },
    ]);
    expect(sut.columns.map((c) => c.title)).toEqual(['Reduce churn', 'No goal']);
    expect(sut.rows.map((r) => r.label)).toEqual(['PLAT', 'CHK', '—']);
    expect(sut.rows[0].cells.g1?.effortWeeks).toBe(20);
    expect(sut.rows[0].cells.none?.effortWeeks).toBe(4);
    expect(sut.rows[1].cells.none).toBeUndefined();
    expect(sut.maxWeeks).toBe(20);
  });
});
