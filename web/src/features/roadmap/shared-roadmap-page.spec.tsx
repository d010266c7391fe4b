import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { roadmapResult } from '../../test/compact-roadmap';
import { giveElementsASize } from '../../test/element-size';
import { RoadmapVerdictsQuery } from './api/roadmap-verdicts.query';
import { RoadmapQuery } from './api/roadmap.query';
import SharedRoadmapPage from './shared-roadmap-page';

const platform = { __typename: 'Team' as const, id: 'plat', key: 'PLAT', name: 'Platform' };
const done = {
  __typename: 'Initiative' as const,
  id: 'i1',
  key: 'TL-1',
  title: 'Faster checkout',
  status: 'DONE' as const,
  health: 'ON_TRACK' as const,
  startDate: '2027-02-01',
  endDate: '2027-03-31',
  progress: 1,
  version: 1,
  externalKey: null,
  leadTeam: platform,
};
const periods = [{ __typename: 'Period' as const, label: 'FY2027', start: '2027-01-01', end: '2027-12-31' }];
const roadmapMock = {
  request: { query: RoadmapQuery, variables: () => true },
  result: roadmapResult(periods, [{ key: 'plat', title: 'Platform', initiatives: [done] }]),
};
// Exactly what the share link pins (shared-view-operations.ts): its window and filter, no metrics.
const verdictsMock = {
  request: {
    query: RoadmapVerdictsQuery,
    variables: { from: '2027-01-01', to: '2027-12-31', filter: { teamIds: ['plat'] }, withMetrics: false },
  },
  result: {
    data: {
      outcomes: [
        { __typename: 'Outcome' as const, verdict: 'IMPROVED' as const, initiative: { __typename: 'Initiative' as const, id: 'i1' } },
      ],
    },
  },
};

giveElementsASize();

describe('Shared roadmap', () => {
  it('shows a done bar’s verdict glyph, asked without the metrics and told without their names', async () => {
    render(
      <MockedProvider mocks={[roadmapMock, verdictsMock] as never}>
        <MemoryRouter initialEntries={['/shared/roadmap?from=2027-01-01&to=2027-12-31&team=plat']}>
          <SharedRoadmapPage />
        </MemoryRouter>
      </MockedProvider>,
    );
    const badge = await screen.findByTestId('bar-verdict');
    expect(badge).toHaveAttribute('title', 'Outcome: improved');
    expect(badge).toHaveTextContent('▲');
  });
});
