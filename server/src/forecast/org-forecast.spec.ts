import { InitiativeStatus } from '@throughline/shared';
import { DependencyGraph } from '../initiative/dependency-graph';
import { goalRisk } from './goal-forecast';
import { OrgForecast, ScheduledWork } from './org-forecast';

type Spec = Partial<ScheduledWork> & { id: string };

const work = (spec: Spec): ScheduledWork => ({
  key: spec.id,
  status: InitiativeStatus.IN_PROGRESS,
  startDate: null,
  endDate: null,
  expectedEndDate: null,
  ...spec,
});

/** `edges` as "dependent>blocker". */
function forecastOf(specs: Spec[], ...edges: string[]): OrgForecast {
  const graph = new DependencyGraph(
    edges.map((edge) => {
      const [dependentId, blockerId] = edge.split('>');
      return { dependentId, blockerId };
    }),
  );
  return new OrgForecast(new Map(specs.map((spec) => [spec.id, work(spec)])), graph);
}

const span = (startDate: string, endDate: string, more: Partial<ScheduledWork> = {}) => ({ startDate, endDate, ...more });

describe('OrgForecast', () => {
  it('is the plan when nothing slips or conflicts', () => {
    const sut = forecastOf(
      [
        { id: 'A', ...span('2027-01-01', '2027-01-31') },
        { id: 'B', ...span('2027-02-01', '2027-02-28') },
      ],
      'B>A',
    );
    expect(sut.of('B')).toEqual({ startDate: '2027-02-01', endDate: '2027-02-28', slipDays: 0, pushedBy: null });
    expect(sut.causesOf('B')).toEqual([]);
  });

  it("takes the latest check-in's expected end as the work's own end", () => {
    const sut = forecastOf([{ id: 'A', ...span('2027-01-01', '2027-01-31', { expectedEndDate: '2027-02-24' }) }]);
    expect(sut.of('A')).toEqual({ startDate: '2027-01-01', endDate: '2027-02-24', slipDays: 24, pushedBy: null });
  });

  it('carries a slip down a chain, each keeping its duration, causes first slip first', () => {
    const sut = forecastOf(
      [
        { id: 'A', ...span('2027-01-01', '2027-01-31', { expectedEndDate: '2027-02-24' }) },
        { id: 'B', ...span('2027-02-01', '2027-02-10') },
        { id: 'C', ...span('2027-02-11', '2027-03-02') },
      ],
      'C>B',
      'B>A',
    );
    expect(sut.of('B')).toMatchObject({ startDate: '2027-02-24', endDate: '2027-03-05', slipDays: 23 });
    expect(sut.of('C')).toMatchObject({ startDate: '2027-03-05', endDate: '2027-03-24', slipDays: 22 });
    expect(sut.causesOf('C')).toEqual(['A', 'B']);
    expect(sut.causesOf('B')).toEqual(['A']);
    expect(sut.causesOf('A')).toEqual([]);
  });

  it('a same-day hand-off is neither a conflict nor a slip', () => {
    const sut = forecastOf(
      [
        { id: 'A', ...span('2027-01-01', '2027-01-31', { expectedEndDate: '2027-02-01' }) },
        { id: 'B', ...span('2027-02-01', '2027-02-10') },
      ],
      'B>A',
    );
    expect(sut.of('B')).toEqual({ startDate: '2027-02-01', endDate: '2027-02-10', slipDays: 0, pushedBy: null });
  });

  it('in a diamond the latest-ending blocker decides, and the chain follows it', () => {
    const sut = forecastOf(
      [
        { id: 'TOP', ...span('2027-01-01', '2027-01-10', { expectedEndDate: '2027-01-20' }) },
        { id: 'LEFT', ...span('2027-01-11', '2027-01-15') },
        { id: 'RIGHT', ...span('2027-01-11', '2027-01-25') },
        { id: 'BOTTOM', ...span('2027-01-26', '2027-01-31') },
      ],
      'LEFT>TOP',
      'RIGHT>TOP',
      'BOTTOM>LEFT',
      'BOTTOM>RIGHT',
    );
    expect(sut.of('LEFT')).toMatchObject({ startDate: '2027-01-20', endDate: '2027-01-24' });
    expect(sut.of('RIGHT')).toMatchObject({ startDate: '2027-01-20', endDate: '2027-02-03' });
    expect(sut.of('BOTTOM')).toMatchObject({ startDate: '2027-02-03', endDate: '2027-02-08', slipDays: 8 });
    expect(sut.causesOf('BOTTOM')).toEqual(['TOP', 'RIGHT']);
  });

  it('done and cancelled work forecasts as it is and pushes nothing', () => {
    const sut = forecastOf(
      [
        { id: 'DONE', status: InitiativeStatus.DONE, ...span('2027-01-01', '2027-03-31', { expectedEndDate: '2027-05-01' }) },
        { id: 'GONE', status: InitiativeStatus.CANCELLED, ...span('2027-01-01', '2027-04-30') },
        { id: 'NEXT', ...span('2027-02-01', '2027-02-28') },
      ],
      'NEXT>DONE',
      'NEXT>GONE',
    );
    expect(sut.of('DONE')).toEqual({ startDate: '2027-01-01', endDate: '2027-03-31', slipDays: 0, pushedBy: null });
    expect(sut.of('NEXT')).toEqual({ startDate: '2027-02-01', endDate: '2027-02-28', slipDays: 0, pushedBy: null });
  });

  it('undated work pushes nothing and is not pushed; work with a single date counts it as both ends', () => {
    const sut = forecastOf(
      [
        { id: 'UNDATED', expectedEndDate: '2027-09-01' },
        { id: 'MILESTONE', startDate: '2027-03-01' },
        { id: 'AFTER', ...span('2027-02-15', '2027-02-20') },
        { id: 'WAITS', ...span('2027-01-01', '2027-01-31') },
      ],
      'AFTER>UNDATED',
      'AFTER>MILESTONE',
      'UNDATED>WAITS',
    );
    expect(sut.of('UNDATED')).toEqual({ startDate: null, endDate: '2027-09-01', slipDays: 0, pushedBy: null });
    expect(sut.of('AFTER')).toMatchObject({ startDate: '2027-03-01', endDate: '2027-03-06', pushedBy: 'MILESTONE' });
  });
});

