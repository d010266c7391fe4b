import { MockedProvider } from '@apollo/client/testing/react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation, type Location } from 'react-router';
import { ToastProvider } from '../../components/ui/toast';
import { CreateInitiativeMutation } from '../../features/initiative/api/create-initiative.mutation';
import { InitiativeOptionsQuery } from '../../features/initiative/api/initiative-options.query';
import { RescheduleInitiativeMutation } from '../../features/roadmap/api/reschedule-initiative.mutation';
import { RoadmapOptionsQuery } from '../../features/roadmap/api/roadmap-options.query';
import { RoadmapQuery } from '../../features/roadmap/api/roadmap.query';
import { BaselinesQuery } from '../../features/roadmap/api/baselines.query';
import RoadmapRoute from './roadmap';
import { roadmapResult } from '../../test/compact-roadmap';
import { giveElementsASize } from '../../test/element-size';
import { signedIn } from '../../test/session';
import { Role } from '@throughline/shared';

const team = (id: string, name: string) => ({ __typename: 'Team' as const, id, key: id.toUpperCase(), name });
const platform = team('plat', 'Platform');
const infra = team('infra', 'Infrastructure');

function initiative(
  id: string,
  key: string,
  title: string,
  startDate: string,
  endDate: string,
  leadTeam = platform,
  version = 3,
  externalKey: string | null = null,
) {
  return {
    __typename: 'Initiative' as const,
    id,
    key,
    title,
    status: 'IN_PROGRESS' as const,
    health: 'ON_TRACK' as const,
    startDate,
    endDate,
    progress: 0.5,
    version,
    externalKey,
    leadTeam,
  };
}

const caching = initiative('i1', 'TL-1', 'Redesign the caching layer', '2027-03-01', '2027-06-30');
const redis = initiative('i2', 'TL-2', 'Migrate sessions to the new Redis cluster', '2027-01-04', '2027-03-26', infra);

function roadmap(
  lanes = [
    { key: 'plat', title: 'Platform', initiatives: [caching] },
    { key: 'infra', title: 'Infrastructure', initiatives: [redis] },
  ],
) {
  const periods = ['Q1', 'Q2', 'Q3', 'Q4'].map((q, i) => ({
    __typename: 'Period' as const,
    label: `FY2027-${q}`,
    start: `2027-${String(i * 3 + 1).padStart(2, '0')}-01`,
    end: ['2027-03-31', '2027-06-30', '2027-09-30', '2027-12-31'][i],
  }));
  // i1 waits for i2, which ends after i1 starts: a conflict.
  const dependencies = [['i1', 'i2']] as const;
  return roadmapResult(periods, lanes, dependencies);
}

const roadmapMock = (result = roadmap()) => ({ request: { query: RoadmapQuery, variables: () => true }, result, maxUsageCount: 5 });
const options = (initiativeCount = 2, teams = [platform, infra]) => ({
  request: { query: RoadmapOptionsQuery },
  result: { data: { teams, goals: [], initiatives: { __typename: 'InitiativePage' as const, totalCount: initiativeCount } } },
  maxUsageCount: 5,
});
const optionsMock = options();

// MemoryRouter, not a data router: jsdom lacks the fetch Request that data routers build.
function renderPage(mocks: object[], url = '/?from=2027-01-01&to=2027-12-31', role = Role.EDITOR) {
  const router = { location: null as Location | null };
  function Probe() {
    router.location = useLocation();
    return null;
  }
  render(
    <MockedProvider mocks={mocks as never} cache={signedIn(role)}>
      <ToastProvider>
        <MemoryRouter initialEntries={[url]}>
          <Probe />
          <Routes>
            <Route path="/" element={<RoadmapRoute />} />
            <Route path="/initiatives/:id" element={<p>Initiative page</p>} />
          </Routes>
        </MemoryRouter>
      </ToastProvider>
    </MockedProvider>,
  );
  return router;
}

giveElementsASize();
// jsdom has no PointerEvent: a mouse event with a pointer type stands in, so drags carry their clientX.
beforeAll(() => {
  globalThis.PointerEvent ??= class extends MouseEvent {
    pointerType: string;
    pointerId = 1;
    constructor(type: string, init: PointerEventInit = {}) {
      super(type, init);
      this.pointerType = init.pointerType ?? 'mouse';
    }
  } as typeof PointerEvent;
});

