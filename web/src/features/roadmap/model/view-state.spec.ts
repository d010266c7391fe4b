import { InitiativeStatus } from '@throughline/shared';
import {
  applyZoom,
  defaultWindow,
  parseView,
  serializeView,
  shareParams,
  shiftWindow,
  windowAroundToday,
  ZOOMS,
  zoomOf,
  type RoadmapView,
} from './view-state';

const TODAY = '2027-05-14';
const year = ZOOMS.find((z) => z.id === 'year')!;
const quarter = ZOOMS.find((z) => z.id === 'quarter')!;
const twoYears = ZOOMS.find((z) => z.id === '2y')!;

function view(overrides: Partial<RoadmapView> = {}): RoadmapView {
  return { ...parseView(new URLSearchParams(), TODAY), ...overrides };
}

describe('roadmap view in the URL', () => {
  it('defaults to a year from the quarter before today, grouped by team, unfiltered', () => {
    expect(parseView(new URLSearchParams(), TODAY)).toEqual({
      from: '2027-01-01',
      to: '2027-12-31',
      groupBy: 'TEAM',
      teamIds: [],
      goalIds: [],
      statuses: [],
      search: '',
      collapsed: [],
      baseline: '',
      forecastGhosts: false,
    });
  });

  it('round-trips every part of the view', () => {
    const sut: RoadmapView = {
      from: '2027-04-01',
      to: '2027-09-30',
      groupBy: 'GOAL',
      teamIds: ['t1', 't2'],
      goalIds: ['g1'],
      statuses: [InitiativeStatus.IN_PROGRESS, InitiativeStatus.PLANNED],
      search: 'cache layer',
      collapsed: ['g1', 'none'],
      baseline: '5b0c3c8e-7a51-4d0e-9f7e-2a6f1c3d4e5f',
      forecastGhosts: true,
    };
    const url = serializeView(sut).toString();
    expect(parseView(new URLSearchParams(url), '2030-01-01')).toEqual(sut);
  });

  it('always writes the window, and leaves defaults and empty filters out', () => {
    expect(serializeView(view()).toString()).toBe('from=2027-01-01&to=2027-12-31');
  });

  it('keeps the baseline compared with, so a shared link shows the same ghosts; a malformed id means none', () => {
    const id = '5B0C3C8E-7A51-4D0E-9F7E-2A6F1C3D4E5F';
    const sut = parseView(new URLSearchParams(`from=2027-01-01&to=2027-12-31&baseline=${id}`), TODAY);
    expect(sut.baseline).toBe(id.toLowerCase());
    expect(serializeView(sut).toString()).toBe(`from=2027-01-01&to=2027-12-31&baseline=${id.toLowerCase()}`);
    expect(parseView(new URLSearchParams('baseline=FY2027-Q1'), TODAY).baseline).toBe('');
    expect(serializeView(view({ baseline: '' })).has('baseline')).toBe(false);
  });

  it('keeps the forecast ghosts shown as ghosts=1, and leaves them out of a share link (a shared roadmap has none)', () => {
    const sut = parseView(new URLSearchParams('from=2027-01-01&to=2027-12-31&ghosts=1'), TODAY);
    expect(sut.forecastGhosts).toBe(true);
    expect(serializeView(sut).toString()).toBe('from=2027-01-01&to=2027-12-31&ghosts=1');
    expect(shareParams(sut)).toBe('from=2027-01-01&to=2027-12-31');
    expect(parseView(new URLSearchParams('ghosts=yes'), TODAY).forecastGhosts).toBe(false);
    expect(serializeView(view({ forecastGhosts: false })).has('ghosts')).toBe(false);
  });

  it('ignores malformed values instead of failing', () => {
    const sut = parseView(new URLSearchParams('from=2027-02-30&to=2027-01-01&group=colour&status=DONE,bogus,done&team=,a,,a'), TODAY);
    expect(sut.from).toBe('2027-01-01');
    expect(sut.groupBy).toBe('TEAM');
    expect(sut.statuses).toEqual([InitiativeStatus.DONE]);
    expect(sut.teamIds).toEqual(['a']);
  });

  it('falls back to the default window when it is reversed', () => {
    expect(parseView(new URLSearchParams('from=2027-06-01&to=2027-01-01'), TODAY).from).toBe('2027-01-01');
  });

  it('caps the window at two years', () => {
    expect(parseView(new URLSearchParams('from=2027-01-01&to=2031-12-31'), TODAY).to).toBe('2028-12-31');
  });
});

describe('zoom and window', () => {
  it('recognises the preset a window matches', () => {
    expect(zoomOf({ from: '2027-01-01', to: '2027-12-31' })).toBe(year);
    expect(zoomOf({ from: '2027-04-01', to: '2027-06-30' })).toBe(quarter);
    expect(zoomOf({ from: '2027-04-02', to: '2027-06-30' })).toBeUndefined();
  });

  it('zooms from the fiscal quarter holding the start', () => {
    expect(applyZoom(view({ from: '2027-05-10', to: '2027-05-20' }), quarter)).toMatchObject({ from: '2027-04-01', to: '2027-06-30' });
    expect(applyZoom(view({ from: '2027-04-01', to: '2027-06-30' }), twoYears)).toMatchObject({ from: '2027-04-01', to: '2029-03-31' });
  });

  it('aligns zoom to a fiscal year starting in February', () => {
    expect(applyZoom(view({ from: '2027-01-15', to: '2027-03-01' }), quarter, 2)).toMatchObject({ from: '2026-11-01', to: '2027-01-31' });
  });

  it('moves the window a quarter at a time, keeping its length', () => {
    expect(shiftWindow(view({ from: '2027-01-01', to: '2027-12-31' }), 1)).toMatchObject({ from: '2027-04-01', to: '2028-03-31' });
    expect(shiftWindow(view({ from: '2027-01-01', to: '2027-06-30' }), -1)).toMatchObject({ from: '2026-10-01', to: '2027-03-31' });
    expect(shiftWindow(view({ from: '2027-01-10', to: '2027-01-19' }), 1)).toMatchObject({ from: '2027-04-10', to: '2027-04-19' });
  });

  it('brings today back into view at the same zoom', () => {
    expect(windowAroundToday(view({ from: '2030-01-01', to: '2030-03-31' }), TODAY)).toMatchObject({
      from: '2027-04-01',
      to: '2027-06-30',
    });
    expect(windowAroundToday(view({ from: '2030-01-01', to: '2030-06-30' }), TODAY)).toMatchObject({
      from: '2027-04-01',
      to: '2027-09-30',
    });
    expect(windowAroundToday(view({ from: '2030-01-01', to: '2031-12-31' }), TODAY)).toMatchObject({
      from: '2027-01-01',
      to: '2028-12-31',
    });
  });

  it('starts the default window on fiscal quarters', () => {
    expect(defaultWindow('2027-05-14', 2)).toEqual({ from: '2027-02-01', to: '2028-01-31' });
    // Half a year (a phone's default) starts with today's quarter.
    expect(defaultWindow('2027-05-14', 1, 6)).toEqual({ from: '2027-04-01', to: '2027-09-30' });
  });
});