describe('goalRisk', () => {
  const org = forecastOf(
    [
      { id: 'TL-23', ...span('2027-09-01', '2027-10-31', { expectedEndDate: '2027-12-01' }) },
      { id: 'TL-31', ...span('2027-11-01', '2027-12-07') },
      { id: 'TL-40', ...span('2027-01-01', '2027-12-30') },
      { id: 'DROPPED', status: InitiativeStatus.CANCELLED, ...span('2027-01-01', '2028-06-30') },
    ],
    'TL-31>TL-23',
  );

  it('is at risk when its latest-ending work ends after the target, with the chain up to and including that work', () => {
    expect(goalRisk('2027-12-31', ['TL-40', 'TL-31', 'DROPPED'], org)).toEqual({ atRisk: true, slipDays: 6, causes: ['TL-23', 'TL-31'] });
  });

  it('is not at risk on plan, without a target date, or through cancelled work alone', () => {
    expect(goalRisk('2028-01-30', ['TL-40', 'TL-31'], org)).toEqual({ atRisk: false, slipDays: 0, causes: [] });
    expect(goalRisk(null, ['TL-31'], org)).toEqual({ atRisk: false, slipDays: 0, causes: [] });
    expect(goalRisk('2027-12-31', ['DROPPED', 'TL-40'], org)).toEqual({ atRisk: false, slipDays: 0, causes: [] });
  });
});

describe('OrgForecast.movedWithin', () => {
  it('lists the work off its plan whose plan or forecast overlaps the window', () => {
    const sut = forecastOf(
      [
        { id: 'SLIPS', ...span('2027-01-01', '2027-01-31', { expectedEndDate: '2027-02-20' }) },
        { id: 'PUSHED', ...span('2027-02-01', '2027-02-28') },
        { id: 'ON_PLAN', ...span('2027-01-01', '2027-01-31') },
        { id: 'EARLIER', ...span('2026-01-01', '2026-01-31', { expectedEndDate: '2026-01-20' }) },
      ],
      'PUSHED>SLIPS',
    );
    expect(sut.movedWithin('2027-01-01', '2027-12-31').sort()).toEqual(['PUSHED', 'SLIPS']);
    expect(sut.movedWithin('2027-03-10', '2027-03-31')).toEqual(['PUSHED']);
  });
});