describe('Roadmap page', () => {
  it('draws lanes of bars under fiscal quarters, with conflicts counted', async () => {
    renderPage([roadmapMock(), optionsMock]);
    const bar = await screen.findByRole('link', {
      name: /TL-1 Redesign the caching layer, Mar 1, 2027 – Jun 30, 2027, In progress, On track, Team Platform, 50% done/,
    });
    expect(bar).toBeInTheDocument();
    expect(screen.getAllByTestId('timeline-period').map((p) => p.textContent)).toEqual([
      'FY2027-Q1',
      'FY2027-Q2',
      'FY2027-Q3',
      'FY2027-Q4',
    ]);
    expect(screen.getByRole('button', { name: /Infrastructure/ })).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('1 schedule conflict')).toBeInTheDocument();
    // Arrows are drawn in a render of their own, just after the bars.
    await waitFor(() => expect(screen.getByTestId('dependency-layer').querySelector('path[data-conflict]')).not.toBeNull());
  });

  it('folds a lane and keeps that in the URL', async () => {
    const router = renderPage([roadmapMock(), optionsMock]);
    await screen.findByRole('link', { name: /TL-2/ });
    await userEvent.click(screen.getByRole('button', { name: /Infrastructure/ }));
    expect(screen.queryByRole('link', { name: /TL-2/ })).not.toBeInTheDocument();
    expect(new URLSearchParams(router.location!.search).get('collapsed')).toBe('infra');
  });

  it('keeps the forecast ghosts toggle in the URL as ghosts=1, and drops it when unticked', async () => {
    const router = renderPage([roadmapMock(), optionsMock]);
    const toggle = await screen.findByRole('checkbox', { name: /Forecast ghosts/ });
    expect(toggle).not.toBeChecked();
    await userEvent.click(toggle);
    expect(new URLSearchParams(router.location!.search).get('ghosts')).toBe('1');
    expect(screen.getByRole('checkbox', { name: /Forecast ghosts/ })).toBeChecked();
    await userEvent.click(screen.getByRole('checkbox', { name: /Forecast ghosts/ }));
    expect(new URLSearchParams(router.location!.search).has('ghosts')).toBe(false);
  });

  it('opens with the forecast ghosts shown when the URL has ghosts=1', async () => {
    renderPage([roadmapMock(), optionsMock], '/?from=2027-01-01&to=2027-12-31&ghosts=1');
    expect(await screen.findByRole('checkbox', { name: /Forecast ghosts/ })).toBeChecked();
  });

  it('moves a bar a week with the arrow key and saves it with the version it was loaded at', async () => {
    const saved = { ...caching, startDate: '2027-03-08', endDate: '2027-07-07', version: 4 };
    const save = jest.fn(() => ({ data: { updateInitiative: saved } }));
    const mutation = {
      request: {
        query: RescheduleInitiativeMutation,
        variables: { input: { id: 'i1', version: 3, startDate: '2027-03-08', endDate: '2027-07-07' } },
      },
      result: save,
    };
    renderPage([roadmapMock(), optionsMock, mutation]);
    const bar = await screen.findByRole('link', { name: /TL-1/ });
    act(() => bar.focus());
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('link', { name: /TL-1/ })).toHaveAccessibleName(expect.stringContaining('Mar 8, 2027 – Jul 7, 2027'));
    await waitFor(() => expect(save).toHaveBeenCalled(), { timeout: 3000 });
  });

  it('reloads and says so when someone else saved the initiative first', async () => {
    const conflict = {
      request: { query: RescheduleInitiativeMutation, variables: () => true },
      result: {
        errors: [{ message: 'Initiative i1 was changed by someone else', extensions: { code: 'CONFLICT', field: 'input.version' } }],
      },
    };
    const theirs = roadmap([{ key: 'plat', title: 'Platform', initiatives: [{ ...caching, startDate: '2027-04-01', version: 4 }] }]);
    renderPage([roadmapMock(), optionsMock, conflict, { ...roadmapMock(theirs), maxUsageCount: 1 }]);
    const bar = await screen.findByRole('link', { name: /TL-1/ });
    act(() => bar.focus());
    await userEvent.keyboard('{ArrowLeft}');
    act(() => bar.blur());
    expect(
      await screen.findByText(/Someone else changed TL-1 while you were moving it; it has been reloaded/, {}, { timeout: 3000 }),
    ).toBeInTheDocument();
  });

  describe('an initiative imported from Jira', () => {
    const imported = initiative('i4', 'TL-4', 'Consolidate the message queues', '2027-03-01', '2027-06-30', platform, 3, 'PLAT-12');
    const withImported = () => roadmapMock(roadmap([{ key: 'plat', title: 'Platform', initiatives: [imported, redis] }]));
    const save = jest.fn(() => ({ data: { updateInitiative: imported } }));
    const anyMove = { request: { query: RescheduleInitiativeMutation, variables: () => true }, result: save, maxUsageCount: 5 };
    beforeEach(() => save.mockClear());

    it('does not move with the keys, and says why', async () => {
      renderPage([withImported(), optionsMock, anyMove]);
      const bar = await screen.findByRole('link', { name: /TL-4/ });
      expect(bar).toHaveAccessibleDescription('Enter opens the initiative. Its dates come from Jira and are changed there.');
      act(() => bar.focus());
      await userEvent.keyboard('{ArrowRight}{Shift>}{ArrowRight}{/Shift}');
      expect(bar).toHaveAccessibleName(expect.stringContaining('Mar 1, 2027 – Jun 30, 2027'));
      expect(screen.getByText('TL-4: Imported from Jira (PLAT-12): change its dates in Jira.')).toBeInTheDocument();
      expect(screen.getByTestId('bar-tooltip')).toHaveTextContent('Imported from Jira (PLAT-12): change its dates in Jira.');
      await new Promise((resolve) => setTimeout(resolve, 1200));
      expect(save).not.toHaveBeenCalled();
    });

    it('cannot be dragged, while a bar of Throughline’s own can', async () => {
      renderPage([withImported(), optionsMock, anyMove]);
      const drag = (bar: HTMLElement) => {
        fireEvent.pointerDown(bar, { button: 0, pointerType: 'mouse', clientX: 300 });
        fireEvent.pointerMove(bar, { pointerType: 'mouse', clientX: 360 });
      };
      const importedBar = await screen.findByRole('link', { name: /TL-4/ });
      drag(importedBar);
      expect(importedBar).not.toHaveAttribute('data-dragging');
      fireEvent.pointerUp(importedBar);
      const ownBar = screen.getByRole('link', { name: /TL-2/ });
      drag(ownBar);
      expect(screen.getByRole('link', { name: /TL-2/ })).toHaveAttribute('data-dragging', 'true');
    });
  });

  it('offers a viewer no New initiative, and no bar moves for them', async () => {
    const save = jest.fn(() => ({ data: { updateInitiative: caching } }));
    const anyMove = { request: { query: RescheduleInitiativeMutation, variables: () => true }, result: save, maxUsageCount: 5 };
    renderPage([roadmapMock(), optionsMock, anyMove], undefined, Role.VIEWER);
    const bar = await screen.findByRole('link', { name: /TL-1/ });
    expect(screen.queryByRole('button', { name: 'New initiative' })).not.toBeInTheDocument();
    expect(bar).toHaveAccessibleDescription('Enter opens the initiative.');
    fireEvent.pointerDown(bar, { button: 0, pointerType: 'mouse', clientX: 300 });
    fireEvent.pointerMove(bar, { pointerType: 'mouse', clientX: 360 });
    expect(bar).not.toHaveAttribute('data-dragging');
    fireEvent.pointerUp(bar);
    act(() => bar.focus());
    await userEvent.keyboard('{ArrowRight}');
    expect(bar).toHaveAccessibleName(expect.stringContaining('Mar 1, 2027 – Jun 30, 2027'));
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(save).not.toHaveBeenCalled();
  });

  it('opens the initiative when a bar is clicked', async () => {
    const router = renderPage([roadmapMock(), optionsMock]);
    await userEvent.click(await screen.findByRole('link', { name: /TL-2/ }));
    expect(router.location!.pathname).toBe('/initiatives/i2');
    expect(within(document.body).getByText('Initiative page')).toBeInTheDocument();
  });

  describe('with nothing to show', () => {
    const empty = () => roadmap([]);

    it('tells a new user what to create first, marking what exists', async () => {
      renderPage([roadmapMock(empty()), options(0, [platform])]);
      const start = await screen.findByRole('region', { name: 'No initiatives yet' });
      const steps = within(start).getAllByRole('listitem');
      expect(steps.map((s) => s.querySelector('p')?.textContent)).toEqual(['Add your teams', 'Name a goal', 'Plan an initiative']);
      expect(steps[0]).toHaveTextContent('Done: 1 team');
      expect(within(start).getByRole('button', { name: 'Create a team' })).toBeInTheDocument();
      expect(within(start).getByRole('button', { name: 'Create a goal' })).toBeInTheDocument();
      expect(within(start).getByRole('button', { name: 'Create the first initiative' })).toBeInTheDocument();
      await userEvent.click(within(start).getByRole('button', { name: 'Create a team' }));
      expect(screen.getByRole('dialog', { name: 'New team' })).toBeInTheDocument();
    });

    it('says when the filters match nothing, and clears them', async () => {
      const router = renderPage([roadmapMock(empty()), optionsMock], '/?from=2027-01-01&to=2027-12-31&status=DONE&q=cache');
      expect(await screen.findByRole('heading', { name: 'No initiatives match these filters' })).toBeInTheDocument();
      await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' }).at(-1)!);
      const params = new URLSearchParams(router.location!.search);
      expect(params.get('status')).toBeNull();
      expect(params.get('q')).toBeNull();
      expect(params.get('from')).toBe('2027-01-01');
    });

    it('says when the window holds nothing although there are initiatives', async () => {
      renderPage([roadmapMock(empty()), optionsMock]);
      expect(await screen.findByRole('heading', { name: 'Nothing planned in this window' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Back to today' })).toBeInTheDocument();
    });
  });

  it('creates an initiative in the window’s first quarter and reloads the roadmap, staying on it', async () => {
    const added = initiative('i3', 'TL-3', 'Upgrade the logging pipeline', '2027-01-01', '2027-03-31');
    const loads = jest.fn(() => roadmap([{ key: 'plat', title: 'Platform', initiatives: [caching, added] }]));
    const firstLoad = { ...roadmapMock(), maxUsageCount: 1 };
    const created = {
      ...added,
      description: null,
      owner: null,
      effortWeeks: null,
      externalKey: null,
      externalUrl: null,
      progress: null,
      status: 'PLANNED' as const,
      teams: [],
      goals: [],
      metrics: [],
    };
    const create = jest.fn(() => ({ data: { createInitiative: created } }));
    const mocks = [
      firstLoad,
      { request: { query: RoadmapQuery, variables: () => true }, result: loads, maxUsageCount: 5 },
      optionsMock,
      { request: { query: InitiativeOptionsQuery }, result: { data: { teams: [platform, infra], goals: [], metrics: [] } } },
      {
        request: {
          query: CreateInitiativeMutation,
          variables: {
            input: {
              title: 'Upgrade the logging pipeline',
              status: 'PLANNED',
              leadTeamId: null,
              startDate: '2027-01-01',
              endDate: '2027-03-31',
              effortWeeks: null,
              goalIds: [],
            },
          },
        },
        result: create,
      },
    ];
    const router = renderPage(mocks);
    await screen.findByRole('link', { name: /TL-1/ });
    await userEvent.click(screen.getByRole('button', { name: 'New initiative' }));
    const dialog = screen.getByRole('dialog', { name: 'New initiative' });
    expect(within(dialog).getByLabelText('Start date')).toHaveValue('2027-01-01');
    expect(within(dialog).getByLabelText('End date')).toHaveValue('2027-03-31');
    await userEvent.type(within(dialog).getByLabelText(/Title/), 'Upgrade the logging pipeline');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Create initiative' }));
    expect(await screen.findByRole('link', { name: /TL-3 Upgrade the logging pipeline/ })).toBeInTheDocument();
    expect(create).toHaveBeenCalledTimes(1);
    expect(router.location!.pathname).toBe('/');
    expect(screen.queryByRole('dialog', { name: 'New initiative' })).not.toBeInTheDocument();
  });

  it('compares with the baseline the URL names: ghosts under the bars, the slip beside them, new ones marked', async () => {
    const id = '5b0c3c8e-7a51-4d0e-9f7e-2a6f1c3d4e5f';
    const dates = (startDate: string, endDate: string) => ({ __typename: 'BaselineDates' as const, startDate, endDate });
    const late = { ...caching, baseline: dates('2027-03-01', '2027-06-09') };
    const added = { ...redis, baseline: null };
    const compared = roadmap([
      { key: 'plat', title: 'Platform', initiatives: [late] },
      { key: 'infra', title: 'Infrastructure', initiatives: [added] },
    ]);
    const baselines = {
      request: { query: BaselinesQuery },
      result: {
        data: {
          baselines: [
            { __typename: 'Baseline' as const, id, name: 'FY2027-Q1 as agreed', createdAt: '2027-01-04T09:00:00Z', initiativeCount: 1 },
          ],
        },
      },
    };
    const router = renderPage([roadmapMock(compared), optionsMock, baselines], `/?from=2027-01-01&to=2027-12-31&baseline=${id}`);

    expect(
      await screen.findByRole('link', { name: /TL-1 .*, ends 21 days later than in FY2027-Q1 as agreed$/ }, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /TL-2 .*, new since FY2027-Q1 as agreed$/ })).toBeInTheDocument();
    expect(screen.getAllByTestId('baseline-ghost')).toHaveLength(1);
    expect(screen.getAllByTestId('baseline-slip').map((label) => label.textContent)).toEqual(['+21 d', 'new']);
    expect(screen.getByLabelText('Compare with baseline')).toHaveValue(id);
    expect(screen.getByTestId('legend-baseline')).toHaveTextContent('Dates in FY2027-Q1 as agreed');

    await userEvent.selectOptions(screen.getByLabelText('Compare with baseline'), '');
    expect(new URLSearchParams(router.location!.search).has('baseline')).toBe(false);
  });
});
