import { MockedProvider } from '@apollo/client/testing/react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { RiskRegisterQuery } from './api/risk-register.query';
import RiskPage from './risk-page';
import { signedIn } from '../../test/session';

function risk(id: string, title: string, likelihood: number, impact: number, status = 'OPEN') {
  return {
    __typename: 'Risk',
    id,
    title,
    description: null,
    likelihood,
    impact,
    severity: likelihood * impact,
    status,
    owner: null,
    mitigation: null,
    version: 1,
    initiative: null,
    goal: null,
  };
}

const register = {
  request: { query: RiskRegisterQuery },
  result: {
    data: {
      risks: [
        risk('r1', 'Stale prices', 3, 5),
        risk('r2', 'Late churn data', 4, 2),
        risk('r3', 'Cache stampede', 3, 5, 'MITIGATING'),
        risk('r4', 'Key engineer leaves', 1, 3, 'CLOSED'),
      ],
      teams: [],
      goals: [],
    },
  },
};

function renderAt(url: string) {
  const router = { search: '' };
  function Probe() {
    router.search = useLocation().search;
    return null;
  }
  render(
    <MockedProvider mocks={[register]} cache={signedIn()}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route
            path="/risks"
            element={
              <>
                <RiskPage InitiativePicker={() => null} />
                <Probe />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
  return router;
}

const rowTitles = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('button')[0].textContent);

describe('the risk register and its heat map', () => {
  it('filters the table to a cell, highlights it, keeps it in the URL and clears it on a second click', async () => {
    const router = renderAt('/risks');
    const cell = await screen.findByRole('button', { name: 'Likelihood 3, impact 5, severity 15: 2 risks' });
    expect(rowTitles()).toHaveLength(4);

    await userEvent.click(cell);
    expect(cell).toHaveAttribute('aria-pressed', 'true');
    expect(rowTitles()).toEqual(['Cache stampede', 'Stale prices']);
    expect(router.search).toBe('?cell=3x5');

    await userEvent.click(cell);
    expect(cell).toHaveAttribute('aria-pressed', 'false');
    expect(rowTitles()).toHaveLength(4);
  });

  it('counts in the cells only what the other filters let through', async () => {
    renderAt('/risks?status=OPEN');
    expect(await screen.findByRole('button', { name: 'Likelihood 3, impact 5, severity 15: 1 risk' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Likelihood 1, impact 3, severity 3: 0 risks' })).toBeInTheDocument();
    expect(rowTitles()).toEqual(['Stale prices', 'Late churn data']);
  });

  it('sorts by a column header and back', async () => {
    const router = renderAt('/risks');
    await screen.findByRole('table');
    await userEvent.click(screen.getByRole('button', { name: /^Risk/ }));
    expect(rowTitles()).toEqual(['Cache stampede', 'Key engineer leaves', 'Late churn data', 'Stale prices']);
    expect(router.search).toBe('?sort=title&dir=asc');
    expect(screen.getByRole('columnheader', { name: /^Risk/ })).toHaveAttribute('aria-sort', 'ascending');
  });
});
